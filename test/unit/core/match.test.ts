// Supplier matching through the engine: positives as written in the wild, negatives and look-alikes.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine';
import type { Finding } from '../../../src/core/engine/engine-api';
import type { ClearedEntry } from '../../../src/core/lists/types';
import { clearedListDecision } from '../../../src/core/suppliers/supplier-match';
import { clearedList, fixtureData, watchList } from './fixture-data';

const engine = createEngine(
  fixtureData([
    watchList([
      { name: 'Acme Textile Mills Ltd', severity: 'medium' },
      { name: 'Global Trading Co., Ltd.', severity: 'high' },
      { name: 'KTX', severity: 'high' },
    ]),
  ]),
);
const suppliers = (text: string): Finding[] =>
  engine.scan(text).filter((f) => f.kind === 'supplier' && f.list !== null && f.list !== 'xinjiang-places');

describe('listed supplier positives', () => {
  const cases: [string, string, string][] = [
    ['Hetian Taida Apparel Co., Ltd', 'Hetian Taida Apparel Co., Ltd', 'Hetian Taida Apparel Co., Ltd'],
    ['Supplier: HETIAN TAIDA APPAREL CO.,LTD — tees', 'HETIAN TAIDA APPAREL CO.,LTD', 'Hetian Taida Apparel Co., Ltd'],
    ['hetian taida apparel co ltd.', 'hetian taida apparel co ltd.', 'Hetian Taida Apparel Co., Ltd'],
    [
      'Hetian Taida Apparel Company Limited ships',
      'Hetian Taida Apparel Company Limited',
      'Hetian Taida Apparel Co., Ltd',
    ],
    ['by Hetian  Taida\tApparel', 'Hetian  Taida\tApparel', 'Hetian Taida Apparel Co., Ltd'],
    ['Hetian Haolin\nHair Accessories', 'Hetian Haolin\nHair Accessories', 'Hetian Haolin Hair Accessories Co. Ltd.'],
    ['HOTAN HAOLIN HAIR ACCESSORIES', 'HOTAN HAOLIN HAIR ACCESSORIES', 'Hetian Haolin Hair Accessories Co. Ltd.'],
    [
      'Khotan Haolin Hair Accessories Co.',
      'Khotan Haolin Hair Accessories Co.',
      'Hetian Haolin Hair Accessories Co. Ltd.',
    ],
    ['我们的供应商新疆中泰化学股份有限公司提供PVC', '新疆中泰化学股份有限公司', 'Xinjiang Zhongtai Chemical Co. Ltd.'],
    ['新疆中泰化學股份有限公司', '新疆中泰化學股份有限公司', 'Xinjiang Zhongtai Chemical Co. Ltd.'],
    [
      'Xinjiang Production and Construction Corps (XPCC)',
      'Xinjiang Production and Construction Corps (XPCC)',
      'Xinjiang Production and Construction Corps',
    ],
    ['orders from XPCC units', 'XPCC', 'Xinjiang Production and Construction Corps'],
    [
      'Xinjiang East Hope Nonferrous Metals Co. Ltd.',
      'Xinjiang East Hope Nonferrous Metals Co. Ltd.',
      'Xinjiang East Hope Nonferrous Metals Co. Ltd. (Shanshan)',
    ],
    [
      'Xinjiang East Hope Nonferrous Metals (Shanshan) Co., Ltd',
      'Xinjiang East Hope Nonferrous Metals (Shanshan) Co., Ltd',
      'Xinjiang East Hope Nonferrous Metals Co. Ltd. (Shanshan)',
    ],
    ['Hetian Taida Aparel Co., Ltd', 'Hetian Taida Aparel Co., Ltd', 'Hetian Taida Apparel Co., Ltd'],
    [
      'Hoshine Silicon Industry Co., Ltd.',
      'Hoshine Silicon Industry Co., Ltd.',
      'Hoshine Silicon Industry Co. Ltd and subsidiaries',
    ],
    ['Acme Textile Mills Limited', 'Acme Textile Mills Limited', 'Acme Textile Mills Ltd'],
    ['Hetian TEDA Garment', 'Hetian TEDA Garment', 'Hetian Taida Apparel Co., Ltd'],
    ['新疆中泰（集团）有限责任公司', '新疆中泰（集团）有限责任公司', 'Xinjiang Zhongtai Group Co. Ltd'],
    ['新疆中泰(集團)有限責任公司', '新疆中泰(集團)有限責任公司', 'Xinjiang Zhongtai Group Co. Ltd'],
    ['新疆中泰有限责任公司', '新疆中泰有限责任公司', 'Xinjiang Zhongtai Group Co. Ltd'],
    ['供货：新疆 中泰化学 股份有限公司', '新疆 中泰化学 股份有限公司', 'Xinjiang Zhongtai Chemical Co. Ltd.'],
    ['新疆中泰化学股份有限公司（阜康）', '新疆中泰化学股份有限公司', 'Xinjiang Zhongtai Chemical Co. Ltd.'],
    [
      'ＨＥＴＩＡＮ　ＴＡＩＤＡ　ＡＰＰＡＲＥＬ　ＣＯ．，ＬＴＤ',
      'ＨＥＴＩＡＮ　ＴＡＩＤＡ　ＡＰＰＡＲＥＬ　ＣＯ．，ＬＴＤ',
      'Hetian Taida Apparel Co., Ltd',
    ],
  ];
  it.each(cases)('%j -> %j', (text, slice, key) => {
    const f = suppliers(text).find((x) => x.key === key);
    expect(f, JSON.stringify(suppliers(text))).toBeDefined();
    expect(f?.text).toBe(slice);
    expect(text.slice(f?.start, f?.end)).toBe(f?.text);
  });
});

