import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine';
import { isPinyin, pinyinRun } from '../../../src/core/names/pinyin-names';
import { fixtureData, watchList } from './fixture-data';

describe('pinyin words of listed names', () => {
  it.each([
    ['haolin', true],
    ['zhongtai', true],
    ['xian', true],
    ['hetian', true],
    ['hair', false],
    ['lop', false],
    ['accessories', false],
  ])('%s is pinyin: %s', (w, want) => expect(isPinyin(w)).toBe(want));

  it('takes the leading pinyin words, places folded to pinyin, and stops at the first English word', () => {
    expect(pinyinRun('Hetian Haolin Hair Accessories Co. Ltd.')).toEqual({
      run: 'hetianhaolin',
      words: 'hetian haolin',
    });
    expect(pinyinRun('Hotan Haolin Hair Accessories')).toEqual({ run: 'hetianhaolin', words: 'hetian haolin' });
    expect(pinyinRun('Lop County Hair Product Industrial Park')).toBeUndefined();
    expect(pinyinRun('新疆中泰化学股份有限公司')).toBeUndefined();
  });
});

describe('Chinese company names on a page against listed pinyin names', () => {
  const engine = createEngine(
    fixtureData([
      watchList([{ name: 'Shenzhen Huayang Electronics Co., Ltd.' }, { name: 'Huayin Trading Co., Ltd.' }]),
    ]),
  );
  const suppliers = (text: string) => engine.scan(text).filter((f) => f.kind === 'supplier');

  it('a Xinjiang name that reads like a UFLPA entity: a possible match, kept at the Xinjiang level', () => {
    const [f, ...rest] = suppliers('供应商：和田浩林发制品有限公司');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      key: 'Hetian Haolin Hair Accessories Co. Ltd.',
      list: 'uflpa',
      severity: 'high',
      text: '和田浩林发制品有限公司',
    });
    // One verdict: the Xinjiang placement first, the possible listing as a lead; never "on no list".
    expect(f?.explanation).toMatch(
      /^"和田浩林发制品有限公司": its name places it in Xinjiang \("和田"\)\. Under the UFLPA/,
    );
    expect(f?.explanation).toMatch(
      /It may also be a listed entity \(Chinese name read in pinyin: "和田浩林" reads "hetian haolin"; needs review\)/,
    );
    expect(f?.explanation).not.toMatch(/on no list/);
  });

  it('elsewhere a possible match needs review (low)', () => {
    const [f] = suppliers('工厂：深圳华阳电子有限公司');
    expect(f).toMatchObject({ key: 'Shenzhen Huayang Electronics Co., Ltd.', list: 'custom:mine', severity: 'low' });
  });

  it('another name stays unlisted; two characters alike are too few', () => {
    expect(suppliers('供应商：和田宁静发制品有限公司').map((f) => [f.key, f.list, f.severity])).toEqual([
      ['和田宁静发制品有限公司', 'xinjiang-places', 'high'],
    ]);
    expect(suppliers('工厂：华银电子有限公司').map((f) => [f.key, f.severity])).toEqual([['华银电子有限公司', 'info']]);
  });

  it('the look-up screens a Chinese name the same way', () => {
    expect(engine.screen('和田浩林发制品有限公司').map((m) => [m.name, m.score])).toEqual([
      ['Hetian Haolin Hair Accessories Co. Ltd.', 0.75],
    ]);
    expect(engine.screen('和田宁静发制品有限公司')).toEqual([]);
  });
});
