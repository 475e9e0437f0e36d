// Curating country_aliases.csv (26,628 names from opensanctions/countrynames in ~200 languages,
// with US states, British counties, cities, codes and mojibake mixed in) down to the alternative
// names an English or Chinese supplier page would actually use.
//
// The rule, in order:
//  1. Chinese: keep names written only in Han characters, 2+ characters long (中国, 台灣, 美國).
//     Kana/Hangul names are Japanese/Korean and dropped.
//  2. Latin script: drop anything with mojibake or markup (Ã, &#), doubled spaces or stray
//     hyphens from CLDR composites ("i  -China"), a comma-qualified state ("GEORGIA, U.S.A."),
//     historical or contested qualifiers (Soviet, Confederate, formerly, was), and ALL-CAPS
//     duplicates of mixed-case names.
//  3. Keep a Latin name only if it is an English form: one of the English names that
//     countries.csv gives for the country; one of the well-known English short forms and acronyms
//     in ENGLISH_SHORT_FORMS; or a name built from English state words (Republic, Kingdom,
//     People's, Democratic ...) around a word of the country's own English name ("Russian
//     Federation", "Korea, Democratic People's Republic of"). Other-language exonyms (Chine, Cina,
//     Kína), sub-national places (Tbilisi, Republic of Tatarstan, "London, United Kingdom"),
//     misspellings (United Kindgdom) and the historical states in HISTORIC fail this test.
//  4. Drop codes and names of 3 characters or less ('AND', 'CHN', 'GEO'), except the acronyms in
//     ENGLISH_SHORT_FORMS (PRC, DRC, UAE, USA, UK ...), and drop demonyms (Chinese, Jordanian),
//     which are ordinary adjectives on pages.
//  5. Drop any alias that two countries share.
// Names that are also ordinary words or other places (Georgia, Jordan, Chad, Turkey, China,
// Jersey, Guinea ...) are kept as names but listed in `ambiguousNames`, so the engine can ask
// for context (an origin label, "Made in") before it flags them.

const STATE_WORDS =
  /\b(Republic|Kingdom|Democratic|People's|Federation|Federal|Federated|United|Islands?|States?|Union|Commonwealth|Principality|Sultanate|Emirates?|Grand Duchy|Territory|Territories|Province|Plurinational|Socialist Republic|Bolivarian|Independent State|Holy See|Special Administrative Region)\b/;

const ENGLISH_SHORT_FORMS = new Set([
  'PRC',
  'DPRK',
  'DRC',
  'DR Congo',
  'UAE',
  'USA',
  'US',
  'UK',
  'ROK',
  'Burma',
  'Ivory Coast',
  'Holland',
  'Britain',
  'Great Britain',
  'America',
  'North Korea',
  'South Korea',
  'Czechia',
  'Czech Republic',
  'Turkey',
  'Türkiye',
  'East Timor',
  'Swaziland',
  'Cape Verde',
  'Macedonia',
  'North Macedonia',
  'Vatican',
  'Vatican City',
  'Laos',
  'Syria',
  'Russia',
  'Iran',
  'Vietnam',
  'Viet Nam',
  'Moldova',
  'Tanzania',
  'Bolivia',
  'Venezuela',
  'Brunei',
  'Congo-Brazzaville',
  'Congo-Kinshasa',
  'Zaire',
  'Kirghizia',
  'Kyrgyzstan',
  'Belarus',
  'Byelorussia',
  'Palestine',
  'Micronesia',
  'Taiwan',
  'Hong Kong',
  'Macao',
  'Macau',
  'Mainland China',
  'Korea',
  'Cabo Verde',
  'Eswatini',
  'Timor-Leste',
  'Myanmar',
  'Sri Lanka',
  'Ceylon',
  'Siam',
  'Persia',
  'Kampuchea',
  'Cambodia',
  'Dahomey',
  'Upper Volta',
  'Rhodesia',
  'Bangladesh',
  'United Kingdom',
  'United States',
  'United States of America',
  'The United Kingdom',
  'Côte d’Ivoire',
  "Côte d'Ivoire",
  "Cote d'Ivoire",
  'Curacao',
  'Reunion',
  'Sao Tome and Principe',
]);

/** Former or short-lived states that share a country's words but are not that country today. */
const HISTORIC = new Set([
  'Democratic Republic of Georgia',
  'Russian Republic',
  'Viet-Nam, Democratic Republic of',
  'Kingdom of England',
  'Socialist Republic of Macedonia',
]);

/** Primary names that are also ordinary English words, given names or other places. */
export const AMBIGUOUS_NAMES = new Set([
  'Georgia',
  'Jordan',
  'Chad',
  'Turkey',
  'China',
  'Jersey',
  'Guinea',
  'Chile',
  'Niger',
  'Panama',
  'Japan',
  'Togo',
  'Cuba',
  'Mali',
  'Oman',
  'Peru',
  'Iran',
  'Iraq',
  'Lebanon',
  'Israel',
  'Malta',
  'Monaco',
  'Nauru',
  'Samoa',
  'Wales',
  'Man',
  'Christmas Island',
  'Norfolk Island',
  'Guernsey',
  'Montserrat',
  'Dominica',
  'Grenada',
  'Jamaica',
  'Martinique',
  'Mayotte',
  'Reunion',
  'Réunion',
  'Bermuda',
  'Cyprus',
  'India',
  'Greece',
  'Canada',
  'Brazil',
  'Korea',
]);

const HAN_ONLY = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff（）()·]+$/;
const BAD_LATIN =
  /Ã|&#|&[a-z]+;|\s{2}|\s-|,\s*U\.?S\.?A\.?|\bSoviet\b|\bConfederate\b|formerly|\bwas\b|\bnutome\b|\bCitizen\b|\bSSR\b|\bSecond\b|^Emetab\b|^Orílɛ́ède|^Orílẹ́ède/i;
