// Whole-name comparison for screening: same name up to legal form, spacing, punctuation, number
// words and small typos in long words; different when the legal-form types conflict (AG vs GmbH),
// when bracketed qualifiers differ ((Hong Kong) vs (Singapore)), when a differing word is a
// country on both sides (Chad vs China), or when the input has words the listed name lacks
// (a longer name is another company).
import { boundedLevenshtein } from '../text/fuzzy';
import { isCommonWord } from '../names/common-words';
import type { ScreenKey } from './screen-key';

export interface ScreenScore {
  score: number;
  why: string;
}

/** Edits allowed in one word of this length. */
function allowance(len: number): number {
  if (len <= 3) return 0;
  if (len <= 8) return 1;
  return 2;
}

const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/u;
function isSeries(tok: string): boolean {
  return /\d/u.test(tok) || ROMAN.test(tok);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const s = new Set(a);
  return b.every((x) => s.has(x));
}

export function compareKeys(
  input: ScreenKey,
  entry: ScreenKey,
  isCountry: (tok: string) => boolean,
): ScreenScore | null {
  if (input.tokens.length === 0 || entry.tokens.length === 0) return null;
  if (input.generics.size > 0 && entry.generics.size > 0 && ![...input.generics].some((g) => entry.generics.has(g)))
    return null;
  if (input.qualifiers.length > 0 && entry.qualifiers.length > 0 && !sameSet(input.qualifiers, entry.qualifiers))
    return null;
  const notes: string[] = [];
  let score = 1;
  if (input.qualifiers.length !== entry.qualifiers.length) {
    notes.push('bracketed qualifier on one side only');
    score -= 0.05;
  }
  if (input.compact === entry.compact || input.full === entry.full) {
    if (input.tokens.join(' ') !== entry.tokens.join(' ')) notes.push('spacing/punctuation differs');
    if (input.full !== entry.full) notes.push('legal form or punctuation differs');
    return { score, why: notes.join(', ') || 'exact' };
  }
  // The same words in another order ("First Bank International" / "First International Bank").
  if (
    input.tokens.length === entry.tokens.length &&
    input.tokens.length >= 2 &&
    input.tokens.every((w) => w.length >= 3) &&
    sameSet(input.tokens, entry.tokens)
  ) {
    return { score: score - 0.12, why: [...notes, 'same words, different order'].join(', ') };
  }
  if (input.tokens.length === entry.tokens.length) {
    let typos = 0;
    let series = false;
    let shortTypo = false;
    let wideTypo = false;
    let differing = 0;
    for (let i = 0; i < input.tokens.length; i++) {
      const a = input.tokens[i] as string;
      const b = entry.tokens[i] as string;
      if (a === b) continue;
      differing++;
      if (isSeries(a) && isSeries(b)) {
        series = true;
        continue;
      }
      if (isCountry(a) && isCountry(b)) return null;
      const max = allowance(Math.min(a.length, b.length));
      const d = boundedLevenshtein(a, b, Math.max(max, 1));
      if (d > max) {
        // One letter off in a short word ("CVC Health", "Hon Wai Precision") counts only when
        // every other word is identical, and only as a possible match.
        if (d === 1 && a.length === b.length && a.length >= 2) shortTypo = true;
        // Two letters off in a mid-length word that keeps its first letter ("Baowei" for "Baowu",
        // "Mortars" for "Motors"): look-alike spellings made to slip past screening, again only as
        // a possible match ("Sigma" and "Cigna" are two names).
        else if (max === 1 && a[0] === b[0] && Math.min(a.length, b.length) >= 5 && boundedLevenshtein(a, b, 2) === 2)
          wideTypo = true;
        else return null;
      }
      typos += d;
    }
    if (shortTypo || wideTypo) {
      if (differing > 1 || input.tokens.length < 2) return null;
      return {
        score: shortTypo ? 0.72 : 0.7,
        why: [...notes, shortTypo ? 'one letter differs in a short word' : 'two letters differ in one word'].join(', '),
      };
    }
    if (series) {
      notes.push('series number differs (related fund/vehicle?)');
      score = Math.min(score, 0.72);
    }
    if (typos > 0) {
      notes.push(`${typos} typo${typos > 1 ? 's' : ''}`);
      score -= 0.06 * typos + (input.tokens.length === 1 ? 0.08 : 0);
    }
    return { score: Math.max(0, score), why: notes.join(', ') };
  }
  // Words split or joined differently ("Coca Cola" / "CocaCola") plus one typo.
  const len = Math.min(input.compact.length, entry.compact.length);
  if (len >= 8 && boundedLevenshtein(input.compact, entry.compact, 1) <= 1) {
    return { score: score - 0.12, why: [...notes, 'words joined/split differently, 1 typo'].join(', ') };
  }
  // A typo inside a long legal form ("Joynt Stock Company") leaves the core unstripped.
  const fl = Math.min(input.full.length, entry.full.length);
  if (fl >= 20 && boundedLevenshtein(input.full, entry.full, 2) <= (fl >= 30 ? 2 : 1)) {
    return { score: score - 0.1, why: [...notes, 'same name, typo in the legal form'].join(', ') };
  }
  // A single distinctive word that is the listed name's first word ("Faberlic" for "Faberlic Europe").
  const first = input.tokens[0] as string;
  if (
    input.tokens.length === 1 &&
    entry.tokens.length === 2 &&
    first.length >= 6 &&
    !isCommonWord(first) &&
    !isCountry(first)
  ) {
    const d = boundedLevenshtein(first, entry.tokens[0] as string, 1);
    if (d <= 1) return { score: 0.7 - 0.05 * d, why: [...notes, 'only the first word of the listed name'].join(', ') };
  }
  return null;
}
