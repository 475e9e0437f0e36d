import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine';
import type { Finding } from '../../../src/core/engine/engine-api';
import { guidanceFor } from '../../../src/core/risk/guidance';
import { fixtureData } from './fixture-data';

const engine = createEngine(fixtureData());
const find = (text: string, kind: Finding['kind'], key?: string): Finding | undefined =>
  engine.scan(text).find((f) => f.kind === kind && (key === undefined || f.key === key));

describe('HS findings', () => {
  it('DOL forced-labor pair shown by HS code and origin is high', () => {
    const f = find('HS Code: 6109.10\nMade in China', 'hs');
    expect(f?.severity).toBe('high');
    expect(f?.list).toBe('dol-tvpra');
    expect(f?.explanation).toMatch(
      /lists Garments \(forced labor\) and Cotton \(forced labor and child labor\) from China/u,
    );
    expect(f?.refs.some((r) => r.list === 'dol-tvpra')).toBe(true);
  });
  it('says when a risk-map row is "contains" versus "direct"', () => {
    const f = find('HS Code: 6109.10\nMade in China', 'hs');
    // Written for a buyer: what the code covers and what its goods often contain.
    expect(f?.explanation).toMatch(/this code covers [^.;]*garments/u);
    expect(f?.explanation).toMatch(/goods under it often contain [^.;]*cotton/u);
    expect(f?.explanation).not.toMatch(/\((direct|contains)\)/u);
  });
  it('says one thing about several DOL goods of one country in one sentence', () => {
    const f = find('HS Code: 6109.10\nMade in China', 'hs');
    const dol = f?.explanation.match(/The US Department of Labor lists/gu) ?? [];
    expect(dol.length).toBe(1);
  });
  it('says when a row is weak', () => {
    const f = find('HS Code: 5701.10\nMade in Afghanistan', 'hs');
    expect(f?.explanation).toMatch(/Loosely mapped: [^.]*\(shared bucket/u);
  });
  it('child-labor-only pair is medium', () => {
    const f = find('HS Code: 5701.10\nMade in Afghanistan', 'hs');
    expect(f?.severity).toBe('medium');
  });
  it('UFLPA high-priority sector with no origin is medium', () => {
    const f = find('HS 2804.61 polysilicon 9N', 'hs');
    expect(f?.severity).toBe('medium');
    expect(f?.explanation).toMatch(/no origin/u);
  });
  it('UFLPA sector with Xinjiang origin is high', () => {
    expect(find('HS 2804.61\nOrigin: Xinjiang', 'hs')?.severity).toBe('high');
  });
  it('a Xinjiang-placed HS card gives the Xinjiang verdict and advice, like the Xinjiang card', () => {
    const f = find('HS 2804.61\nOrigin: Xinjiang', 'hs');
    expect(f?.list).toBe('xinjiang-places');
    expect(f && guidanceFor(f).id).toBe('xinjiang');
    expect(f && guidanceFor(f).steps.join(' ')).not.toMatch(/risk-based approach/u);
    expect(f?.explanation).toMatch(/presumed made with forced labor/u);
  });
  it('code with no risk good is info', () => {
    expect(find('HS Code: 9403.60 wooden desk, Made in Germany', 'hs')?.severity).toBe('info');
  });
  it('region-wide order: Xinjiang tomatoes', () => {
    const f = find('Tomato paste, HS 2002.90, origin: Xinjiang', 'hs');
    expect(f?.severity).toBe('high');
    expect(f?.refs.some((r) => r.list === 'cbp-wro')).toBe(true);
  });
});

describe('rows pair their own code and origin', () => {
  it('a code is judged with the origin on its own line, not another row', () => {
    const text = 'Line\tHTS\tCOO\n1\t5701.10\tGermany\n2\t9403.60\tAfghanistan\n';
    const cells = [
      { start: text.indexOf('5701.10'), end: text.indexOf('5701.10') + 7, header: 'HTS' },
      { start: text.indexOf('Germany'), end: text.indexOf('Germany') + 7, header: 'COO' },
      { start: text.indexOf('9403.60'), end: text.indexOf('9403.60') + 7, header: 'HTS' },
      { start: text.indexOf('Afghanistan'), end: text.indexOf('Afghanistan') + 11, header: 'COO' },
    ];
    const fs = engine.scan(text, { cells });
    // Carpets (5701) are listed for Afghanistan, but this row's carpets come from Germany.
    expect(fs.find((f) => f.kind === 'hs' && f.key === '570110')?.severity).toBe('info');
    expect(fs.find((f) => f.kind === 'origin' && f.key === 'AF')?.severity).toBe('info');
  });
  it('without a partner on its line, a code takes the page origin', () => {
    expect(find('HS Code: 5701.10\nMade in Afghanistan', 'hs')?.severity).toBe('medium');
  });
});

describe('origin findings', () => {
  it('anything placed in Xinjiang is high and cites the UFLPA', () => {
    const f = find('Origin: Xinjiang', 'origin', 'CN-XJ');
    expect(f?.severity).toBe('high');
    expect(f?.explanation).toMatch(/Uyghur Forced Labor Prevention Act/u);
  });
  it('TIP Tier 3 origin with no listed good is medium', () => {
    const f = find('Made in China, wooden desk', 'origin', 'CN');
    expect(f?.severity).toBe('medium');
    expect(f?.list).toBe('tip-tiers');
  });
  it('country-wide order: Turkmenistan cotton is high and cites the WRO', () => {
    const f = find('Cotton yarn. Country of origin: Turkmenistan', 'origin', 'TM');
    expect(f?.severity).toBe('high');
    expect(f?.refs.some((r) => r.list === 'cbp-wro')).toBe(true);
  });
  it('product word + origin gives the DOL pair', () => {
    expect(find('Nitrile gloves. Made in Malaysia', 'origin', 'MY')?.severity).toBe('high');
  });
  it('an origin with no risk is info', () => {
    expect(find('Made in Germany', 'origin', 'DE')?.severity).toBe('info');
  });
});

describe('unlisted suppliers', () => {
  it('a company on no list is info with the name as found', () => {
    const f = find('Supplier: Ningbo Sunrise Garment Co., Ltd. ships fast', 'supplier');
    expect(f?.key).toBe('Ningbo Sunrise Garment Co., Ltd.');
    expect(f?.severity).toBe('info');
    expect(f?.list).toBeNull();
  });
  it('a company whose name places it in Xinjiang is high', () => {
    const f = find('Kashgar Silk Road Textile Co., Ltd.', 'supplier');
    expect(f?.severity).toBe('high');
  });
  it('a company whose address places it in Xinjiang is high', () => {
    const f = find('Ruifeng Textile Co., Ltd.\nAddress: 12 Jiefang Road, Aksu, Xinjiang', 'supplier');
    expect(f?.severity).toBe('high');
  });
  it('a county name that is also a city elsewhere does not place a company in Xinjiang', () => {
    expect(find('Yiwu Taian Furniture Co., Ltd.', 'supplier')?.severity).toBe('info');
    expect(find('Yiwu County Taian Furniture Co., Ltd.', 'supplier')?.severity).toBe('high');
  });
  it('Chinese company names are extracted', () => {
    expect(find('供应商：浙江义乌金辉针织有限公司。', 'supplier')?.key).toBe('浙江义乌金辉针织有限公司');
  });
  it('organisations from hints are screened and reported', () => {
    const fs = engine.scan('no names in the text', {
      organisations: ['Hetian Taida Apparel Co Ltd', 'Bright Star Trading Ltd'],
    });
    expect(fs.find((f) => f.key === 'Hetian Taida Apparel Co., Ltd')?.severity).toBe('critical');
    expect(fs.find((f) => f.key === 'Bright Star Trading Ltd')?.severity).toBe('info');
  });
  it('cells under a Supplier header are names', () => {
    const text = 'Supplier\nBright Star Trading\n';
    const s = text.indexOf('Bright');
    const fs = engine.scan(text, { cells: [{ start: s, end: s + 19, header: 'Supplier' }] });
    expect(fs.find((f) => f.kind === 'supplier')?.key).toBe('Bright Star Trading');
  });
});

describe('goods and origins pair within a listing, not across a results page', () => {
  const engine2 = createEngine(fixtureData([]));
  const origin = (text: string, key: string) => engine2.scan(text).filter((f) => f.kind === 'origin' && f.key === key);
  const card = (name: string, product: string, place: string) =>
    `${name}\n${product}\nPlace of origin: ${place}\nMOQ: 500 pieces\nResponse rate 96%\n`;

  it('does not raise a camera-battery supplier for cotton sold in the next listing', () => {
    const page =
      card('Shenzhen Brightpath Co., Ltd.', 'USB-C camera batteries', 'Guangdong, China') +
      card('Hanoi Riverside Garment Co., Ltd.', '100% cotton T-shirts', 'Vietnam');
    const cn = origin(page, 'CN');
    expect(cn.length).toBeGreaterThan(0);
    for (const f of cn) expect(f.explanation).not.toMatch(/Cotton|Garments|Textiles/);
  });

  it('still pairs a good and an origin in the same listing, and on a one-origin product page', () => {
    const page =
      card('Shenzhen Brightpath Co., Ltd.', 'USB-C camera batteries', 'Vietnam') +
      card('Tashkent Fibre Co., Ltd.', 'Raw cotton lint', 'Turkmenistan');
    expect(origin(page, 'TM').some((f) => f.severity === 'high')).toBe(true);
    const product = `Combed cotton yarn 32s\nSpecifications\nCount: 32s\nTwist: Z\nPacking: 25 kg bags\nDelivery: 30 days\nPayment: T/T\nPlace of origin: Turkmenistan`;
    expect(origin(product, 'TM').some((f) => f.severity === 'high')).toBe(true);
  });
});