const LATIN = /^[\p{Script=Latin}\p{M}\s.,'’()&-]+$/u;

export function isChineseAlias(alias: string): boolean {
  return HAN_ONLY.test(alias) && [...alias].length >= 2;
}

const STOP = new Set([
  'of',
  'the',
  'and',
  'State',
  'States',
  'Republic',
  'Kingdom',
  'United',
  'Democratic',
  "People's",
  'Federal',
  'Islands',
  'Island',
]);

/** Distinctive words of the country's English names: "Korea", "Congo", "Russian"... */
function nameTokens(englishNames: readonly string[]): string[] {
  return englishNames
    .flatMap((n) => n.split(/[\s,()-]+/))
    .filter((w) => w.length >= 4 && !STOP.has(w) && !STATE_WORDS.test(w));
}

/** True when `alias` passes the English-alias rule above for a country with these English names. */
export function isEnglishAlias(alias: string, englishNames: readonly string[]): boolean {
  const a = alias.trim();
  if (!LATIN.test(a) || BAD_LATIN.test(a) || HISTORIC.has(a)) return false;
  if (ENGLISH_SHORT_FORMS.has(a) || englishNames.includes(a)) return true;
  if (a.length <= 3 || (a === a.toUpperCase() && /[A-Z]{4}/.test(a))) return false;
  if (!/^[\x20-\x7e’ôéüçãâèí]+$/.test(a) || !STATE_WORDS.test(a)) return false;
  const tokens = nameTokens(englishNames);
  const words = a.split(/[\s,()-]+/);
  if (!tokens.some((t) => words.some((w) => w.startsWith(t.slice(0, Math.max(4, t.length - 1)))))) return false;
  // "London, United Kingdom", "Korea,RPDC": a comma is only fine in the inverted official style,
  // where a name word comes first ("Congo, Democratic Republic of the").
  const comma = a.indexOf(',');
  if (comma >= 0) {
    const before = a.slice(0, comma).trim();
    const after = a.slice(comma + 1);
    if (!tokens.includes(before) || !/^\s/.test(after) || !STATE_WORDS.test(after)) return false;
  }
  return true;
}
