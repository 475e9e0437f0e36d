// Origins as people write them, read by the role the words around a place give it: "gloves from
// Malaysia", "Top Glove Corporation Bhd in Malaysia", "WRP Asia Pacific Sdn. Bhd. (Malaysia)",
// "China-based", "Xinjiang-made", "Malaysian manufacturer", "Chinese fishing fleet". Only roles that
// say where goods or a supplier come from count; "from entering the U.S.", "the United States Court
// of International Trade", "Chinese Communist Party" do not.
import { T_BREAK, T_LINE, T_PAREN, T_UPPER, type Tokens } from '../text/normalize';
import { isPageWord, wordSet } from '../text/word-sets';

/** Nationality adjectives: an origin only before a producer or a good ("Malaysian manufacturer"). */
export const DEMONYMS: Record<string, string> = {
  Chinese: 'CN',
  Malaysian: 'MY',
  American: 'US',
  Indian: 'IN',
  Vietnamese: 'VN',
  Bangladeshi: 'BD',
  Pakistani: 'PK',
  Indonesian: 'ID',
  Thai: 'TH',
  Cambodian: 'KH',
  Burmese: 'MM',
  Turkish: 'TR',
  Turkmen: 'TM',
  Uzbek: 'UZ',
  Brazilian: 'BR',
  Mexican: 'MX',
  Japanese: 'JP',
  'South Korean': 'KR',
  Korean: 'KR',
  'North Korean': 'KP',
  Taiwanese: 'TW',
  Filipino: 'PH',
  Philippine: 'PH',
  'Sri Lankan': 'LK',
  Nepalese: 'NP',
  Egyptian: 'EG',
  Ethiopian: 'ET',
  Kenyan: 'KE',
  Congolese: 'CD',
  Zimbabwean: 'ZW',
  Ghanaian: 'GH',
  Ivorian: 'CI',
  Nigerian: 'NG',
  Peruvian: 'PE',
  Argentine: 'AR',
  Argentinian: 'AR',
  Chilean: 'CL',
  Colombian: 'CO',
  Ecuadorian: 'EC',
  Bolivian: 'BO',
  Paraguayan: 'PY',
  Guatemalan: 'GT',
  Honduran: 'HN',
  Russian: 'RU',
  Ukrainian: 'UA',
  Kazakh: 'KZ',
  Kazakhstani: 'KZ',
  Kyrgyz: 'KG',
  Tajik: 'TJ',
  German: 'DE',
  French: 'FR',
  Italian: 'IT',
  Spanish: 'ES',
  Portuguese: 'PT',
  British: 'GB',
  Dutch: 'NL',
  Belgian: 'BE',
  Swiss: 'CH',
  Swedish: 'SE',
  Canadian: 'CA',
  Australian: 'AU',
  Saudi: 'SA',
  Iranian: 'IR',
  Moroccan: 'MA',
  Tunisian: 'TN',
  Malawian: 'MW',
  Ugandan: 'UG',
  Tanzanian: 'TZ',
  Mozambican: 'MZ',
  Zambian: 'ZM',
  'South African': 'ZA',
  Laotian: 'LA',
  Singaporean: 'SG',
  Sudanese: 'SD',
  Emirati: 'AE',
};

/** Who makes, sells or ships goods: after a nationality adjective, or before "in <place>". */
const PRODUCERS = wordSet(
  'company companies firm firms manufacturer manufacturers producer producers maker makers supplier suppliers ' +
    'exporter exporters factory factories mill mills plant plants fleet fleets vessel vessels trawler trawlers ' +
    'enterprise enterprises farm farms farmers mine mines miner miners processor processors grower growers ' +
    'brand brands vendor vendors seller sellers trader traders subsidiary subsidiaries corporation group ' +
    'conglomerate giant giants fishing plantation plantations facility facilities fields park',
);
/** Goods after a nationality adjective ("Chinese cotton", "Malaysian gloves"). */
const GOODS = wordSet(
  'goods products product imports exports cotton yarn textiles textile apparel garments gloves glove rubber ' +
    'seafood fish shrimp tuna squid polysilicon silicon solar steel aluminum aluminium tomatoes tomato sugar ' +
    'cocoa coffee tea palm rice timber wood furniture electronics bricks gold diamonds cobalt tobacco hair wigs ' +
    'shoes footwear toys leather',
);
/** Words that make a company's name end: "... Bhd in Malaysia", "... Co., Ltd. (Xinjiang, China)". */
const NAME_ENDS = wordSet(
  'ltd limited bhd berhad inc co corp corporation company llc ltda gmbh plc sa ag pvt group sdn jsc llp sarl',
);
/** Between "from" and a place: "from the Xinjiang region", "from eastern Democratic Republic...". */
const FILLERS = wordSet(
  'the eastern western northern southern central mainland southeast southwest northeast northwest its a an s china chinas',
);
/** Verbs that place a producer: "built in Yuli County", "located in Korla". */
const PLACED = wordSet('built located based headquartered registered operating operated situated');
const BASED_MADE = wordSet('based made');
const IN = wordSet('in');
const CHINA = wordSet('china');
const JOINERS = wordSet('and or the');
/** A producer's site after a place in China ("Ligao Ningbo Factory"). */
const SITES = wordSet('factory plant mill mills base facility workshop branch');
/** A country name that starts an institution is no origin ("United States Court of ..."). */
const INSTITUTIONS = wordSet(
  'court government customs department embassy congress senate agency ministry administration treasury army ' +
    'navy bureau commission council authorities officials president census trade communist party state',
);

