// Shorter ways people write a listed company's name, as extra index variants. Each kind is kept
// narrow, because every variant is one more way for an innocent name to collide with a list:
// - a generic last word dropped before the legal form ("Jiangsu Meike Solar Co." for "Jiangsu
//   Meike Solar Technology Co., Ltd."), only when what is left still holds a distinctive word, and
//   (checked by the index) only with a legal form on the page;
// - a "Co" run into the last word by a lost space ("Hair ProductCo Ltd."), also with a legal form;
// - a joining "and" left out ("Education Training Center" for "Education and Training Center");
// - a city or province and the brand word alone ("Baotou Meike", "Hotan Haolin"): how news and
//   trade press shorten Chinese names, but also how a different firm of the same town and brand
//   would be written, so only a possible match (`possible`), never a certain one.
import { hashToken } from '../text/normalize';
import { hasWord, wordSet, type WordSet } from '../text/word-sets';
import { chinaPlaces } from '../detect/china-places';
import { isCommonWord } from './common-words';
import { placeVariantGroups } from './place-variants';
import { ABBREVIATION_GROUPS } from './abbreviations';
import type { NameVariant } from './name-variants';

export type ShortFormKind = 'generic-dropped' | 'form-joined' | 'no-joiner' | 'place-brand';

export interface ShortForm {
  variant: NameVariant;
  kind: ShortFormKind;
  /** Needs a legal form right after it on the page. */
  needsForm: boolean;
  /** Only a possible match (low severity), whatever else the page shows. */
  possible: boolean;
}

/** Words that say what a company does in general, not which company it is. */
const GENERIC = wordSet(
  [
    'technology',
    'technologies',
    'tech',
    'science',
    'sciences',
    'industrial',
    'industry',
    'industries',
    'trading',
    'trade',
    'group',
    'products',
    'product',
    'development',
    'holding',
    'holdings',
  ],
  8,
);
const isGeneric = (tok: string, hash: number): boolean => hasWord(GENERIC, tok, hash);

let places: WordSet | undefined;
/** Folded one-word places: China's provinces and prefecture cities, Xinjiang's known spellings. */
function isPlace(tok: string, hash: number): boolean {
  if (!places) {
    const set = new Set<string>();
    for (const p of chinaPlaces()) if (!p.en.includes(' ')) set.add(p.en.toLowerCase());
    const abbreviations = new Set(ABBREVIATION_GROUPS.map((g) => g[0]));
    for (const g of placeVariantGroups()) if (!abbreviations.has(g[0] as string)) for (const v of g) set.add(v);
    places = wordSet(set, 13);
  }
  return hasWord(places, tok, hash);
}

/** A word that tells one company from another: not generic, not a place, not a bare number. */
function distinctive(tok: string, hash: number): boolean {
  return (
    tok.length >= 4 &&
    lettersOnly(tok, false) &&
    !isCommonWord(tok, hash) &&
    !isGeneric(tok, hash) &&
    !isPlace(tok, hash)
  );
}

function someDistinctive(v: NameVariant, upTo: number): boolean {
  for (let i = 0; i < upTo; i++) if (distinctive(v.tokens[i] as string, v.hashes[i] as number)) return true;
  return false;
}

/** Whether `s` is all a-z (and A-Z with `upper`): a loop, not a regular expression per word of 100,000 names. */
function lettersOnly(s: string, upper: boolean): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (upper && c >= 65 && c <= 90))) return false;
  }
  return true;
}

// What /\s/u matches.
const isSpace = (c: number): boolean =>
  (c >= 9 && c <= 13) ||
  c === 32 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** ASCII lower case of a char code (what toLowerCase does to ASCII). */
const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** Whether `name` has `word` (ASCII letters), case aside, at `at`. */
function wordAt(name: string, word: string, at: number): boolean {
  for (let k = 0; k < word.length; k++) if (lower(name.charCodeAt(at + k)) !== lower(word.charCodeAt(k))) return false;
  return true;
}

/**
 * Whether `word` (ASCII letters) stands in `name` as a whole word followed by "Co" or "Company",
 * case aside. Compared code by code rather than on lower-cased copies: once per variant of
 * 100,000 names. The same as searching lower-cased copies, except for the two letters whose
 * lower case is ASCII (U+212A KELVIN SIGN, U+0130 dotted capital I): here they are no "k" or "i".
 * Searched from each "co" after a space, back to the word before it: most names have one or none,
 * where a search for the word tried every position. From the end, as the legal form closes most
 * names: where one is found, it is most often in the last few characters.
 */
