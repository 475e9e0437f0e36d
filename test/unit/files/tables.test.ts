// Format-independent file logic: separators, encodings, the name column, quote rows, archive
// listings (zip bombs), file kinds, and locations of findings.
import { describe, expect, it } from 'vitest';
import {
  decodeText,
  detectSeparator,
  FileReadError,
  formatWhere,
  guessNameColumn,
  nameColumn,
  readDelimited,
  readZipListing,
  scanText,
  sniffFile,
  supplierRows,
  tableLines,
  whereAt,
} from '../../../src/core';

describe('detectSeparator', () => {
  it.each([
    ['name,country\nAcme,CN\n', ','],
    ['Supplier Name;Country\r\n"Foo, Inc.";US\r\n', ';'],
    ['a\tb\n1\t2\n', '\t'],
    ['Acme Ltd\nFoo, Inc.\nBar GmbH\n', null],
    ['name\n"Acme, Inc."\n', null],
  ])('%j -> %j', (text, sep) => expect(detectSeparator(text)).toBe(sep));
});

describe('decodeText', () => {
  it('takes UTF-8 with a BOM, UTF-16 with a BOM, and Windows-1252 otherwise', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ text: 'A', encoding: 'utf-8', bom: true });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toMatchObject({ text: 'A', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]))).toMatchObject({
      text: 'Müller',
      encoding: 'windows-1252',
    });
  });
});

describe('the supplier-name column', () => {
  it.each([
    [['Vendor No', 'Supplier Name', 'Country'], 1, 'exact'],
    [['id', 'Vendor'], 1, 'exact'],
    [['Code', 'Legal entity name of supplier'], 1, 'partial'],
    [['Vendor No', 'City'], null, null],
    [['Contact name', 'Product name'], null, null],
  ])('%j', (header, index, confidence) => {
    const g = guessNameColumn(header);
    expect(g?.index ?? null).toBe(index);
    expect(g?.confidence ?? null).toBe(confidence);
  });
  it('never screens a header, and reads a bare list without one', () => {
    const withHeader = readDelimited('a.csv', 'name\n"Acme, Inc."\nFoo Ltd\n').table;
    expect(supplierRows(withHeader, nameColumn('a.csv', withHeader))).toEqual([
      { at: 2, name: 'Acme, Inc.' },
      { at: 3, name: 'Foo Ltd' },
    ]);
    const bare = readDelimited('b.txt', 'Acme Ltd\n# a comment\n\nFoo GmbH\n').table;
    expect(supplierRows(bare, nameColumn('b.txt', bare)).map((r) => r.name)).toEqual(['Acme Ltd', 'Foo GmbH']);
  });
  it('refuses a table whose name column is not clear, and takes one given by name, letter or number', () => {
    const t = readDelimited('c.csv', 'Vendor No;City\nV1;Paris\n').table;
    expect(() => nameColumn('c.csv', t)).toThrow(/no supplier-name column.*"Vendor No", "City"/);
    expect(nameColumn('c.csv', t, 'city').index).toBe(1);
    expect(nameColumn('c.csv', t, 'B').index).toBe(1);
    expect(nameColumn('c.csv', t, '2').index).toBe(1);
    expect(() => nameColumn('c.csv', t, 'Supplier')).toThrow(/no column "Supplier"/);
  });
  it('keeps exact line numbers in CSV errors', () => {
    const text = 'name;country\nA;CN\nB;CN\nC;CN\nD;CN\nE;CN\n"F;CN\n';
    expect(() => readDelimited('d.csv', text)).toThrow(/d\.csv:7.*never closed/);
  });
});

describe('quote rows', () => {
  it('gives each cell its column header and location, and maps offsets back', () => {
    const t = {
      name: 'Quote',
      cellRefs: true,
      rows: [
        { at: 1, values: ['Supplier', 'HS code', 'Origin'] },
        { at: 2, values: ['Acme Ltd', '5205.12', 'Vietnam'] },
      ],
    };
    const st = scanText(tableLines(t));
    expect(st.text).toBe('Supplier\tHS code\tOrigin\nAcme Ltd\t5205.12\tVietnam\n');
    expect(st.hints.cells).toEqual([
      { start: 24, end: 32, header: 'Supplier' },
      { start: 33, end: 40, header: 'HS code' },
      { start: 41, end: 48, header: 'Origin' },
    ]);
    expect(formatWhere(whereAt(st, st.text.indexOf('5205'))!)).toBe('Quote!B2');
    expect(formatWhere({ page: 3, line: 12 })).toBe('page 3, line 12');
  });

  it('hints only the cells of columns the engine reads, and keeps every cell in the text', () => {
    const t = {
      name: 'Quote',
      cellRefs: true,
      rows: [
        { at: 1, values: ['Supplier', 'Qty', 'Unit price', 'Country of origin'] },
        { at: 2, values: ['Acme Ltd', '200', '4.50', 'Vietnam'] },
      ],
    };
    const st = scanText(tableLines(t));
    expect(st.text).toContain('Acme Ltd\t200\t4.50\tVietnam');
    expect(st.hints.cells?.map((c) => c.header)).toEqual(['Supplier', 'Country of origin']);
  });
});

/** A ZIP holding only a central directory that declares `size` bytes for one entry. */
function zipDeclaring(name: string, size: number): Uint8Array {
  const n = new TextEncoder().encode(name);
  const cd = new Uint8Array(46 + n.length);
  const v = new DataView(cd.buffer);
  v.setUint32(0, 0x02014b50, true);
  v.setUint32(20, 1000, true);
  v.setUint32(24, size, true);
  v.setUint16(28, n.length, true);
  cd.set(n, 46);
  const head = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
  const eocd = new Uint8Array(22);
  const e = new DataView(eocd.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(10, 1, true);
  e.setUint32(12, cd.length, true);
  e.setUint32(16, head.length, true);
  const out = new Uint8Array(head.length + cd.length + eocd.length);
  out.set(head);
  out.set(cd, head.length);
  out.set(eocd, head.length + cd.length);
  return out;
}

describe('archives and file kinds', () => {
  it('refuses a zip bomb from its declared sizes, before anything is inflated', () => {
    expect(() => readZipListing('bomb.xlsx', zipDeclaring('xl/worksheets/sheet1.xml', 0xfffffff0))).toThrow(
      /possible zip bomb/,
    );
    expect(readZipListing('ok.xlsx', zipDeclaring('xl/workbook.xml', 5000)).names).toEqual(['xl/workbook.xml']);
  });
  it('tells PDF, XLSX, DOCX, HTML and text apart by their bytes, and refuses old Office files', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(sniffFile('x.bin', enc('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFile('a.zip', zipDeclaring('xl/workbook.xml', 10))).toBe('xlsx');
    expect(sniffFile('a.zip', zipDeclaring('word/document.xml', 10))).toBe('docx');
    expect(sniffFile('page', enc('<!doctype html><p>x'))).toBe('html');
    expect(sniffFile('list.csv', enc('a,b'))).toBe('delimited');
    expect(sniffFile('notes', enc('hello'))).toBe('text');
    const err = (() => {
      try {
        sniffFile('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]));
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(FileReadError);
    expect((err as FileReadError).code).toBe('old-format');
    expect(() => sniffFile('a.zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toThrow(/damaged archive/);
  });
});
