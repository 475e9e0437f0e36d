import { describe, expect, it } from 'vitest';
import { legalForms, stripForms } from '../../../src/core/names/legal-forms';
import { RIGOUR_FORMS } from '../../../src/core/names/legal-forms-data';
import { nameVariants } from '../../../src/core/names/name-variants';
import { tokenize } from '../../../src/core/text/normalize';
import { tokenStrings } from '../../../src/core/text/split-name';

const core = (name: string): string => {
  const toks = tokenStrings(name);
  const { from, to } = stripForms(toks);
  return toks.slice(from, to).join(' ');
};

describe('the generated forms', () => {
  it('are stored folded, their words joined by one space (the table splits them without folding)', () => {
    const forms = RIGOUR_FORMS.split('|');
    expect(forms.length).toBeGreaterThan(1000);
    const differ = forms.filter((f) => tokenStrings(f).join('\u0000') !== f.split(' ').join('\u0000'));
    expect(differ).toEqual([]);
  });
});

describe('stripForms', () => {
  it.each([
    ['Hetian Taida Apparel Co., Ltd.', 'hetian taida apparel'],
    ['Hetian Taida Apparel Co.,Ltd', 'hetian taida apparel'],
    ['HETIAN TAIDA APPAREL CO LTD', 'hetian taida apparel'],
    ['Hetian Taida Apparel Company Limited', 'hetian taida apparel'],
    ['Acme LLC', 'acme'],
    ['Siemens GmbH', 'siemens'],
    ['Agropecuarios Tom S.A. de C.V.', 'agropecuarios tom'],
    ['Top Glove Sdn. Bhd.', 'top glove'],
    ['PT Astra International Tbk', 'astra international'],
    ['Gazprom JSC', 'gazprom'],
    ['新疆中泰化学股份有限公司', '新 疆 中 泰 化 学'],
    ['和田浩林发饰有限公司', '和 田 浩 林 发 饰'],
    ['阿克苏华孚纺织有限责任公司', '阿 克 苏 华 孚 纺 织'],
    ['Xinjiang Zhongtai Group Co., Ltd', 'xinjiang zhongtai group'], // "Group" stays: it tells the group from its subsidiaries
    ['Bowne Global Solutions II, Inc.', 'bowne global solutions ii'],
  ])('%j -> %j', (name, out) => expect(core(name)).toBe(out));
  it('never strips a whole name', () => {
    expect(core('Limited')).toBe('limited');
    expect(core('Co., Ltd.')).toBe('co');
  });
});

describe('legal forms in page text', () => {
  const consumed = (s: string, at = 0): number => legalForms().consume(tokenize(s), at);
  it.each([
    ['Co., Ltd.', 2],
    ['CO.,LTD', 2],
    ['Company Limited', 2],
    ['S.A. de C.V.', 5],
    ['Sdn. Bhd.', 2],
    ['GmbH & Co. KG', 4],
    ['Pvt. Ltd.', 2],
    ['有限公司', 4],
    ['股份有限公司', 6],
  ])('%j consumes %i tokens', (s, n) => expect(consumed(s)).toBe(n));
  it.each([['as'], ['is'], ['company'], ['公司'], ['co'], ['sa']])('%j alone in lower case is not a form', (s) =>
    expect(consumed(s)).toBe(0),
  );
  it('capitalised short forms count', () => {
    expect(consumed('AS')).toBe(1);
    expect(consumed('Co')).toBe(1);
  });
});

describe('nameVariants', () => {
  it('drops a bracketed qualifier as a second variant', () => {
    const v = nameVariants('Xinjiang East Hope Nonferrous Metals Co. Ltd. (Shanshan)').map((x) => x.tokens.join(' '));
    expect(v).toContain('xinjiang east hope nonferrous metals');
  });
  it('takes a bracketed acronym as its own name', () => {
    const v = nameVariants('Xinjiang Production and Construction Corps (XPCC)');
    expect(v.some((x) => x.acronym && x.tokens.join(' ') === 'xpcc')).toBe(true);
  });
  it('folds place spellings', () => {
    expect(nameVariants('Hotan Haolin Hair Accessories')[0]?.tokens[0]).toBe('hetian');
  });
});

describe('look-alike folding does not create Latin legal forms', () => {
  it.each([['FOB Ho Chi Minh'], ['Acme PO']])('%s keeps its last word', (name) => {
    expect(core(name)).toBe(tokenStrings(name).join(' '));
  });

  it('still strips a Cyrillic legal form written in Cyrillic', () => {
    expect(core('Ромашка ООО')).toBe(tokenStrings('Ромашка').join(' '));
  });
});
