// Fuzz: the CSV reader under every list parser.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv, readCsvRecords } from '../../../src/core/lists/csv';
import { anyText, expectLinear, fuzzOptions, mutated, onlyListParseError, repeatRows, sample } from './fuzz-helpers';

const FILE = 'fuzz.csv';
const quote = (v: string): string => `"${v.replace(/"/g, '""')}"`;
const needsQuotes = (v: string): boolean => /[",\r\n]/.test(v) || v === '' || v.startsWith('\uFEFF');

describe('readCsvRecords / readCsv (fuzz)', () => {
  it('arbitrary text: returns records or throws ListParseError, nothing else', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        onlyListParseError(() => readCsvRecords(text, FILE), FILE);
        onlyListParseError(() => readCsv(text, FILE, ['a']), FILE);
      }),
      fuzzOptions(300),
    );
  });

  it('mutated real samples: returns records or throws ListParseError', () => {
    const s = sample('cbp-sample.csv');
    fc.assert(
      fc.property(mutated(s.text), (text) => {
        const recs = onlyListParseError(() => readCsvRecords(text, FILE), FILE) as
          ReturnType<typeof readCsvRecords> | undefined;
        // Line numbers point into the file and never go backwards.
        if (recs) recs.forEach((r, i) => expect(r.line).toBeGreaterThanOrEqual(i === 0 ? 1 : (recs[i - 1]?.line ?? 1)));
      }),
      fuzzOptions(),
    );
  });

  it('round-trip: any table written as RFC 4180 (quoted where needed, LF or CRLF) reads back equal', () => {
    const cell = fc.string({ maxLength: 20 });
    const table = fc
      .integer({ min: 1, max: 6 })
      .chain((cols) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 20 }));
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean(), (rows, eol, quoteAll, trailing) => {
        const text =
          rows.map((r) => r.map((v) => (quoteAll || needsQuotes(v) ? quote(v) : v)).join(',')).join(eol) +
          (trailing ? eol : '');
        expect(readCsvRecords(text, FILE).map((r) => r.values)).toEqual(rows);
      }),
      fuzzOptions(300),
    );
  });

  it('a real sample re-written with every field quoted reads back equal', () => {
    for (const name of ['cbp-sample.csv', 'hs-risk-sample.csv', 'uflpa-zh-sample.csv', 'xinjiang-sample.csv']) {
      const recs = readCsvRecords(sample(name).text, name);
      const again = readCsvRecords(recs.map((r) => r.values.map(quote).join(',')).join('\r\n'), name);
      expect(again.map((r) => r.values)).toEqual(recs.map((r) => r.values));
    }
  });

  it('time grows linearly with size (many rows, one huge quoted field, many columns)', () => {
    expectLinear(
      (t) => readCsv(t, FILE),
      (n) => repeatRows('a,b,c\n', (i) => `${i},"x, ""y""\nz",last\n`, n),
    );
    expectLinear(
      (t) => readCsvRecords(t, FILE),
      (n) => `"${'ab""\n,'.repeat(n / 6)}"\n`,
    );
    expectLinear(
      (t) => readCsv(t, FILE),
      (n) => `${repeatRows('', (i) => `c${i},`, n)}last\n1\n`,
    );
  });
});
