import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertListFile, countryResolver, guessListMapping, parseCustomList } from '../../../src/core';
import type { CountryEntry } from '../../../src/core';

const countries = (JSON.parse(readFileSync('public/data/countries.json', 'utf8')) as { entries: CountryEntry[] })
  .entries;

describe('ERP list files', () => {
  it('guesses the columns an ERP calls otherwise and ignores the rest', () => {
    expect(guessListMapping(['Vendor', 'Land', 'Risk', 'Spend'], 'watch')).toEqual({
      Vendor: 'name',
      Land: 'country',
      Risk: 'severity',
      Spend: '',
    });
    // A watch list has no cleared-by columns to fill.
    expect(guessListMapping(['name', 'Approved by'], 'watch')['Approved by']).toBe('');
  });
  it('converts `;`, BOM, CRLF, country names and US dates, saying what it assumed', () => {
    const text = '\uFEFFSupplier Name;Country;Cleared On;Extra\r\nAcme Ltd;China;12/03/2026;x\r\n';
    const r = convertListFile(text, 'cleared', { country: countryResolver(countries) });
    expect(r.text).toBe('name,country,cleared_on\nAcme Ltd,CN,2026-12-03\n');
    expect(r.assumed).toEqual([
      'a byte-order mark (BOM) at the start was removed',
      'fields are separated by semicolons',
      'Windows line ends',
      'column "Supplier Name" is the supplier name',
      'ignored column(s): "Extra"',
      'country names read as codes: China → CN',
      '1 date(s) such as 12/03/2026 read as US month/day/year (December 3)',
    ]);
    expect(parseCustomList('erp.csv', r.text, 'cleared').ok).toBe(true);
  });
  it('leaves what it cannot read for the importer to refuse with its line', () => {
    const r = convertListFile('Vendor;Country\nAcme;Atlantis\n', 'watch', { country: countryResolver(countries) });
    const p = parseCustomList('erp.csv', r.text, 'watch');
    expect(p.ok).toBe(false);
    expect(!p.ok && p.errors[0]).toMatchObject({ line: 2, field: 'country' });
    expect(r.assumed).toContain('no severity column: every row is "medium"');
  });
});
