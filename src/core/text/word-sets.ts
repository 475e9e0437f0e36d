// Fixed sets of folded words asked about a word by its hash first: a page holds thousands of places
// and company names, and an index build asks about every word of 100,000 names; most words are in
// no such set, which a bit tells without making the word's string or hashing it again for a Set.
// A page token is asked by its hash from tokenize, which a unit test in normalize.test.ts holds
// equal to hashToken() of its folded word.
import { hasHashBit, wordBits } from './hash-bits';
import { tokenString, type Tokens } from './normalize';

export interface WordSet {
  words: ReadonlySet<string>;
  bits: Uint8Array;
}

/**
 * The set of `words`, folded already ("a list of words" split at spaces, or an iterable), its bits
 * 2^`log2Bits` (the default suits up to a few hundred words).
 */
export function wordSet(words: string | Iterable<string>, log2Bits = 12): WordSet {
  const set = new Set(typeof words === 'string' ? words.split(' ') : words);
  return { words: set, bits: wordBits(set, log2Bits) };
}

/** Whether the folded word `tok`, whose hashToken() is `hash`, is one of `w`. */
export function hasWord(w: WordSet, tok: string, hash: number): boolean {
  return hasHashBit(w.bits, hash) && w.words.has(tok);
}

/** Whether page token k is one of `w` (never outside the page's tokens). */
export function isPageWord(text: string, t: Tokens, k: number, w: WordSet): boolean {
  return k >= 0 && k < t.count && hasHashBit(w.bits, t.hash[k] as number) && w.words.has(tokenString(text, t, k));
}
