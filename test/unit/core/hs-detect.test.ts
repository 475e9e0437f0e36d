import { describe, expect, it } from 'vitest';
import { detectHs } from '../../../src/core/detect/hs-detect';
import { tokenize } from '../../../src/core/text/normalize';

const CODES = new Set([
  '6109',
  '610910',
  '610990',
  '2804',
  '280461',
  '8541',
  '854143',
  '5205',
  '520511',
  '5209',
  '520932',
  '2002',
  '200290',
  '9403',
  '940360',
  '0702',
  '070200',
]);
const table = { has: (c: string) => CODES.has(c) };
// Every case runs twice: reading the text alone, and led by its tokens as the engine does.
const keys = (s: string, hints?: Parameters<typeof detectHs>[2]): string[] => {
  const alone = detectHs(s, table, hints);
  expect(detectHs(s, table, hints, tokenize(s))).toEqual(alone);
  return alone.map((h) => h.digits);
};

describe('HS/HTS formats', () => {
  it.each([
    ['6109.10', ['610910']],
    ['6109.10.0012', ['6109100012']],
    ['6109.10.00.12', ['6109100012']],
    ['HS 610910', ['610910']],
    ['HS Code: 610910', ['610910']],
    ['HS 6109', ['6109']],
    ['HTS: 8541.40.6020', ['8541406020']],
    ['HTSUS 8541.43.0010', ['8541430010']],
    ['海关编码 2804.61', ['280461']],
    ['海关编码：280461', ['280461']],
    ['H.S. code 0702.00', ['070200']],
    ['Tariff code 5205.11', ['520511']],
    ['HS codes 6109.10, 6109.90 and 2804.61', ['610910', '610990', '280461']],
    ['Customs code: 9403.60.8081', ['9403608081']],
    // Two digit runs in one word (an apostrophe keeps it whole): both are read.
    ["HS 2804'6109.10", ['2804', '610910']],
  ])('%j', (s, want) => expect(keys(s)).toEqual(want));
  it('takes bare codes in an HS column', () => {
    const s = 'Item\tHTS Code\nShirt\t6109100012\n';
    const start = s.indexOf('6109');
    expect(keys(s, { cells: [{ start, end: start + 10, header: 'HTS Code' }] })).toEqual(['6109100012']);
  });
  it('gives the offsets of the code as written', () => {
    const s = 'see HTS: 8541.43.00 now';
    const [h] = detectHs(s, table);
    expect(s.slice(h?.start, h?.end)).toBe('8541.43.00');
  });
});

describe('decoys are never codes', () => {
  it.each([
    ['bare digits without context', '610910'],
    ['price with currency', 'Price: $6109.10'],
    ['price with currency code', 'USD 6109.10 per lot'],
    ['amount with thousands separator', 'Total 1,234.56'],
    ['amount in words', 'Amount 2804.61 paid'],
    ['phone number', 'Tel: +86 0755 6109 1000'],
    ['phone with dots', 'fax 216.555.0199'],
    ['date', '2024.06.12'],
    ['ISO date', '2023-06-10'],
    ['SKU', 'SKU 610910'],
    ['order number', 'Order No. 6109.10'],
    ['invoice number', 'Invoice #6109.10'],
    ['bank account', 'Acct 6109100012'],
    ['IBAN-like', 'DE89 3704 0044 0532 0130 00'],
    ['quantity with unit', '6109.10 pcs'],
    ['weight', '2804.61 kg'],
    ['model number glued to letters', 'v6109.10 and KM6109.10'],
    ['part number', 'Part No. 8541.43'],
    ['unknown subheading', '9999.99'],
    ['catalog page', 'Catalog page 6109'],
    ['version string', '6109.10.3.1'],
    ['percent', '6109.10%'],
  ])('%s', (_label, s) => expect(keys(s)).toEqual([]));
});

describe('a code at the end of its line', () => {
  it('is not read as a quantity because the next line starts with a unit-like letter', () => {
    // "Made in" on the next line once looked like "m" (metres) after the code.
    const codes = detectHs('Raw cotton yarn 20s, HS 5205.12\n\n      \nMade in\nTurkmenistan', { has: () => true });
    expect(codes.map((c) => c.digits)).toEqual(['520512']);
  });
});

describe('codes in real layouts', () => {
  it.each([
    ['HS codes:\n- 6109 - T-shirts, singlets\n5205: Cotton yarn', ['6109', '5205']],
    ['Classification: Harmonised System (HS)\nItem: 2804 - Hydrogen, rare gases', ['2804']],
    ['H.S.CODE   DESCRIPTION\n61.09 T-shirts\n6109.1000.00 Of cotton', ['6109', '6109100000']],
    ['For the purposes of subheading No. 61.09.10, "cotton" means', ['610910']],
    ['Medicaments of heading No. 52.05 or 52.09; or', ['5205', '5209']],
    ['HTS: 6109100012Men cotton tees', ['6109100012']],
    ['codes 6109.10,5205.11', ['610910', '520511']],
    ['covered by codes 2804 and 8541', ['2804', '8541']],
  ])('%j -> %j', (text, want) => expect(keys(text)).toEqual(want));
  it.each([
    ['Zip code 6109, area code 5205'],
    ['Price 61.09 USD, 52.05 each'],
    ['Totals 1,250.00 and 12,500.00'],
    ['ISO 9001 certified, model 6109, grade 5205, suite 2804'],
    ['Meeting at 10.30 Room 2'],
  ])('%j has no code', (text) => expect(keys(text)).toEqual([]));
});