describe('long pages', () => {
  // The scan keeps the ids of the words it looked up by position in a ring of 1,024: a name whose
  // words straddle the ring's end, or a typo in it, is read as anywhere else, after a filler whose
  // every third word ("Hetian", which begins listed names) was looked up too.
  it.each([1015, 1018, 1020, 1021, 1022, 1023, 2045, 3070])('a name from word %i on', (at) => {
    const text = `${'Hetian cotton fields '.repeat(Math.floor(at / 3))}${'more '.repeat(at % 3)}Hetian Taida Apparel Co., Ltd and Hetian Taida Apparil Co., Ltd`;
    const found = suppliers(text);
    expect(found.map((f) => [f.key, text.slice(f.start, f.end)])).toEqual([
      ['Hetian Taida Apparel Co., Ltd', 'Hetian Taida Apparel Co., Ltd'],
      ['Hetian Taida Apparel Co., Ltd', 'Hetian Taida Apparil Co., Ltd'],
    ]);
  });
});

describe('negatives and look-alikes', () => {
  const cases: [string, string][] = [
    ['longer company name containing an alias', 'Shenzhen Meike Digital Technology Co., Ltd. makes lenses'],
    ['inside a longer word', 'Hetian Taidaapparel Co'],
    ['acronym in lower case', 'the xpcc gene was sequenced'],
    ['acronym inside a code', 'part XPCC12 in stock'],
    ['short name inside a word', 'KTXS brand shoes and ktx shoes'],
    ['short name glued to a code', 'model KTX-200 and SKU/KTX and XPCC-12'],
    ['common-word name without capitals or legal form', 'we do global trading of textiles'],
    ['partial name', 'Hetian Taida is a county town'],
    ['different company with same place prefix', 'Hetian Yulong Jade Co., Ltd.'],
    ['two typos', 'Hetian Taeda Aparel Co., Ltd'],
  ];
  it.each(cases)('%s', (_label, text) => {
    expect(suppliers(text).filter((f) => f.severity !== 'low' && f.severity !== 'info')).toEqual([]);
  });
  it('a lone brand word that is only an alias stem is at most a low-severity possible match', () => {
    for (const f of suppliers('New Meike 50mm lens')) expect(['low', 'info']).toContain(f.severity);
  });
  it('the common-word watch name matches with capitals and a legal form', () => {
    expect(suppliers('Seller: Global Trading Co., Ltd.').map((f) => f.key)).toEqual(['Global Trading Co., Ltd.']);
  });
  it('short names match only standing alone in exact case', () => {
    expect(suppliers('Buy from KTX today').map((f) => f.key)).toEqual(['KTX']);
  });
});

