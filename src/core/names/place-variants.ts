import { ABBREVIATION_GROUPS } from './abbreviations';
import { hasHashBit, wordBits } from '../text/hash-bits';

// Chinese place names have several romanisations in company names (pinyin, Uyghur-derived,
// postal). Folding them to one token lets "Hotan Haolin" match "Hetian Haolin". Only spellings
// that are unambiguous inside a company name are listed.
const GROUPS: string[][] = [
  ['hetian', 'hotan', 'khotan', 'hetien'],
  ['kashi', 'kashgar', 'kaxgar', 'kashghar', 'kaschgar'],
  ['akesu', 'aksu'],
  ['yili', 'ili', 'ghulja'],
  ['wulumuqi', 'urumqi', 'urumchi', 'urumuqi'],
  ['kuerle', 'korla'],
  ['tulufan', 'turpan', 'turfan'],
  ['kuche', 'kuqa', 'kucha'],
  ['kelamayi', 'karamay'],
  ['aletai', 'altay', 'altai'],
  ['hami', 'kumul', 'qumul'],
  ['shache', 'yarkand', 'yarkant'],
  ['kezilesu', 'kizilsu'],
  ['boertala', 'bortala'],
  ['bayinguoleng', 'bayingolin', 'bayingol'],
  ['tacheng', 'qoqek', 'chuguchak'],
  ['changji', 'sanji'],
  ['shanshan', 'piqan', 'pichan'],
  ['yining', 'gulja'],
  ['alaer', 'aral'],
  ['tumushuke', 'tumxuk'],
  ['wujiaqu', 'wujiaqv'],
  ['kuitun', 'kuytun'],
  ['atushi', 'artux', 'artush'],
  ['xinjiang', 'sinkiang'],
];

// Common abbreviations fold the same way (abbreviations.ts).
GROUPS.push(...ABBREVIATION_GROUPS.map((g) => [...g]));

const CANON = new Map<string, string>();
for (const g of GROUPS) for (const v of g) CANON.set(v, g[0] as string);
// The spellings' hashes as bits: most words of 100,000 names are told apart here, without a lookup
// by string (which hashes the string once more).
const SPELLINGS = wordBits(CANON.keys(), 12);

/**
 * Canonical spelling of a folded token (identity for anything but a known place variant); `hash`,
 * the token's hashToken() when the caller has it.
 */
export function canonicalPlaceToken(tok: string, hash?: number): string {
  if (hash !== undefined && !hasHashBit(SPELLINGS, hash)) return tok;
  return CANON.get(tok) ?? tok;
}

/** All spelling groups, for the index (it maps every variant's hash to one token id). */
export function placeVariantGroups(): readonly (readonly string[])[] {
  return GROUPS;
}
