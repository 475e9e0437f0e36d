// Metadata of the bundled lists, taken from shared/data/PROVENANCE.md. The caveats are shown to
// users verbatim, so they say what the gap means for them, not how the file was made.
import type { BuiltinListId, ListMeta } from '../core';

type BuiltinMeta = ListMeta & { id: BuiltinListId };

const PUBLIC_DOMAIN = 'U.S. Government work (17 U.S.C. 105), public domain';

export const BUILTIN_META: { readonly [K in BuiltinListId]: BuiltinMeta } = {
  uflpa: {
    id: 'uflpa',
    name: 'UFLPA Entity List',
    publisher: 'U.S. Department of Homeland Security (Forced Labor Enforcement Task Force)',
    sourceUrl: 'https://www.dhs.gov/uflpa-entity-list',
    asOf: '2026-08-10',
    license: PUBLIC_DOMAIN,
    caveats: [
      'Copied from a third-party mirror of the DHS page as of 2026-08-10; entities added or removed after that date are missing.',
      'DHS publishes no addresses and no Chinese names. Chinese names were added from public filings and news for 74 of 187 entities; names marked doubtful are transliterations, short names or variants.',
      'The date shown is the DHS table date, which DHS resets when it corrects an entry, so it is not always the date the entity was first listed.',
      'Aliases were split from DHS wording by rule; a few may be cut in the wrong place.',
    ],
  },
  'cbp-wro': {
    id: 'cbp-wro',
    name: 'CBP Withhold Release Orders and Findings',
    publisher: 'U.S. Customs and Border Protection',
    sourceUrl: 'https://www.cbp.gov/document/stats/withhold-release-orders-findings',
    asOf: '2026-06-23',
    license: PUBLIC_DOMAIN,
    caveats: [
      "Orders in force come from CBP's CSV of 2026-06-23; orders issued, changed or lifted after that date are missing.",
      'Lifted orders (e.g. Top Glove, Sime Darby, Supermax) were added from CBP press releases, often as republished by law firms or news sites, and are shown as lifted with the date.',
      'Central Romana (raw sugar, Dominican Republic): the order is confirmed but it may have been lifted between late 2024 and late 2025; no notice was found, so its status is unknown.',
      'Orders lifted before 2016 are not covered, and one order from 2016-2021 may be missing.',
      'Partial modifications are described only as far as CBP remarks state them.',
    ],
  },
  'dol-tvpra': {
    id: 'dol-tvpra',
    name: 'List of Goods Produced by Child Labor or Forced Labor (TVPRA)',
    publisher: 'U.S. Department of Labor, Bureau of International Labor Affairs',
    sourceUrl: 'https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods',
    asOf: '2022-10-04',
    license: PUBLIC_DOMAIN,
    caveats: [
      'This is the 2022 edition (159 goods, 78 countries, plus 10 downstream goods). The 2024 edition (204 goods, 82 countries) was not available, so newer listings are missing.',
    ],
  },
  'dol-eo13126': {
    id: 'dol-eo13126',
    name: 'EO 13126 List of Products Produced by Forced or Indentured Child Labor',
    publisher: 'U.S. Department of Labor, Bureau of International Labor Affairs',
    sourceUrl: 'https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-products',
    asOf: '2022-10-04',
    license: PUBLIC_DOMAIN,
    caveats: [
      "No dated official copy of the current EO list was available: it was rebuilt from DOL's 2014 list and the forced-child-labor flags in DOL's 2022/23 app data.",
      'Uzbekistan cotton is on the 2014 list but not flagged in the 2022/23 data; treat it as uncertain.',
    ],
  },
  'tip-tiers': {
    id: 'tip-tiers',
    name: 'Trafficking in Persons Report tier placements',
    publisher: 'U.S. Department of State',
    sourceUrl: 'https://www.state.gov/reports/2025-trafficking-in-persons-report/',
    asOf: '2025-09-29',
    license: PUBLIC_DOMAIN,
    caveats: [
      '2025 report, transcribed by a third party and not cross-checked against the State Department text.',
      '"Special Case" countries (typically Haiti, Libya, Somalia, Yemen) are missing.',
    ],
  },
  hs: {
    id: 'hs',
    name: 'Harmonized System 2022 nomenclature',
    publisher: 'World Customs Organization (via UN Comtrade, datasets/harmonized-system)',
    sourceUrl: 'https://github.com/datasets/harmonized-system',
    asOf: '2022-01-01',
    license: 'ODC Public Domain Dedication and License (PDDL) 1.0',
    caveats: [
      "Descriptions are UN Comtrade's short forms, not the WCO legal text.",
      'Codes are HS 2022: pages quoting HS 2017 codes (e.g. 8541.40, 5304) will not match without a concordance.',
    ],
  },
  'hs-risk-map': {
    id: 'hs-risk-map',
    name: 'HS codes of risk goods (curated draft)',
    publisher: 'LaborLens (curated from HS 2022 descriptions and public sources)',
    sourceUrl: 'https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods',
    asOf: '2025-08-19',
    license: 'Curated by LaborLens from public-domain sources',
    caveats: [
      "No official mapping from DOL goods or UFLPA sectors to HS codes exists in public form; every row is a judgement from HS descriptions and named public sources, and has not been checked against ILAB's own product guide.",
      'Rows marked weak are shared "n.e.c." buckets or broad groups: an HS code there can also be an unrelated product.',
      'Downstream links are included only where the HS text or a public source names the input; many products that contain a risk good are not caught.',
      '63 rows come from DOL ILAB\'s own goods-to-HTS mapping (ImportWatch Goods HS, 2025-09-24), which covers goods from Alcoholic Beverages to Soap only; DOL codes that no longer exist in HS 2022 at their length or sit in an "other" bucket are marked weak, and whole-chapter codes were left out.',
    ],
  },
  'xinjiang-places': {
    id: 'xinjiang-places',
    name: 'Xinjiang (XUAR) administrative divisions and places',
    publisher: 'National Bureau of Statistics of China; GeoNames',
    sourceUrl: 'https://www.stats.gov.cn/sj/tjbz/tjyqhdmhcxhfdm/',
    asOf: '2026-04-30',
    license: 'NBS codes (official); GeoNames CC BY 4.0 (attribution required); cnid-validator MIT; gb2260 CC0',
    caveats: [
      "Divisions down to county level as of the NBS table of 2023-06-30, plus four county-level units created since: 和康县 Hekang and 和安县 He'an (Hotan, XUAR notice of 2024-12-27, three sources), 岑岭县 Cenling (Kashgar, XUAR notice of 2026-03-26) and 草湖市 Caohu (XPCC, 2026-04). The date shown is the end of the month of the latest change found.",
      'Weak: the codes of 岑岭县 (653132) and 草湖市 (659013) each rest on a single secondary source; 草湖市 is filed under 6590 (county-level cities under direct rule) by LaborLens, as the source says only "XPCC". Their pinyin and English forms are generated, not sourced.',
      'Townships and Uyghur-script names are not included.',
      'Some English forms come from machine translation and were corrected by hand; common exonyms (Kashgar, Hotan, Korla ...) were added by LaborLens.',
    ],
  },
  countries: {
    id: 'countries',
    name: 'Countries (ISO 3166-1) with curated alternative names',
    publisher: 'ISO 3166 / UN M49 / CLDR via datasets/country-codes; opensanctions/countrynames',
    sourceUrl: 'https://github.com/datasets/country-codes',
    asOf: '2026-05-15',
    license: 'PDDL 1.0 (country-codes); MIT (opensanctions/countrynames)',
    caveats: [
      'Kosovo (XK) is not in ISO 3166-1 and not in this list.',
      'Alternative names were filtered to avoid ordinary words and short codes; some rare names are left out on purpose.',
    ],
  },
};