describe('severity of listed parties', () => {
  it('UFLPA entity is critical and cites the list date', () => {
    const [f] = suppliers('Hetian Taida Apparel Co., Ltd');
    expect(f?.severity).toBe('critical');
    expect(f?.list).toBe('uflpa');
    expect(f?.explanation).toContain('2022-06-21');
  });
  it('active and partially modified WRO entities are critical', () => {
    expect(suppliers('Hoshine Silicon Industry Co. Ltd')[0]?.severity).toBe('critical');
    expect(suppliers('Tangshan Sanyou Group')[0]?.severity).toBe('critical');
  });
  it('revoked and modified orders are info and say the lift date', () => {
    const [r] = suppliers('WRP Asia Pacific Sdn. Bhd.');
    expect(r?.severity).toBe('info');
    expect(r?.explanation).toContain('revoked on 2020-03-23');
    const [m] = suppliers('Sime Darby Plantation Berhad');
    expect(m?.severity).toBe('info');
    expect(m?.explanation).toContain('2023-02-03');
  });
  it('custom watch lists give their own severity', () => {
    expect(suppliers('Acme Textile Mills Ltd')[0]?.severity).toBe('medium');
  });
  it('a cleared list never hides a statutory listing: it stays critical and says who cleared it', () => {
    const e = createEngine(
      fixtureData([
        clearedList([{ name: 'Hetian Taida Apparel Co., Ltd', clearedBy: 'Compliance team', clearedOn: '2026-05-01' }]),
      ]),
    );
    const f = e.scan('Hetian Taida Apparel Co., Ltd').find((x) => x.kind === 'supplier');
    expect(f?.severity).toBe('critical');
    expect(f?.explanation).toMatch(/^Listed: cleared by Compliance team on 2026-05-01, evidence none given/);
    // The history keeps that decision as one sentence.
    expect(clearedListDecision(f?.explanation ?? '')).toBe(
      'Listed: cleared by Compliance team on 2026-05-01, evidence none given (your list "Cleared suppliers").',
    );
    expect(f?.key).toBe('Hetian Taida Apparel Co., Ltd');
  });
  it('a cleared list with reviewer and evidence turns a watch-list supplier into info; without, it stays', () => {
    const scan = (c: Partial<ClearedEntry>) =>
      createEngine(
        fixtureData([
          watchList([{ name: 'Acme Textile Mills Ltd', severity: 'medium' }]),
          clearedList([{ name: 'Acme Textile Mills Ltd', ...c }]),
        ]),
      )
        .scan('Acme Textile Mills Ltd')
        .find((x) => x.kind === 'supplier');
    const done = scan({ clearedBy: 'Ana', clearedOn: '2026-05-01', evidence: 'audit 2026-04' });
    expect(done?.severity).toBe('info');
    expect(done?.explanation).toContain('cleared by Ana on 2026-05-01. Evidence: audit 2026-04');
    const bare = scan({ clearedBy: 'intern' });
    expect(bare?.severity).toBe('medium');
    expect(bare?.explanation).toContain('without a reviewer and evidence');
  });
  it('a fishing vessel name without its number is a possible match only', () => {
    expect(suppliers('Contact Mr. Da Wang for prices')[0]?.severity).toBe('low');
    expect(suppliers('tuna landed by the Zhen Fa 7')[0]?.severity).toBe('critical');
  });
  it('a doubtful local name is a possible match only', () => {
    const f = suppliers('美科股份有限公司').find((x) => x.key === 'Jiangsu Meike Solar Technology Co., Ltd.');
    expect(f?.severity).toBe('low');
  });
});

describe('engine with missing lists', () => {
  it('works with no lists at all', () => {
    const e = createEngine({ builtin: {}, custom: [] });
    const fs = e.scan('Hetian Taida Apparel Co., Ltd. HS 6109.10 Made in China');
    expect(fs.every((f) => f.list === null)).toBe(true);
    expect(fs.map((f) => f.kind)).toEqual(['supplier']);
    expect(e.screen('Hetian Taida Apparel')).toEqual([]);
  });
});
