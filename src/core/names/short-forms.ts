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
import { hasHashBit, wordBits } from '../text/hash-bits';
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
const GENERIC = new Set([
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
]);

let places: Set<string> | undefined;
let placeBits: Uint8Array | undefined; // their hashes, as common-words.ts
/** Folded one-word places: China's provinces and prefecture cities, Xinjiang's known spellings. */
function isPlace(tok: string, hash: number): boolean {
  if (!places || !placeBits) {
    places = new Set<string>();
    for (const p of chinaPlaces()) if (!p.en.includes(' ')) places.add(p.en.toLowerCase());
    const abbreviations = new Set(ABBREVIATION_GROUPS.map((g) => g[0]));
    for (const g of placeVariantGroups()) if (!abbreviations.has(g[0] as string)) for (const v of g) places.add(v);
    placeBits = wordBits(places, 13);
  }
  return hasHashBit(placeBits, hash) && places.has(tok);
}

/** A word that tells one company from another: not generic, not a place, not a bare number. */
function distinctive(tok: string, hash: number): boolean {
  return (
    tok.length >= 4 && lettersOnly(tok, false) && !isCommonWord(tok, hash) && !GENERIC.has(tok) && !isPlace(tok, hash)
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

/** Whether `word` (ASCII letters) stands in `name` as a whole word followed by "Co" or "Company". */
function followedByCo(name: string, word: string): boolean {
  const lower = name.toLowerCase();
  const w = word.toLowerCase();
  for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
    if (i > 0 && isWordChar(lower.charCodeAt(i - 1))) continue;
    let j = i + w.length;
    const spaceFrom = j;
    while (j < lower.length && isSpace(lower.charCodeAt(j))) j++;
    if (j === spaceFrom || !lower.startsWith('co', j)) continue;
    const end = lower.startsWith('company', j) && !isWordChar(lower.charCodeAt(j + 7)) ? j + 7 : j + 2;
    if (!isWordChar(lower.charCodeAt(end))) return true;
  }
  return false;
}

/** The variant made of the base's words at `keep` (indexes), the last one possibly replaced. */
function variant(base: NameVariant, keep: number[], last?: { token: string; raw: string }): NameVariant {
  const tokens: string[] = [];
  const raw: string[] = [];
  const hashes: number[] = [];
  for (const i of keep) {
    tokens.push(base.tokens[i] as string);
    raw.push(base.raw[i] as string);
    hashes.push(base.hashes[i] as number);
  }
  if (last) {
    tokens[tokens.length - 1] = last.token;
    raw[raw.length - 1] = last.raw;
    hashes[hashes.length - 1] = hashToken(last.token);
  }
  // Written out (the fields in NameVariant's order) rather than spread: once per short form of 100,000 names.
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

function upTo(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(i);
  return out;
}

/**
 * The short forms of one listed name's variant. `name` is the name as listed, to see which legal
 * form followed its last word ("... Product Co., Ltd.").
 */
export function shortForms(name: string, v: NameVariant): ShortForm[] {
  if (v.cjk || v.acronym || v.tokens.length < 2) return [];
  const out: ShortForm[] = [];
  const toks = v.tokens;
  const last = toks[toks.length - 1] as string;
  if (v.hadForm && toks.length >= 3 && GENERIC.has(last)) {
    // "Science and Technology" goes as one.
    let cut = toks.length - 1;
    if (cut >= 2 && toks[cut - 1] === 'and' && GENERIC.has(toks[cut - 2] as string)) cut -= 2;
    if (cut >= 2 && someDistinctive(v, cut))
      out.push({
        variant: variant(v, upTo(cut)),
        kind: 'generic-dropped',
        needsForm: true,
        possible: false,
      });
  }
  const lastRaw = v.raw[v.raw.length - 1] as string;
  if (v.hadForm && lettersOnly(lastRaw, true) && followedByCo(name, lastRaw))
    out.push({
      variant: variant(v, upTo(toks.length), { token: `${last}co`, raw: `${lastRaw}Co` }),
      kind: 'form-joined',
      needsForm: true,
      possible: false,
    });
  let joined = false; // an "and" between the first and the last word
  for (let i = 1; i < toks.length - 1 && !joined; i++) joined = toks[i] === 'and';
  if (joined) {
    const keep = upTo(toks.length).filter((i) => i === 0 || i === toks.length - 1 || toks[i] !== 'and');
    out.push({
      variant: variant(v, keep),
      kind: 'no-joiner',
      needsForm: false,
      possible: false,
    });
  }
  if (
    toks.length >= 3 &&
    isPlace(toks[0] as string, v.hashes[0] as number) &&
    distinctive(toks[1] as string, v.hashes[1] as number)
  )
    out.push({
      variant: variant(v, [0, 1]),
      kind: 'place-brand',
      needsForm: false,
      possible: true,
    });
  return out;
}
