import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine';
import { screenKey } from '../../../src/core/screen/screen-key';
import { fixtureData, watchList } from './fixture-data';

const engine = createEngine(
  fixtureData([
    watchList([
      { name: 'Deutsche Bank AG' },
      { name: 'Bank of China (Hong Kong) Limited' },
      { name: 'Toyota Motor Corporation' },
      { name: 'Siemens AG' },
    ]),
  ]),
);
const names = (q: string): string[] => engine.screen(q).map((m) => m.name);

describe('screen', () => {
  it.each([
    ['Hetian Taida Apparel Co Ltd', 'Hetian Taida Apparel Co., Ltd'],
    ['HOTAN HAOLIN HAIR ACCESSORIES', 'Hetian Haolin Hair Accessories Co. Ltd.'],
    ['Deutsche Bank Aktiengesellschaft', 'Deutsche Bank AG'],
    ['Deutsche Bank', 'Deutsche Bank AG'],
    ['SiemensAG', 'Siemens AG'],
    ['Tayota Motor Corp', 'Toyota Motor Corporation'],
    ['Bank of China Limited', 'Bank of China (Hong Kong) Limited'],
    ['新疆中泰化學股份有限公司', 'Xinjiang Zhongtai Chemical Co. Ltd.'],
  ])('%j finds %j', (q, want) => expect(names(q)).toContain(want));
  it.each([
    ['Deutsche Bank GmbH', 'Deutsche Bank AG'],
    ['Deutsche Bank Trust Company', 'Deutsche Bank AG'],
    ['Bank of China (Singapore) Limited', 'Bank of China (Hong Kong) Limited'],
    ['Shenzhen Meike Digital Technology Co., Ltd.', 'Jiangsu Meike Solar Technology Co., Ltd.'],
  ])('%j does not find %j', (q, no) => expect(names(q)).not.toContain(no));
  it('keeps a word that names an object property ("constructor") as the word', () => {
    expect(screenKey('Beijing Constructor Engineering Co., Ltd.').tokens).toEqual([
      'beijing',
      'constructor',
      'engineering',
    ]);
    expect(screenKey('Twenty One Trading Co').tokens[0]).toBe('21');
    const e = createEngine(fixtureData([watchList([{ name: 'Beijing Constructor Engineering Co., Ltd.' }])]));
    expect(e.screen('Beijing Constructer Engineering Co Ltd').map((m) => m.name)).toEqual([
      'Beijing Constructor Engineering Co., Ltd.',
    ]);
  });
  it('one letter off in a short word is a possible match only when the rest is identical', () => {
    const e = createEngine(fixtureData([watchList([{ name: 'CVS Health Corporation' }, { name: 'BP p.l.c.' }])]));
    expect(e.screen('CVC Health Corporation').map((m) => [m.name, m.score])).toEqual([
      ['CVS Health Corporation', 0.72],
    ]);
    expect(e.screen('BD p.l.c.')).toEqual([]);
    expect(e.screen('CVC Wealth Corporation')).toEqual([]);
  });
  it('two letters off in one mid-length word that keeps its first letter: a possible match', () => {
    const e = createEngine(
      fixtureData([
        watchList([
          { name: 'China Baowu Steel Group Corporation Limited' },
          { name: 'The Cigna Group' },
          { name: 'General Motors Company' },
        ]),
      ]),
    );
    expect(e.screen('China Baowei Steel Group Corporation Limited').map((m) => [m.name, m.score, m.why])).toEqual([
      ['China Baowu Steel Group Corporation Limited', 0.7, 'two letters differ in one word'],
    ]);
    expect(e.screen('General Mortars Company').map((m) => m.name)).toEqual(['General Motors Company']);
    expect(e.screen('The Sigma Group')).toEqual([]); // another first letter: another name
    expect(e.screen('China Baowei Steal Group Corporation Limited')).toEqual([]); // two words off
    expect(e.screen('Mortars')).toEqual([]); // one word alone is too little to go on
  });
  it('an acronym in capitals, maybe with a country, is a possible match for names with those initials', () => {
    const e = createEngine(
      fixtureData([watchList([{ name: 'People’s Liberation Army' }, { name: 'Bank of Ping An' }])]),
    );
    expect(e.screen('PLA').map((m) => [m.name, m.score, m.why])).toEqual([
      ['People’s Liberation Army', 0.65, 'acronym of the listed name'],
    ]);
    expect(e.screen('PLA China').map((m) => m.name)).toEqual(['People’s Liberation Army']);
    expect(e.screen('pla')).toEqual([]); // written in lower case it is a word, not an acronym
    expect(e.screen('PLA Holdings')).toEqual([]); // more than the acronym: another name
    expect(e.screen('BPA').map((m) => m.name)).toEqual(['Bank of Ping An']); // "of" has no initial
    expect(e.screen('BOPA')).toEqual([]);
  });
  it('same words in another order', () => {
    const e = createEngine(fixtureData([watchList([{ name: 'First International Bank' }])]));
    expect(e.screen('First Bank International').map((m) => m.name)).toEqual(['First International Bank']);
    const abc = createEngine(fixtureData([watchList([{ name: 'A.B.C. Company' }])]));
    expect(abc.screen('C.B.A. Company')).toEqual([]); // initials in another order are another name
  });
  it('slash-separated alternatives in a listed name are screened one by one', () => {
    const e = createEngine(
      fixtureData([watchList([{ name: "Al-Qa'ida/Islamic Army" }, { name: 'Mendez Denmark A/S' }])]),
    );
    expect(e.screen('Al Qaeda').map((m) => m.name)).toEqual(["Al-Qa'ida/Islamic Army"]);
    expect(e.screen('Mendez Denmark A/S').map((m) => m.name)).toEqual(['Mendez Denmark A/S']);
  });
  it('two typos are a weaker match than one', () => {
    const two = engine.screen('Hetian Taeda Aparel Co').find((m) => m.entryId === 'hetian-taida');
    const one = engine.screen('Hetian Taida Aparel Co').find((m) => m.entryId === 'hetian-taida');
    expect(two?.score ?? 0).toBeLessThan(one?.score ?? 0);
    expect(two?.score ?? 1).toBeLessThan(0.9);
  });
  it('returns the primary name, list, entry id, score and why', () => {
    const [m] = engine.screen('Hetian Taida Apparel Co Ltd');
    expect(m).toMatchObject({
      name: 'Hetian Taida Apparel Co., Ltd',
      list: 'uflpa',
      entryId: 'hetian-taida',
      score: 1,
    });
    expect(typeof m?.why).toBe('string');
  });
});