function followedByCo(name: string, word: string): boolean {
  const n = name.length;
  for (let j = n - 2; j >= 1; j--) {
    if ((name.charCodeAt(j) | 32) !== 99 || !isSpace(name.charCodeAt(j - 1)) || !wordAt(name, 'co', j)) continue;
    // (Within the name: a read past its end would throw V8's compiled code out, once per build.)
    const end =
      j + 7 <= n && wordAt(name, 'company', j) && !(j + 7 < n && isWordChar(name.charCodeAt(j + 7))) ? j + 7 : j + 2;
    if (end < n && isWordChar(name.charCodeAt(end))) continue;
    let p = j - 1;
    while (p > 0 && isSpace(name.charCodeAt(p - 1))) p--;
    const i = p - word.length;
    if (i >= 0 && wordAt(name, word, i) && !(i > 0 && isWordChar(name.charCodeAt(i - 1)))) return true;
  }
  return false;
}

/**
 * The variant made of the base's first `n` words, the last one possibly replaced. Arrays of the
 * exact size, not pushes: this runs for each of 100,000 names' short forms, and an array grown by
 * push holds room for 16 words (a third of the index build's garbage came from here). Copied in a
 * loop, not sliced: a slice calls out of the compiled code (3% of a build, for five words or so).
 */
function prefixVariant(base: NameVariant, n: number, last?: { token: string; raw: string }): NameVariant {
  const tokens = new Array<string>(n);
  const raw = new Array<string>(n);
  const hashes = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    tokens[i] = base.tokens[i] as string;
    raw[i] = base.raw[i] as string;
    hashes[i] = base.hashes[i] as number;
  }
  if (last) {
    tokens[n - 1] = last.token;
    raw[n - 1] = last.raw;
    hashes[n - 1] = hashToken(last.token);
  }
  return made(base, tokens, raw, hashes);
}

/** The base without its joining "and"s (not the first or the last word). */
function withoutJoiner(base: NameVariant): NameVariant {
  const last = base.tokens.length - 1;
  let keep = 0;
  for (let i = 0; i <= last; i++) if (i === 0 || i === last || base.tokens[i] !== 'and') keep++;
  const tokens = new Array<string>(keep);
  const raw = new Array<string>(keep);
  const hashes = new Array<number>(keep);
  let o = 0;
  for (let i = 0; i <= last; i++)
    if (i === 0 || i === last || base.tokens[i] !== 'and') {
      tokens[o] = base.tokens[i] as string;
      raw[o] = base.raw[i] as string;
      hashes[o++] = base.hashes[i] as number;
    }
  return made(base, tokens, raw, hashes);
}

// Written out (the fields in NameVariant's order) rather than spread: once per short form of 100,000 names.
function made(base: NameVariant, tokens: string[], raw: string[], hashes: number[]): NameVariant {
  return {
    tokens,
    hashes,
    raw,
    hadForm: base.hadForm,
    droppedQualifier: base.droppedQualifier,
    acronym: false,
    cjk: base.cjk,
    allCaps: false,
  };
}

/** What most variants have: no short form (shared, never written to). */
const NONE: readonly ShortForm[] = Object.freeze([]);

/**
 * The short forms of one listed name's variant. `name` is the name as listed, to see which legal
 * form followed its last word ("... Product Co., Ltd.").
 */
export function shortForms(name: string, v: NameVariant): readonly ShortForm[] {
  if (v.cjk || v.acronym || v.tokens.length < 2) return NONE;
  let out: ShortForm[] | undefined;
  const toks = v.tokens;
  const last = toks[toks.length - 1] as string;
  if (v.hadForm && toks.length >= 3 && isGeneric(last, v.hashes[toks.length - 1] as number)) {
    // "Science and Technology" goes as one.
    let cut = toks.length - 1;
    if (cut >= 2 && toks[cut - 1] === 'and' && isGeneric(toks[cut - 2] as string, v.hashes[cut - 2] as number))
      cut -= 2;
    if (cut >= 2 && someDistinctive(v, cut))
      (out ??= []).push({
        variant: prefixVariant(v, cut),
        kind: 'generic-dropped',
        needsForm: true,
        possible: false,
      });
  }
  const lastRaw = v.raw[v.raw.length - 1] as string;
  if (v.hadForm && lettersOnly(lastRaw, true) && followedByCo(name, lastRaw))
    (out ??= []).push({
      variant: prefixVariant(v, toks.length, { token: `${last}co`, raw: `${lastRaw}Co` }),
      kind: 'form-joined',
      needsForm: true,
      possible: false,
    });
  let joined = false; // an "and" between the first and the last word
  for (let i = 1; i < toks.length - 1 && !joined; i++) joined = toks[i] === 'and';
  if (joined)
    (out ??= []).push({
      variant: withoutJoiner(v),
      kind: 'no-joiner',
      needsForm: false,
      possible: false,
    });
  if (
    toks.length >= 3 &&
    isPlace(toks[0] as string, v.hashes[0] as number) &&
    distinctive(toks[1] as string, v.hashes[1] as number)
  )
    (out ??= []).push({
      variant: prefixVariant(v, 2),
      kind: 'place-brand',
      needsForm: false,
      possible: true,
    });
  return out ?? NONE;
}
