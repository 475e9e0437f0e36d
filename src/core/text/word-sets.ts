// Fixed sets of folded words asked about a page token by its hash first: a page holds thousands of
// places and company names, and the words next to most of them are in no such set, which a bit
// tells without making the word's string. Relies on a page token's hash being its folded word's
// (tokenize and hashToken; a unit test in normalize.test.ts holds them equal).
import { hasHashBit, wordBits } from './hash-bits';
import { tokenString, type Tokens } from './normalize';

export interface WordSet {
  words: ReadonlySet<string>;
  bits: Uint8Array;
}

/** The set of `words`, folded already ("a list of words" split at spaces, or an iterable). */
export function wordSet(words: string | Iterable<string>): WordSet {
  const set = new Set(typeof words === 'string' ? words.split(' ') : words);
  return { words: set, bits: wordBits(set, 12) };
}

/** Whether page token k is one of `w` (never outside the page's tokens). */
export function isPageWord(text: string, t: Tokens, k: number, w: WordSet): boolean {
  return k >= 0 && k < t.count && hasHashBit(w.bits, t.hash[k] as number) && w.words.has(tokenString(text, t, k));
}
