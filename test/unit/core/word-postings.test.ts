import { describe, expect, it } from 'vitest';
import { MatchIndex } from '../../../src/core/names/match-index';
import { firstAt, postingsProblem, prefixHash, wordPostings } from '../../../src/core/names/word-postings';
import { NearWords } from '../../../src/core/screen/near-words';

const NAMES = [
  'Xinjiang Zhongtai Chemical Co., Ltd.',
  'Hoshine Silicon Industry (Shanshan) Co., Ltd.',
  'Hetian Taida Apparel Co., Ltd.',
  'Lop County Meixin Hair Products Co., Ltd.',
  'Baoding LYSZD Trade and Business Co., Ltd.',
  'Zhongtai Meixin Trading Company',
];

function index(): MatchIndex {
  const ix = new MatchIndex(NAMES.length);
  NAMES.forEach((n, i) => ix.add(n, i, 'name'));
  return ix;
}

describe('word postings (close-name leads) in the index image', () => {
  it('come back with a stored index instead of being made again, and lead to the same parties', () => {
    const ix = index();
    const image = ix.toImage();
    const loaded = MatchIndex.fromImage(image);
    if (typeof loaded === 'string') throw new Error(loaded);
    expect(loaded.wordPostings().refs).toBe(image.near.refs);
    expect(wordPostings(loaded)).toEqual(ix.wordPostings());
    const leads = (m: MatchIndex, q: string): number[] => {
      const into = new Set<number>();
      new NearWords(m, () => false).partiesNear(q, into, 50);
      return [...into];
    };
    for (const q of ['zhongtai', 'zhongtal', 'meixn', 'hoshine', 'hoshin', 'taida'])
      expect(leads(loaded, q)).toEqual(leads(ix, q));
    expect(leads(ix, 'zhongtal').sort()).toEqual([0, 5]); // one letter off, two parties
    expect(leads(ix, 'hosh').sort()).toEqual([1]); // a rare word it begins
  });

  it('find by their first four letters exactly the words of four letters or more that have them', () => {
    const ix = index();
    const { preHash, preWord } = ix.wordPostings();
    const all = Array.from({ length: ix.words }, (_, w) => ix.word(w));
    for (const word of all.filter((w) => w.length >= 4)) {
      const h = prefixHash(word);
      const got: number[] = [];
      for (let i = firstAt(preHash, h); i < preHash.length && preHash[i] === h; i++) got.push(preWord[i] as number);
      const want = all.flatMap((w, id) => (w.length >= 4 && w.startsWith(word.slice(0, 4)) ? [id] : []));
      // Ascending ids; a word of another prefix under the same hash is told apart by its letters.
      expect(got).toEqual([...got].sort((a, b) => a - b));
      expect(got.filter((id) => all[id]!.startsWith(word.slice(0, 4)))).toEqual(want);
    }
    expect(preWord.length).toBe(all.filter((w) => w.length >= 4).length);
  });

  it('are made again when names are added', () => {
    const ix = index();
    const before = ix.wordPostings();
    ix.add('Quanlong Sample Trading Co., Ltd.', 6, 'name');
    expect(ix.wordPostings()).not.toBe(before);
    expect(ix.wordPostings().total).toBe(before.total + 1);
  });

  it('are refused when damaged: offsets, parties, deletions, prefixes', () => {
    const ix = index();
    const p = ix.wordPostings();
    const words = ix.words;
    expect(postingsProblem(p, words, NAMES.length)).toBeNull();
    expect(postingsProblem(p, words, 2)).toMatch(/party out of range/);
    expect(postingsProblem({ ...p, start: p.start.slice(1) }, words, NAMES.length)).toMatch(/offsets/);
    const unsorted = p.delHash.slice();
    unsorted.reverse();
    expect(postingsProblem({ ...p, delHash: unsorted }, words, NAMES.length)).toMatch(/out of order/);
    const noWord = p.delWord.slice();
    noWord[0] = words;
    expect(postingsProblem({ ...p, delWord: noWord }, words, NAMES.length)).toMatch(/no word/);
    const prefixes = p.preHash.slice();
    prefixes.reverse();
    expect(postingsProblem({ ...p, preHash: prefixes }, words, NAMES.length)).toMatch(/prefixes out of order/);
    expect(postingsProblem({ ...p, preWord: p.preWord.slice(1) }, words, NAMES.length)).toMatch(/unequal/);
    // And a changed posting in a stored image fails its checksum.
    const image = ix.toImage();
    image.near.refs[0] = (image.near.refs[0] as number) ^ 1;
    expect(MatchIndex.fromImage(image)).toMatch(/checksum/);
  });
});