/** "China-based", "Xinjiang-made", "Malaysia-Made Gloves": the place qualifies a supplier or good. */
export function qualifiesFollowing(text: string, t: Tokens, to: number): boolean {
  if (!isPageWord(text, t, to, BASED_MADE)) return false;
  // Joined by a hyphen or space, not across punctuation.
  return (((t.flags[to] as number) & (T_BREAK | T_LINE)) === 0) as boolean;
}

/** A country name that names an institution: "United States Court of International Trade". */
export function institution(text: string, t: Tokens, to: number): boolean {
  return isPageWord(text, t, to, INSTITUTIONS) && ((t.flags[to] as number) & T_UPPER) !== 0;
}

/** A nationality adjective before a producer or a good, within three words on the same phrase. */
export function demonymQualifies(text: string, t: Tokens, from: number, to: number): boolean {
  if (((t.flags[from] as number) & T_UPPER) === 0) return false;
  if (qualifiesFollowing(text, t, to)) return true;
  for (let k = to; k < to + 3 && k < t.count; k++) {
    if ((t.flags[k] as number) & (T_BREAK | T_LINE)) return false;
    if (isPageWord(text, t, k, PRODUCERS) || isPageWord(text, t, k, GOODS)) return true;
    // A company name right after ("Malaysian Top Glove Corp."): capitalised words.
    if (k === to && ((t.flags[k] as number) & T_UPPER) !== 0 && !institution(text, t, k))
      return nameFollows(text, t, k);
  }
  return false;
}

function nameFollows(text: string, t: Tokens, k: number): boolean {
  for (let j = k; j < k + 6 && j < t.count; j++) {
    if (j > k && (t.flags[j] as number) & T_LINE) return false;
    if (isPageWord(text, t, j, NAME_ENDS)) return true;
  }
  return false;
}

/** Only fillers between a "from" cue (ending before token `cueTo`) and the place at `from`. */
export function onlyFillers(text: string, t: Tokens, cueTo: number, from: number): boolean {
  if (from - cueTo > 3) return false;
  for (let k = cueTo; k < from; k++) if (!isPageWord(text, t, k, FILLERS)) return false;
  return true;
}

/**
 * The place is where a named company or producer is: "<Name> Co., Ltd. in Xinjiang, China",
 * "Top Glove Corporation Bhd in Malaysia", "<Name> Sdn. Bhd. (Malaysia)", "factories in Malaysia",
 * "Marange Diamond Fields (Zimbabwe)". (A second place of the same phrase, ", China", is taken
 * with the first by the caller.)
 */
export function companyPlace(text: string, t: Tokens, from: number): boolean {
  let k = from - 1;
  while (k >= 0 && from - k <= 3 && isPageWord(text, t, k, FILLERS) && !isPageWord(text, t, k, CHINA)) k--;
  if (isPageWord(text, t, k, IN))
    return (
      isPageWord(text, t, k - 1, NAME_ENDS) ||
      isPageWord(text, t, k - 1, PRODUCERS) ||
      isPageWord(text, t, k - 1, PLACED)
    );
  // An opening bracket right after a name: the first token in brackets after one outside them.
  const inParen = ((t.flags[from] as number) & T_PAREN) !== 0;
  if (inParen && k >= 0 && ((t.flags[k] as number) & T_PAREN) === 0)
    return isPageWord(text, t, k, NAME_ENDS) || isPageWord(text, t, k, PRODUCERS);
  return false;
}

const PLACE_WORDS = wordSet('province city county prefecture region district autonomous');

/** The next place of the same phrase: ", China" after "in Xinjiang" or "Jiangsu Province". */
export function samePhrase(text: string, t: Tokens, prevTo: number, from: number): boolean {
  let k = prevTo;
  while (k < from && k - prevTo < 2 && isPageWord(text, t, k, PLACE_WORDS)) k++;
  // A list of places: "Uganda, Kenya and Tanzania", "Pakistan, the UK and Italy".
  let joined = false;
  while (k < from && k - prevTo < 4 && isPageWord(text, t, k, JOINERS)) {
    joined = true;
    k++;
  }
  const f = t.flags[from] as number;
  return from === k && (joined || (f & T_BREAK) !== 0) && (f & T_LINE) === 0;
}

/** "Ligao Ningbo Factory", "the Korla plant": a place in China naming a producer's site. */
export function producerFollows(text: string, t: Tokens, to: number): boolean {
  if (to >= t.count || ((t.flags[to] as number) & (T_BREAK | T_LINE)) !== 0) return false;
  return isPageWord(text, t, to, SITES);
}
