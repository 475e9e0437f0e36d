// Fixed sets of folded words asked about a word by its hash first: a page holds thousands of places
// and company names, and an index build asks about every word of 100,000 names; most words are in
// no such set, which a bit tells without making the word's string or hashing it again for a Set.
// A page token is asked by its hash from tokenize, which a unit test in normalize.test.ts holds
// equal to hashToken() of its folded word. A word whose bit is set is then found by its hash too,
// and compared in place: a Set would hash the word's string again (the index build's words are
// fresh strings, and a page word would need its string made).
import { hasHashBit, wordBits } from './hash-bits';
import { hashToken, tokenEquals, type Tokens } from './normalize';

export interface WordSet {
  words: ReadonlySet<string>;
  bits: Uint8Array;
  /** hashToken() -> the word, or the words when several share a hash. */
  byHash: ReadonlyMap<number, string | readonly string[]>;
}

/**
 * The set of `words`, folded already ("a list of words" split at spaces, or an iterable), its bits
 * 2^`log2Bits` (the default suits up to a few hundred words).
 */
export function wordSet(words: string | Iterable<string>, log2Bits = 12): WordSet {
  const set = new Set(typeof words === 'string' ? words.split(' ') : words);
  const byHash = new Map<number, string | string[]>();
  for (const word of set) {
    const h = hashToken(word);
    const had = byHash.get(h);
    byHash.set(h, had === undefined ? word : [...(typeof had === 'string' ? [had] : had), word]);
  }
  return { words: set, bits: wordBits(set, log2Bits), byHash };
}

/** Whether the folded word `tok`, whose hashToken() is `hash`, is one of `w`. */
export function hasWord(w: WordSet, tok: string, hash: number): boolean {
  if (!hasHashBit(w.bits, hash)) return false;
  const e = w.byHash.get(hash);
  return e === undefined ? false : typeof e === 'string' ? e === tok : e.includes(tok);
}

/** Whether page token k is one of `w` (never outside the page's tokens). */
export function isPageWord(text: string, t: Tokens, k: number, w: WordSet): boolean {
  if (k < 0 || k >= t.count || !hasHashBit(w.bits, t.hash[k] as number)) return false;
  const e = w.byHash.get(t.hash[k] as number);
  if (e === undefined) return false;
  if (typeof e === 'string') return tokenEquals(text, t, k, e);
  for (const word of e) if (tokenEquals(text, t, k, word)) return true;
  return false;
}
