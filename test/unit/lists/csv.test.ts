import { describe, expect, it } from 'vitest';
import { readCsv, readCsvRecords } from '../../../src/core/lists/csv';
import { ListParseError } from '../../../src/core/lists/parse-error';

describe('readCsvRecords (RFC 4180)', () => {
  it('reads quoted commas, doubled quotes and line breaks inside quotes', () => {
    const recs = readCsvRecords('a,b\r\n"x, y","say ""hi"""\n"multi\nline",z\n', 't.csv');
    expect(recs.map((r) => r.values)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['multi\nline', 'z'],
    ]);
    // The third record starts on physical line 3 even though the second spans one line only.
    expect(recs.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it('counts physical lines after a multi-line field', () => {
    const recs = readCsvRecords('h\n"a\nb\nc"\nnext\n', 't.csv');
    expect(recs[2]).toEqual({ line: 5, values: ['next'] });
  });

  it('strips a byte-order mark and ignores blank lines', () => {
    const recs = readCsvRecords('\uFEFFa,b\n\n1,2\n', 't.csv');
    expect(recs.map((r) => r.values)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps empty trailing fields', () => {
    expect(readCsvRecords('a,,\n', 't.csv')[0]?.values).toEqual(['a', '', '']);
  });

  it('names file and line of an unterminated quote', () => {
    expect(() => readCsvRecords('a\n"open\nstill', 'bad.csv')).toThrow(
      /bad\.csv:2 \[column 1\]: quoted field is never closed/,
    );
  });

  it('rejects text after a closing quote', () => {
    expect(() => readCsvRecords('"a"b,c', 'bad.csv')).toThrow(ListParseError);
  });
});

describe('readCsv', () => {
  it('reports missing columns by name', () => {
    expect(() => readCsv('name,country\nx,CN\n', 'l.csv', ['name', 'severity'])).toThrow(
      /l\.csv:1 \[severity\]: missing column/,
    );
  });

  it('reports a row with the wrong number of fields with its line', () => {
    expect(() => readCsv('a,b\n1,2\n3\n', 'l.csv')).toThrow(/l\.csv:3.*expected 2 fields, found 1/);
  });

  it('gives access by column name', () => {
    const t = readCsv(' a ,b\n1,2\n', 'l.csv', ['a']);
    expect(t.rows[0]?.get('a')).toBe('1');
    expect(t.rows[0]?.record).toEqual({ a: '1', b: '2' });
  });

  it('refuses an empty file', () => {
    expect(() => readCsv('', 'empty.csv')).toThrow(/empty/);
  });
});
