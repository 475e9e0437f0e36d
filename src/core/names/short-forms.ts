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
/** Folded one-word places: China's provinces and prefecture cities, Xinjiang's known spellings. */
function isPlace(tok: string): boolean {
  if (!places) {
    places = new Set<string>();
    for (const p of chinaPlaces()) if (!p.en.includes(' ')) places.add(p.en.toLowerCase());
    const abbreviations = new Set(ABBREVIATION_GROUPS.map((g) => g[0]));
    for (const g of placeVariantGroups()) if (!abbreviations.has(g[0] as string)) for (const v of g) places.add(v);
  }
  return places.has(tok);
}

/** A word that tells one company from another: not generic, not a place, not a bare number. */
function distinctive(tok: string): boolean {
  return tok.length >= 4 && /^[a-z]+$/u.test(tok) && !isCommonWord(tok) && !GENERIC.has(tok) && !isPlace(tok);
}

function variant(base: NameVariant, tokens: string[], raw: string[]): NameVariant {
  return { ...base, tokens, raw, hashes: tokens.map(hashToken), allCaps: false, acronym: false };
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
    const kept = toks.slice(0, cut);
    if (kept.length >= 2 && kept.some(distinctive))
      out.push({
        variant: variant(v, kept, v.raw.slice(0, cut)),
        kind: 'generic-dropped',
        needsForm: true,
        possible: false,
      });
  }
  const lastRaw = v.raw[v.raw.length - 1] as string;
  if (v.hadForm && /^[A-Za-z]+$/u.test(lastRaw) && new RegExp(`\\b${lastRaw}\\s+(?:co\\b|company\\b)`, 'iu').test(name))
    out.push({
      variant: variant(v, [...toks.slice(0, -1), `${last}co`], [...v.raw.slice(0, -1), `${lastRaw}Co`]),
      kind: 'form-joined',
      needsForm: true,
      possible: false,
    });
  const inner = toks.slice(1, -1);
  if (inner.includes('and')) {
    const keep = toks.map((tk, i) => i === 0 || i === toks.length - 1 || tk !== 'and');
    out.push({
      variant: variant(
        v,
        toks.filter((_, i) => keep[i]),
        v.raw.filter((_, i) => keep[i]),
      ),
      kind: 'no-joiner',
      needsForm: false,
      possible: false,
    });
  }
  if (toks.length >= 3 && isPlace(toks[0] as string) && distinctive(toks[1] as string))
    out.push({
      variant: variant(v, toks.slice(0, 2), v.raw.slice(0, 2)),
      kind: 'place-brand',
      needsForm: false,
      possible: true,
    });
  return out;
}
