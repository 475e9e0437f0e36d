import { describe, expect, it } from 'vitest';
import {
  boundedLevenshtein,
  deletionHashes,
  editDistanceAtMost1,
  pageDeletionHashes,
} from '../../../src/core/text/fuzzy';
import { hashToken, tokenize, tokenString } from '../../../src/core/text/normalize';

// Words over a small alphabet, so that near pairs are common.
function words(seed: number, n: number): string[] {
  let s = seed;
  const next = (): number => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s >>> 8;
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = '';
    const len = next() % 7;
    for (let j = 0; j < len; j++) w += 'abc'[next() % 3];
    out.push(w);
  }
  return out;
}

describe('editDistanceAtMost1', () => {
  it('agrees with the bounded Levenshtein distance (with swaps) on every pair of short words', () => {
    const ws = words(5, 400);
    let near = 0;
    for (const a of ws)
      for (const b of ws) {
        const want = boundedLevenshtein(a, b, 1) <= 1;
        if (want) near++;
        if (editDistanceAtMost1(a, b) !== want) expect({ a, b, got: !want }).toEqual({ a, b, got: want });
      }
    // The words must give both answers often, or the comparison says little.
    expect(near).toBeGreaterThan(5000);
    expect(near).toBeLessThan(ws.length * ws.length - 5000);
  });

  it('tells the edits apart', () => {
    expect(editDistanceAtMost1('zijin', 'zijing')).toBe(true);
    expect(editDistanceAtMost1('zijing', 'zijin')).toBe(true);
    expect(editDistanceAtMost1('apple', 'appel')).toBe(true);
    expect(editDistanceAtMost1('apple', 'axple')).toBe(true);
    expect(editDistanceAtMost1('apple', 'paple')).toBe(true);
    expect(editDistanceAtMost1('apple', 'palpe')).toBe(false);
    expect(editDistanceAtMost1('abab', 'baba')).toBe(false);
    expect(editDistanceAtMost1('aab', 'aba')).toBe(true);
    expect(editDistanceAtMost1('mining', 'minnig')).toBe(true);
    expect(editDistanceAtMost1('mining', 'mnniig')).toBe(false);
  });
});

describe('deletionHashes', () => {
  it('hashes the word and each spelling with one letter left out, as hashToken does', () => {
    const out = new Int32Array(64);
    for (const w of ['zijin', 'hetian', 'apparel', 'xinjiangzhongtai', 'ab', 'a'.repeat(63)]) {
      const n = deletionHashes(w, out);
      expect(n).toBe(w.length + 1);
      const want = [w, ...[...w].map((_, i) => w.slice(0, i) + w.slice(i + 1))].map(hashToken);
      expect(Array.from(out.slice(0, n))).toEqual(want);
    }
    expect(deletionHashes('a'.repeat(64), out)).toBe(-1); // no room
    expect(deletionHashes('Zijin', out)).toBe(-1); // not all a-z
  });
});

describe('pageDeletionHashes', () => {
  it("gives a page word's deletionHashes as it folds, without its string, or -2 to fold it first", () => {
    const out = new Int32Array(64);
    const page = new Int32Array(64);
    const text =
      "Zijin ZIJIN zi'jin O'Brien Hetian2 Apparel Hétian Xinjiangzhongtai Zhuhai 深圳 ab A " +
      `${'Qa'.repeat(32)} ${'q'.repeat(63)} Ｚｉｊｉｎ`;
    const t = tokenize(text);
    for (let k = 0; k < t.count; k++) {
      const got = pageDeletionHashes(text, t.start[k] as number, t.end[k] as number, page);
      const word = tokenString(text, t, k);
      const want = deletionHashes(word, out);
      const ascii = [...text.slice(t.start[k], t.end[k])].every((c) => c.charCodeAt(0) < 128);
      expect(got, word).toBe(ascii ? want : -2);
      if (got > 0) expect(Array.from(page.slice(0, got)), word).toEqual(Array.from(out.slice(0, want)));
    }
  });
});
