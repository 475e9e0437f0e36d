// Look-ups that find (issue 16): partial names, one distinctive word and abbreviations find the
// listed entity, with why, against the bundled lists; names close to nothing stay "no match".
import { describe, expect, it } from 'vitest';
import { loadBundledRiskData } from '../../../src/cli/bundled';
import { createEngine } from '../../../src/core/engine/engine';
import { fixtureData, watchList } from './fixture-data';

const engine = createEngine(loadBundledRiskData());

describe('closest entries for a look-up', () => {
  it.each([
    ['Hoshine Silicon', /^Hoshine Silicon Industry/],
    ['hoshine', /^Hoshine Silicon Industry/],
    ['Hoshin Silicon', /^Hoshine Silicon Industry/],
    ['Zhongtai Chemical', /^Xinjiang Zhongtai Chemical/],
    ['Hetian Haolin', /^Hetian Haolin Hair Accessories/],
  ])('%j lists its entity first, as close but not a match', (q, want) => {
    expect(engine.screen(q)).toEqual([]);
    const near = engine.nearest(q);
    expect(near[0]?.name).toMatch(want);
    expect(near[0]?.why).toMatch(/^close, not a match: shares /);
    // Below every match's score, so nothing reads a lead as a match.
    for (const m of near) expect(m.score).toBeLessThan(0.65);
  });

  it.each(['Meike Digital Printing Supplies', 'Chemical Co', 'Acme Trading Co', 'Shenzhen Blue Ocean Packaging'])(
    '%j is close to nothing',
    (q) => expect(engine.nearest(q)).toEqual([]),
  );

  it.each([
    ['Hoshine Silicon Ind. (Shanshan) Co., Ltd.', 'Hoshine Silicon Industry (Shanshan) Co., Ltd'],
    ['Xinjiang Zhongtai Chem. Co.', 'Xinjiang Zhongtai Chemical Co. Ltd.'],
  ])('abbreviation %j is a match for %j', (q, want) => {
    expect(engine.screen(q).map((m) => m.name)).toContain(want);
  });

  it('a page writing "IND." finds the listed entity and no second, unlisted company', () => {
    const found = engine.scan('HOSHINE SILICON IND. (SHANSHAN) CO., LTD.').filter((f) => f.kind === 'supplier');
    expect(found.map((f) => [f.key, f.severity])).toEqual([
      ['Hoshine Silicon Industry (Shanshan) Co., Ltd', 'critical'],
    ]);
  });

  it('an unlisted company close to a listed one is never called "on no list"', () => {
    // ("Hoshine Silicon Co., Ltd." is the listed firm without its generic "Industry": a match.)
    const [f] = engine.scan('Supplier: Hoshine Silicon Materials Co., Ltd.').filter((x) => x.kind === 'supplier');
    expect(f?.explanation).not.toMatch(/on (no|none of the enabled) list/);
    expect(f?.explanation).toContain('close to "Hoshine Silicon Industry');
  });
});

describe('closest entries from two engines in one process', () => {
  it("name each engine's own parties (their words are kept per party table)", () => {
    const a = createEngine(fixtureData([watchList([{ name: 'Qiantao Knitting Mills Co., Ltd.' }])]));
    const b = createEngine(fixtureData([watchList([{ name: 'Qiantao Ceramic Tiles Co., Ltd.' }])]));
    for (let round = 0; round < 2; round++) {
      expect(a.nearest('Qiantao Knitting').map((m) => m.name)).toContain('Qiantao Knitting Mills Co., Ltd.');
      const got = b.nearest('Qiantao Ceramic')[0];
      expect(got?.name).toBe('Qiantao Ceramic Tiles Co., Ltd.');
      expect(got?.why).toContain('"ceramic"');
      expect(b.nearest('Qiantao Knitting').map((m) => m.name)).not.toContain('Qiantao Knitting Mills Co., Ltd.');
    }
  });
});
