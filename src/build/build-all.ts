// Which raw files make which bundled list. Pure: the caller supplies a reader, so the same table
// serves the node build script and the tests.
import { countryResolver } from './country-names';
import { parseCbpWro } from './parse-cbp-wro';
import { parseCountries, readCountryAliases } from './parse-countries';
import { parseDolEo13126 } from './parse-dol-eo13126';
import { parseDolTvpra } from './parse-dol-tvpra';
import { parseHs } from './parse-hs';
import { parseHsRiskMap } from './parse-hs-risk-map';
import { parseTipTiers } from './parse-tip-tiers';
import { parseUflpa } from './parse-uflpa';
import { parseXinjiangPlaces, XINJIANG_PLACES_FILE } from './parse-xinjiang-places';
import { DOL_HS_FILE, reviewWithDolHs } from './dol-hs-review';
import type { BuiltinListId, BuiltinSnapshot } from '../core';

export type ReadRaw = (name: string) => { file: string; text: string };

type Builders = { [K in BuiltinListId]: (read: ReadRaw) => BuiltinSnapshot<K> };

/** DOL spellings resolve against every alias (not only the curated ones): more names, same codes. */
function dolResolver(read: ReadRaw): ReturnType<typeof countryResolver> {
  const aliases = read('country_aliases.csv');
  return countryResolver(
    parseCountries({ countries: read('countries.csv') }).entries,
    readCountryAliases(aliases.file, aliases.text),
  );
}

export const BUILDERS: Builders = {
  uflpa: (read) =>
    parseUflpa({ entities: read('uflpa_entity_list.json'), chineseNames: read('uflpa_chinese_names.csv') }),
  'cbp-wro': (read) => parseCbpWro(read('cbp_wro_findings.csv')),
  'dol-tvpra': (read) => parseDolTvpra(read('dol_tvpra_goods.csv'), dolResolver(read)),
  'dol-eo13126': (read) => parseDolEo13126(read('dol_eo13126_products.csv'), dolResolver(read)),
  'tip-tiers': (read) => parseTipTiers(read('tip_tiers.csv')),
  hs: (read) => parseHs(read('hs_nomenclature.csv')),
  'hs-risk-map': (read) => {
    const hs = parseHs(read('hs_nomenclature.csv')).entries;
    const map = parseHsRiskMap(read('hs_risk_map.csv'), hs);
    // DOL's own partial goods-to-HTS mapping adds the codes our curated map lacks (see dol-hs-review.ts).
    const { added } = reviewWithDolHs(read(DOL_HS_FILE), map.entries, hs);
    return { ...map, entries: [...map.entries, ...added] };
  },
  'xinjiang-places': (read) => parseXinjiangPlaces(read(XINJIANG_PLACES_FILE)),
  countries: (read) => parseCountries({ countries: read('countries.csv'), aliases: read('country_aliases.csv') }),
};

export function buildSnapshot<K extends BuiltinListId>(id: K, read: ReadRaw): BuiltinSnapshot<K> {
  const build = BUILDERS[id] as (r: ReadRaw) => BuiltinSnapshot<K>;
  return build(read);
}
