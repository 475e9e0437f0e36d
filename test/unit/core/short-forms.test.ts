// Listed names in the short forms people write them in (src/core/names/short-forms.ts), and the
// look-alikes that must stay unmatched.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine';
import { nameVariants } from '../../../src/core/names/name-variants';
import { shortForms } from '../../../src/core/names/short-forms';
import { fixtureData, watchList } from './fixture-data';
import { listedSuppliers } from './listed-suppliers';

const forms = (name: string) =>
  nameVariants(name).flatMap((v) => shortForms(name, v).map((s) => [s.kind, s.variant.tokens.join(' ')]));

describe('short forms of one listed name', () => {
  it('drops a generic last word, keeps a distinctive one', () => {
    expect(forms('Jiangsu Meike Solar Technology Co., Ltd.')).toContainEqual([
      'generic-dropped',
      'jiangsu meike solar',
    ]);
    expect(forms('Xinjiang Daqo Science and Technology Co., Ltd.')).toContainEqual([
      'generic-dropped',
      'xinjiang daqo',
    ]);
  });
  it('never leaves only generic words or a place', () => {
    expect(forms('Xinjiang Textile Industry Co., Ltd.').map((f) => f[0])).not.toContain('generic-dropped');
    expect(forms('Hetian Trading Group Co., Ltd.').map((f) => f[0])).not.toContain('generic-dropped');
    // No legal form listed: the generic word may be the name itself.
    expect(forms('Meike Solar Technology').map((f) => f[0])).not.toContain('generic-dropped');
  });
  it('runs "Co" into the last word only when the list has Co after it', () => {
    expect(forms('Lop County Meixin Hair Products Co., Ltd.')).toContainEqual([
      'form-joined',
      'lop county meixin hair productsco',
    ]);
    expect(forms('Lop County Hair Product Industrial Park').map((f) => f[0])).not.toContain('form-joined');
  });
  it('finds the word before "Co" or "Company" whatever its case and spacing', () => {
    const joined = (name: string): boolean => forms(name).some((f) => f[0] === 'form-joined');
    expect(joined('Meixin Hair Products COMPANY LIMITED')).toBe(true);
    expect(joined('MEIXIN HAIR PRODUCTS co., ltd.')).toBe(true);
    expect(joined('Meixin Hair Products\u00a0Co.,Ltd')).toBe(true);
    expect(joined('Meixin Hair Products \t Co Ltd')).toBe(true);
    // The last word's second time in the name is the one before "Co".
    expect(joined('Products Meixin Hair Products Co., Ltd.')).toBe(true);
    // An earlier "Co" after another word does not end the search.
    expect(joined('Jiangsu Co-op Meixin Hair Products Co., Ltd.')).toBe(true);
    expect(joined('Meixin Hair Products-Co., Ltd.')).toBe(false);
    // "Co" running on into a word ("Corp"), or no space before it, is no "Co".
    expect(joined('Meixin Hair Products Corp')).toBe(false);
    expect(joined('Meixin Hair Products Cooperative Ltd')).toBe(false);
  });
  it('city + brand only from a place and a distinctive word', () => {
    expect(forms('Baotou Meike Silicon Energy Co., Ltd.')).toContainEqual(['place-brand', 'baotou meike']);
    expect(forms('Xinjiang Textile Dyeing Co., Ltd.').map((f) => f[0])).not.toContain('place-brand');
    expect(forms('Meike Silicon Energy Co., Ltd.').map((f) => f[0])).not.toContain('place-brand');
  });
});

describe('on a page', () => {
  // Invented names, so the fixture's own lists (which hold the real Meike firms) stay out of it.
  const engine = createEngine(
    fixtureData([
      watchList(
        [
          { name: 'Jiangsu Qiantao Solar Technology Co., Ltd.', severity: 'high' },
          { name: 'Baotou Qiantao Silicon Energy Co., Ltd.', severity: 'high' },
          { name: 'Lop County Wenxin Hair Products Co., Ltd.', severity: 'high' },
          { name: 'Yili Zhuowan Garment Manufacturing and Trading Co., Ltd.', severity: 'high' },
        ],
        'custom:short',
      ),
    ]),
  );
  const found = (text: string): [string, string][] =>
    engine
      .scan(text)
      .filter((f) => f.kind === 'supplier' && f.list === 'custom:short')
      .map((f) => [f.key, f.severity]);

  it.each([
    ['Jiangsu Qiantao Solar Co. was added to the list.', 'Jiangsu Qiantao Solar Technology Co., Ltd.', 'high'],
    ['Shipped by Lop County Wenxin Hair ProductsCo Ltd. in May', 'Lop County Wenxin Hair Products Co., Ltd.', 'high'],
    [
      'Yili Zhuowan Garment Manufacturing Trading Co., Ltd. ships',
      'Yili Zhuowan Garment Manufacturing and Trading Co., Ltd.',
      'high',
    ],
    [
      'Yili Zhuowan Garment Manufacturing & Trading Co., Ltd. ships',
      'Yili Zhuowan Garment Manufacturing and Trading Co., Ltd.',
      'high',
    ],
    // A town and brand alone is how the press shortens a name, and how another firm is named.
    ['its subsidiary Baotou Qiantao were added', 'Baotou Qiantao Silicon Energy Co., Ltd.', 'low'],
  ])('%j is %s (%s)', (text, key, severity) => expect(found(text)).toEqual([[key, severity]]));

  it.each([
    // The generic word dropped with no legal form on the page: "Jiangsu Qiantao Solar" is a phrase.
    ['Jiangsu Qiantao Solar panels for sale'],
    // A town and brand that go on into another name.
    ['Baotou Qiantao Glass Works supplies frames'],
    ['Baotou Qiantao Glass Co., Ltd. supplies frames'],
    // Common words alone, a look-alike brand, a place alone.
    ['Solar Technology Co., Ltd. and Silicon Energy Co., Ltd.'],
    // A typo on top of a short form.
    ['Jiangsu Qiantau Solar Co. makes panels'],
    ['Baotou is a city in Inner Mongolia.'],
  ])('%j names no listed party', (text) => expect(found(text)).toEqual([]));
});

describe('on the bundled lists', async () => {
  const { loadBundledRiskData } = await import('../../../src/cli/bundled');
  const engine = createEngine(loadBundledRiskData());
  const found = (text: string) => listedSuppliers(engine, text);
  it.each([
    ['Jiangsu Meike Solar Co. – a wafer maker', 'Jiangsu Meike Solar Technology Co., Ltd.', 'critical'],
    ['Supplier: Hoshine Silicon Co., Ltd.', 'Hoshine Silicon Industry Co. Ltd. and Subsidiaries', 'critical'],
    ['Lop County Meixin Hair ProductCo Ltd.', 'Lop County Meixin Hair Products Co., Ltd.', 'critical'],
    ['its subsidiary Baotou Meike were added', 'Baotou Meike Silicon Energy Co., Ltd.', 'low'],
  ])('%j is %s (%s)', (text, key, severity) => expect(found(text)).toContainEqual([key, severity]));
});
