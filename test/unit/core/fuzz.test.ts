// Property-based: the normalisers and detectors never throw, never hang, and keep their offsets
// inside the text, whatever the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine';
import { detectHs } from '../../../src/core/detect/hs-detect';
import { foldText, tokenize, tokenString } from '../../../src/core/text/normalize';
import { splitName } from '../../../src/core/text/split-name';
import { hasSubstance } from '../../../src/core/text/letters';
import { screenKey } from '../../../src/core/screen/screen-key';
import { fixtureData } from './fixture-data';

const engine = createEngine(fixtureData());
// Inputs that stress the code paths: mixed scripts, brackets, digits, dots, surrogates.
const pieces = fc.constantFrom(
  'Co.,Ltd',
  '(',
  ')',
  '（',
  '）',
  '新疆',
  '髮',
  ' ',
  '\n',
  '.',
  ',',
  '6109.10',
  'HS ',
  'Hetian',
  'Taida',
  'Made in ',
  'China',
  '&',
  "'",
  '\ud83d\ude00',
  '\ud800',
  'É',
  'ﬁ',
  'XPCC',
  'Origin:',
  '产地',
  '$',
  '%',
  '有限公司',
  '和田',
  '浩林',
  '华孚',
  '股份',
  '喀什',
  '的',
  '自治区',
);
const text = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.array(pieces, { maxLength: 120 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('fuzz', () => {
  it('tokenize and splitName agree and keep offsets in range', () => {
    fc.assert(
      fc.property(text, (s) => {
        const t = tokenize(s);
        const n = splitName(s);
        expect(n.length).toBe(t.count);
        for (let k = 0; k < t.count; k++) {
          expect(t.start[k]).toBeGreaterThanOrEqual(0);
          expect(t.end[k]).toBeLessThanOrEqual(s.length);
          expect(t.start[k]).toBeLessThan(t.end[k] as number);
          expect(tokenString(s, t, k)).toBe(n[k]?.s);
          expect(n[k]?.h).toBe(t.hash[k]);
        }
        foldText(s);
        screenKey(s);
      }),
      { numRuns: 400 },
    );
  });
  it('scan never throws and returns slices of the text', () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const f of engine.scan(s)) {
          if (f.end > f.start) expect(s.slice(f.start, f.end)).toBe(f.text);
          expect(f.score).toBeGreaterThanOrEqual(0);
          expect(f.score).toBeLessThanOrEqual(1);
        }
        engine.screen(s);
      }),
      { numRuns: 300 },
    );
  });
  it('HS detection on digit soup never throws', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9. ,$%HSCode:-]{0,200}$/u), (s) => {
        for (const h of detectHs(s, { has: () => true })) expect(/^\d{4,10}$/u.test(h.digits)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('a name has substance exactly when it keeps n characters without spaces and punctuation', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), fc.integer({ min: 0, max: 6 }), (s, n) => {
        expect(hasSubstance(s, n)).toBe(s.replace(/[\s\p{P}]/gu, '').length >= n);
      }),
      { numRuns: 2000 },
    );
    expect(hasSubstance('Co., Ltd.', 4)).toBe(true);
    expect(hasSubstance('A. B.', 4)).toBe(false);
    expect(hasSubstance('𝐀𝐁 .', 4)).toBe(true);
  });
  it('HS detection led by tokens finds what reading every character finds', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9. ,$%HSCode:/'é１&()\n-]{0,200}$/u), (s) => {
        const all = { has: () => true };
        expect(detectHs(s, all, undefined, tokenize(s))).toEqual(detectHs(s, all));
      }),
      { numRuns: 500 },
    );
  });
  it('stays linear on pathological input (no catastrophic regex)', () => {
    const cases = [
      '6'.repeat(200_000),
      '6109.'.repeat(40_000),
      'Co., '.repeat(40_000),
      '('.repeat(100_000),
      '新'.repeat(100_000),
      'Hetian '.repeat(30_000),
      'HS '.repeat(60_000),
      'a'.repeat(300_000),
    ];
    for (const c of cases) {
      const t0 = performance.now();
      engine.scan(c);
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  });
});

describe('many findings stay linear', () => {
  it('60,000 repeated Chinese supplier lines scan in time proportional to the page', () => {
    // A ratio, not a time: this machine's speed varies; quadratic growth would give ~16.
    const line = '供应商新疆中泰化学股份有限公司，产地：新疆阿克苏，新疆长绒棉。';
    const time = (n: number) => {
      const t0 = performance.now();
      const f = engine.scan(line.repeat(n));
      expect(f.length).toBeGreaterThan(n * 2);
      return performance.now() - t0;
    };
    time(1000);
    const small = Math.min(time(5000), time(5000));
    const big = time(20000);
    expect(big / Math.max(small, 1)).toBeLessThan(9);
  }, 120_000);
});
