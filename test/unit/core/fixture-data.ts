// Small hand-built RiskData for engine tests: real entries copied from /work/shared/data (UFLPA,
// CBP WRO, DOL, TIP, HS, Xinjiang places, countries), few enough to read.
import type { RiskData, Snapshot, CustomEntry, ClearedEntry } from '../../../src/core/lists/types';

const meta = (id: string, name: string, asOf = '2026-08-10') => ({ id, name, publisher: 'test', sourceUrl: '', asOf }) as const;
const sec = (section: string, date: string) => ({ section, citation: `UFLPA Section 2(d)(2)(B)(${section})`, label: `section ${section}`, date });

export function fixtureData(custom: Snapshot<CustomEntry | ClearedEntry>[] = []): RiskData {
  return {
    builtin: {
      uflpa: {
        format: 1,
        meta: meta('uflpa', 'UFLPA Entity List') as never,
        entries: [
          { id: 'hetian-taida', name: 'Hetian Taida Apparel Co., Ltd', aliases: ['Hetian TEDA Garment'], sections: [sec('i', '2022-06-21')], country: 'CN' },
          { id: 'hetian-haolin', name: 'Hetian Haolin Hair Accessories Co. Ltd.', aliases: ['Hotan Haolin Hair Accessories', 'Hollin Hair Accessories'], sections: [sec('i', '2022-06-21')], country: 'CN' },
          {
            id: 'zhongtai',
            name: 'Xinjiang Zhongtai Chemical Co. Ltd.',
            aliases: [],
            sections: [sec('ii', '2023-06-12')],
            localNames: [{ name: '新疆中泰化学股份有限公司' }],
          },
          { id: 'meike', name: 'Jiangsu Meike Solar Technology Co., Ltd.', aliases: ['Meike Co.'], sections: [sec('v', '2025-01-15')], localNames: [{ name: '美科股份', doubtful: true }] },
          { id: 'xpcc', name: 'Xinjiang Production and Construction Corps', aliases: ['XPCC'], sections: [sec('ii', '2022-06-21')] },
          { id: 'shanshan', name: 'Xinjiang East Hope Nonferrous Metals Co. Ltd. (Shanshan)', aliases: [], sections: [sec('i', '2023-08-01')] },
          { id: 'lop', name: 'Lop County Hair Product Industrial Park', aliases: [], sections: [sec('i', '2022-06-21')] },
          { id: 'zhongtai-group', name: 'Xinjiang Zhongtai Group Co. Ltd', aliases: [], sections: [sec('ii', '2023-06-12')], localNames: [{ name: '新疆中泰(集团)有限责任公司' }] },
        ],
      },
      'cbp-wro': {
        format: 1,
        meta: meta('cbp-wro', 'CBP WROs', '2026-06-23') as never,
        entries: [
          { id: 'w1', name: 'Hoshine Silicon Industry Co. Ltd and subsidiaries', aliases: ['Hoshine Silicon Industry Co. Ltd'], type: 'WRO', merchandise: 'Silica-based products', status: 'active', fishingVessel: false, scope: 'entity', date: '2021-06-24', country: 'CN' },
          { id: 'w2', name: 'WRP Asia Pacific Sdn. Bhd.', aliases: [], type: 'WRO', merchandise: 'Disposable rubber gloves', status: 'revoked', liftedOn: '2020-03-23', fishingVessel: false, scope: 'entity', date: '2019-09-30', country: 'MY' },
          { id: 'w3', name: 'Xinjiang Uyghur Autonomous Region (XUAR)', aliases: [], type: 'WRO', merchandise: 'Cotton, Tomatoes and Downstream Products', status: 'active', fishingVessel: false, scope: 'region', region: 'CN-XJ', date: '2021-01-13', country: 'CN' },
          { id: 'w4', name: 'All Turkmenistan Cotton or products produced in whole or in part with Turkmenistan cotton.', aliases: [], type: 'WRO', merchandise: 'Cotton', status: 'active', fishingVessel: false, scope: 'country', date: '2018-05-18', country: 'TM' },
          { id: 'w5', name: 'Sime Darby Plantation Berhad', aliases: [], type: 'Finding', merchandise: 'Palm oil', status: 'modified', liftedOn: '2023-02-03', fishingVessel: false, scope: 'entity', date: '2022-01-28', country: 'MY' },
          { id: 'w7', name: 'Fishing Vessel: Da Wang', aliases: ['Da Wang'], type: 'WRO', merchandise: 'Seafood', status: 'active', fishingVessel: true, scope: 'entity', date: '2022-01-28' },
          { id: 'w8', name: 'Fishing Vessel: Zhen Fa 7', aliases: ['Zhen Fa 7'], type: 'WRO', merchandise: 'Seafood', status: 'active', fishingVessel: true, scope: 'entity', date: '2025-05-28' },
          { id: 'w6', name: 'Tangshan Sanyou Group and its subsidiaries', aliases: ['Tangshan Sanyou Group'], type: 'WRO', merchandise: 'Viscose', status: 'partially-modified', fishingVessel: false, scope: 'entity', date: '2023-03-01', country: 'CN' },
        ],
      },
      'dol-tvpra': {
        format: 1,
        meta: meta('dol-tvpra', 'DOL TVPRA', '2022-10-04') as never,
        entries: [
          { good: 'Cotton', country: 'China', iso2: 'CN', childLabor: true, forcedLabor: true, forcedChildLabor: false, downstream: false },
          { good: 'Garments', country: 'China', iso2: 'CN', childLabor: false, forcedLabor: true, forcedChildLabor: false, downstream: false },
          { good: 'Cotton', country: 'Turkmenistan', iso2: 'TM', childLabor: false, forcedLabor: true, forcedChildLabor: false, downstream: false },
          { good: 'Carpets', country: 'Afghanistan', iso2: 'AF', childLabor: true, forcedLabor: false, forcedChildLabor: false, downstream: false },
          { good: 'Gloves', country: 'Malaysia', iso2: 'MY', childLabor: false, forcedLabor: true, forcedChildLabor: false, downstream: false },
          { good: 'Rubber Gloves', country: 'Malaysia', iso2: 'MY', childLabor: false, forcedLabor: true, forcedChildLabor: false, downstream: false },
        ],
      },
      'dol-eo13126': { format: 1, meta: meta('dol-eo13126', 'EO 13126') as never, entries: [] },
      'tip-tiers': {
        format: 1,
        meta: meta('tip-tiers', 'TIP', '2025-09-29') as never,
        entries: [
          { iso2: 'CN', country: 'China', tier: 'Tier 3', year: 2025 },
          { iso2: 'TM', country: 'Turkmenistan', tier: 'Tier 3', year: 2025 },
          { iso2: 'DE', country: 'Germany', tier: 'Tier 1', year: 2025 },
        ],
      },
      hs: {
        format: 1,
        meta: meta('hs', 'HS 2022') as never,
        entries: [
          { code: '61', level: 'chapter', description: 'Apparel, knitted' },
          { code: '6109', level: 'heading', description: 'T-shirts, singlets and other vests' },
          { code: '610910', level: 'subheading', description: 'T-shirts, of cotton' },
          { code: '610990', level: 'subheading', description: 'T-shirts, of other textile materials' },
          { code: '5701', level: 'heading', description: 'Carpets, knotted' },
          { code: '570110', level: 'subheading', description: 'Carpets of wool' },
          { code: '2804', level: 'heading', description: 'Hydrogen, rare gases and other non-metals' },
          { code: '280461', level: 'subheading', description: 'Silicon, >= 99.99%' },
          { code: '8541', level: 'heading', description: 'Semiconductor devices' },
          { code: '854143', level: 'subheading', description: 'Photovoltaic cells assembled in modules' },
          { code: '9403', level: 'heading', description: 'Furniture' },
          { code: '940360', level: 'subheading', description: 'Wooden furniture' },
          { code: '2002', level: 'heading', description: 'Tomatoes, prepared' },
          { code: '200290', level: 'subheading', description: 'Tomatoes, other than whole' },
        ],
      },
      'hs-risk-map': {
        format: 1,
        meta: meta('hs-risk-map', 'HS risk map') as never,
        entries: [
          { good: 'Garments', sourceList: 'dol-tvpra', code: '61', match: 'direct', rationale: 'Apparel, knitted', reference: 'HS description' },
          { good: 'Cotton', sourceList: 'dol-tvpra', code: '610910', match: 'contains', rationale: 'of cotton', reference: 'HS description' },
          { good: 'UFLPA: cotton, cotton products and apparel', sourceList: 'uflpa-sector', code: '61', match: 'direct', rationale: 'apparel', reference: 'DHS' },
          { good: 'UFLPA: silica-based products including polysilicon', sourceList: 'uflpa-sector', code: '280461', match: 'direct', rationale: 'silicon', reference: 'CBP' },
          { good: 'Carpets', sourceList: 'dol-tvpra', code: '5701', match: 'direct', rationale: 'Carpets', reference: 'HS description' },
          { good: 'UFLPA: tomatoes and downstream products', sourceList: 'uflpa-sector', code: '2002', match: 'direct', rationale: 'tomatoes', reference: 'CBP' },
          { good: 'Cotton', sourceList: 'dol-tvpra', code: '5701', match: 'contains', rationale: 'weak test row', reference: 'HS', weak: 'shared bucket: also other fibres' },
        ],
      },
      'xinjiang-places': {
        format: 1,
        meta: meta('xinjiang-places', 'Xinjiang places') as never,
        entries: [
          { code: '65', level: 'region', nameZh: '新疆维吾尔自治区', namesEn: ['Xinjiang', 'XUAR', 'Xinjiang Uyghur Autonomous Region'], namesZh: ['新疆'] },
          { code: '6531', level: 'prefecture', nameZh: '喀什地区', namesEn: ['Kashgar', 'Kashi'], namesZh: ['喀什'] },
          { code: '6532', level: 'prefecture', nameZh: '和田地区', namesEn: ['Hotan', 'Hetian', 'Khotan'], namesZh: ['和田'] },
          { code: '6529', level: 'prefecture', nameZh: '阿克苏地区', namesEn: ['Aksu', 'Akesu'], namesZh: ['阿克苏'] },
          { code: '6540', level: 'prefecture', nameZh: '伊犁哈萨克自治州', namesEn: ['Ili', 'Yili'], namesZh: ['伊犁'] },
          { code: '', level: 'place', nameZh: '', namesEn: ['Aral'] },
          { code: '650522', level: 'county', nameZh: '伊吾县', namesEn: ['Yiwu', 'Yiwu County'], namesZh: ['伊吾'] },
          { code: '652328', level: 'county', nameZh: '木垒哈萨克自治县', namesEn: ['Mulei', 'Mulei County'], namesZh: ['木垒'] },
        ],
      },
      countries: {
        format: 1,
        meta: meta('countries', 'Countries') as never,
        entries: [
          { iso2: 'CN', iso3: 'CHN', name: 'China', nameZh: '中国', aliases: ["People's Republic of China", 'PRC'], ambiguousNames: ['China'] },
          { iso2: 'US', iso3: 'USA', name: 'United States', aliases: ['USA', 'United States of America'] },
          { iso2: 'DE', iso3: 'DEU', name: 'Germany', aliases: ['Deutschland'] },
          { iso2: 'TM', iso3: 'TKM', name: 'Turkmenistan', aliases: [] },
          { iso2: 'MY', iso3: 'MYS', name: 'Malaysia', aliases: [] },
          { iso2: 'AF', iso3: 'AFG', name: 'Afghanistan', aliases: [] },
          { iso2: 'VN', iso3: 'VNM', name: 'Viet Nam', aliases: ['Vietnam'] },
          { iso2: 'JO', iso3: 'JOR', name: 'Jordan', aliases: [], ambiguousNames: ['Jordan'] },
          { iso2: 'TD', iso3: 'TCD', name: 'Chad', aliases: [], ambiguousNames: ['Chad'] },
        ],
      },
    },
    custom,
  };
}

export function watchList(entries: Partial<CustomEntry>[], id = 'custom:mine'): Snapshot<CustomEntry> {
  return {
    format: 1,
    meta: { id: id as `custom:${string}`, name: 'My watch list', publisher: 'me', sourceUrl: '', asOf: '2026-11-01' },
    role: 'watch',
    entries: entries.map((e, i) => ({ id: `w${i}`, name: '', aliases: [], severity: 'high', ...e })) as CustomEntry[],
  };
}

export function clearedList(entries: Partial<ClearedEntry>[]): Snapshot<ClearedEntry> {
  return {
    format: 1,
    meta: { id: 'custom:cleared', name: 'Cleared suppliers', publisher: 'me', sourceUrl: '', asOf: '2026-11-01' },
    role: 'cleared',
    entries: entries.map((e, i) => ({ id: `c${i}`, name: '', aliases: [], ...e })) as ClearedEntry[],
  };
}
