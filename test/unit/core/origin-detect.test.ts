import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine';
import type { ScanHints } from '../../../src/core/engine/engine-api';
import { fixtureData } from './fixture-data';

const engine = createEngine(fixtureData());
const origins = (text: string, hints?: ScanHints): string[] =>
  engine
    .scan(text, hints)
    .filter((f) => f.kind === 'origin')
    .map((f) => f.key);

describe('origin contexts', () => {
  it.each([
    ['Made in China', ['CN']],
    ['Origin: Germany', ['DE']],
    ['Place of Origin\nXinjiang, China', ['CN-XJ', 'CN']],
    ['Country of origin: Viet Nam', ['VN']],
    ['Country of Origin: VIETNAM', ['VN']],
    ['产地：新疆阿克苏', ['CN-XJ', 'CN-XJ']],
    ['原产地 中国', ['CN']],
    ['Origin: CN', ['CN']],
    ['Shipper:\nAcme Co., Ltd.\n8 Road, Kashgar, China', ['CN-XJ', 'CN']],
    ['Factory address: No. 3 Road, Hotan, Xinjiang', ['CN-XJ', 'CN-XJ']],
    ['Xinjiang long staple cotton, 3A grade', ['CN-XJ']],
    ['新疆长绒棉 现货', ['CN-XJ']],
    ['Manufacturer: Aksu Huafu Textiles Co., Ltd. (Xinjiang)', ['CN-XJ']],
    ['Factory address: Yiwu County, Hami', ['CN-XJ']],
    ['产地：新疆伊吾', ['CN-XJ', 'CN-XJ']],
    // Chinese provinces and prefecture-level cities are China, not Xinjiang.
    ['Address: Yiwu, Zhejiang', ['CN']],
    ['Factory address: Mulei Road 8, Suzhou', ['CN']],
    ['Address: YanTai City, ShanDong Province, China', ['CN', 'CN', 'CN']],
    ['supplier located in 河南 许昌', ['CN', 'CN']],
    // Origins as people write them, each by its role.
    ['Disposable rubber gloves from Malaysia.', ['MY']],
    ['cotton from eastern Turkmenistan', ['TM']],
    ['gloves made by Top Glove Corporation Bhd in Malaysia, CBP said', ['MY']],
    ['disposable rubber gloves produced by WRP Asia Pacific Sdn. Bhd. (Malaysia)', ['MY']],
    ['added 37 new China-based energy companies', ['CN']],
    ['The Malaysian manufacturer said', ['MY']],
    ['the Chinese distant-water fishing fleet', ['CN']],
    ['avoiding Xinjiang-made polysilicon', ['CN-XJ']],
    ['cotton processing lines built in Aksu', ['CN-XJ']],
    ['yarn from Vietnam, Malaysia and Germany', ['VN', 'MY', 'DE']],
    ['leather from Malaysia, the US and Germany', ['MY', 'US', 'DE']],
    ['the Ligao Ningbo Factory will open', ['CN']],
  ])('%j -> %j', (text, want) => expect(origins(text)).toEqual(want));
  it('takes codes in an origin column', () => {
    const text = 'Item\tCOO\nGloves\tMY\n';
    const s = text.indexOf('MY');
    expect(origins(text, { cells: [{ start: s, end: s + 2, header: 'Country of Origin' }] })).toEqual(['MY']);
  });
});

describe('not origins', () => {
  it.each([
    ['Export markets: USA, Germany'],
    ['Main Markets: North America, Viet Nam'],
    ['Ships to: United States'],
    ['Consignee: Acme Inc, 12 Main St, Los Angeles, USA'],
    ['WASHINGTON, Aug 3 (Reuters) - China said'],
    ['We deliver to Germany and Malaysia'],
    ['China plates and porcelain for sale'],
    ['Origin: CNY 200'],
    ['a CN code in prose'],
    ['Jordan shoes in stock'],
    ['Aral sea documentary'],
    ['We export to Vietnam and Thailand'],
    ['Goods are prohibited from entering the United States'],
    ['The United States Court of International Trade ruled on Friday'],
    ['A statement from the Chinese Communist Party'],
    ['The crew, many of whom are from Indonesia, were unpaid'],
    ['Reporting by our Kashgar correspondent'],
    ['A Sino-US joint venture'],
  ])('%j', (text) => expect(origins(text)).toEqual([]));
  it('a destination column is not an origin', () => {
    const text = 'Dest\nGermany\n';
    const s = text.indexOf('Germany');
    expect(origins(text, { cells: [{ start: s, end: s + 7, header: 'Destination' }] })).toEqual([]);
  });
});
