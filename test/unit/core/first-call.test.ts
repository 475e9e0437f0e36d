// The first long text a process tokenizes and scans is preceded by a short text of their own
// (primeReadTokens, primeScan: V8's type feedback). Neither may leave a trace in what the caller
// gets: in a file of its own, so that these are this module graph's first calls.
import { describe, expect, it } from 'vitest';
import { MatchIndex } from '../../../src/core/names/match-index';
import { PRIME_ABOVE, tokenize, type Tokens } from '../../../src/core/text/normalize';

const line = 'Seller: Zhuowan Garment Manufacturing Co., Ltd. (Xinjiang) & Meike Co., Ltd. 北京 Ningbo Yarn Spinning\n';
const times = Math.ceil(PRIME_ABOVE / line.length) + 1;
const page = line.repeat(times);

const copy = (t: Tokens): number[][] =>
  [t.hash, t.start, t.end, t.flags].map((a) => Array.from(a.subarray(0, t.count)));

describe('the first long text of a process', () => {
  it('tokenize() and scan() give on their first call what they give later', () => {
    expect(page.length).toBeGreaterThan(PRIME_ABOVE);
    const firstTokens = tokenize(page);
    const ix = new MatchIndex(10);
    ix.add('Zhuowan Garment Manufacturing Co., Ltd.', 0, 'name');
    ix.add('Meike Co., Ltd.', 1, 'name');
    ix.add('Ningbo Yarn Spinning', 2, 'name');
    const first = ix.scan(page, firstTokens);
    const later = tokenize(page);
    expect(copy(firstTokens)).toEqual(copy(later));
    expect(first).toHaveLength(3 * times);
    expect(first.slice(0, 3).map((h) => page.slice(h.start, h.end))).toEqual([
      'Zhuowan Garment Manufacturing Co., Ltd.',
      'Meike Co., Ltd.',
      'Ningbo Yarn Spinning',
    ]);
    expect(ix.scan(page, later)).toEqual(first);
  });
});
