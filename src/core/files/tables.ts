// Tables of a CSV or spreadsheet, read two ways: as a supplier master (one name a row, from the
// name column) or as a quote (each row a line item whose cells keep their column header).
import { readCsvRecords } from '../lists/csv';
import { ListParseError } from '../lists/parse-error';
import type { DocLine, Table } from './document';
import { FileReadError, MAX_FILE_ROWS, tooManyRows } from './errors';
import { columnLetters, type FileWhere } from './locations';
import { guessNameColumn, headerKey, isNameHeader } from './name-column';
import { detectSeparator, separatorName } from './separator';

export interface DelimitedTable {
  table: Table;
  notes: string[];
}

/** One name a line: surrounding quotes removed, doubled quotes undone. */
function unquote(line: string): string {
  const t = line.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"').trim() : t;
}

/** Delimited text (CSV, `;`, tab, `|`, or one value a line) as a table, separator detected. */
export function readDelimited(file: string, text: string): DelimitedTable {
  const src = text.replace(/^\uFEFF/, '');
  const sep = detectSeparator(src);
  const notes = [`separator: ${separatorName(sep)}`];
  if (sep === null) {
    const rows: Table['rows'] = [];
    src.split(/\r\n|\n|\r/).forEach((l, i) => {
      const v = unquote(l);
      if (v !== '' && !v.startsWith('#')) rows.push({ at: i + 1, values: [v] });
    });
    if (rows.length > MAX_FILE_ROWS) throw tooManyRows(file);
    return { table: { name: file, rows, cellRefs: false }, notes };
  }
  let records;
  try {
    records = readCsvRecords(src, file, sep);
  } catch (e) {
    if (e instanceof ListParseError) throw new FileReadError('corrupt', e.message);
    throw e;
  }
  if (records.length > MAX_FILE_ROWS + 1) throw tooManyRows(file);
  return {
    table: { name: file, rows: records.map((r) => ({ at: r.line, values: r.values })), cellRefs: false },
    notes,
  };
}

export interface SupplierRow {
  /** Row (XLSX) or line (CSV) number in the file. */
  at: number;
  name: string;
}

export interface SupplierColumn {
  index: number;
  /** The header's text, or null when the file has no header row (one bare name a line). */
  header: string | null;
  guessed: 'exact' | 'partial' | 'given' | 'single';
}

/**
 * The column of supplier names: `column` as given (a header, a letter or a 1-based number), else
 * guessed from the header row. A one-column file needs no header; its first row is a header only
 * when it says so ("name", "Supplier"…), so a header is never screened as a supplier.
 */
export function nameColumn(file: string, table: Table, column?: string): SupplierColumn {
  const header = table.rows[0]?.values ?? [];
  if (column !== undefined && column !== '') {
    const byName = header.findIndex((h) => headerKey(h) === headerKey(column));
    if (byName >= 0) return { index: byName, header: header[byName] ?? '', guessed: 'given' };
    const n = /^\d+$/.test(column) ? Number(column) - 1 : /^[A-Za-z]{1,2}$/.test(column) ? letterIndex(column) : -1;
    if (n >= 0 && n < Math.max(header.length, 1)) return { index: n, header: header[n] ?? '', guessed: 'given' };
    throw new FileReadError(
      'no-name-column',
      `${file}: no column "${column}"; the header is: ${header.map((h) => `"${h}"`).join(', ')}`,
    );
  }
  if (header.length <= 1) {
    const first = header[0] ?? '';
    return isNameHeader(first)
      ? { index: 0, header: first, guessed: 'single' }
      : { index: 0, header: null, guessed: 'single' };
  }
  const g = guessNameColumn(header);
  if (!g)
    throw new FileReadError(
      'no-name-column',
      `${file}: no supplier-name column found; the header is: ${header
        .slice(0, 12)
        .map((h) => `"${h}"`)
        .join(', ')}. Say which column holds the names.`,
    );
  return { index: g.index, header: header[g.index] ?? '', guessed: g.confidence };
}

function letterIndex(s: string): number {
  let n = 0;
  for (const ch of s.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The supplier names of a table's column, header row left out, blank cells skipped. */
export function supplierRows(table: Table, col: SupplierColumn): SupplierRow[] {
  const rows = col.header === null ? table.rows : table.rows.slice(1);
  const out: SupplierRow[] = [];
  for (const r of rows) {
    const name = (r.values[col.index] ?? '').trim();
    if (name !== '') out.push({ at: r.at, name });
  }
  return out;
}

const cellWhere = (t: Table, at: number, col: number): FileWhere =>
  t.cellRefs ? { sheet: t.name, cell: `${columnLetters(col)}${at}` } : { line: at };

/**
 * A table as quote lines: the first row with two or more filled cells is the header; each later
 * row is a line item whose cells carry their header (Supplier, HS code, Origin…).
 */
export function tableLines(t: Table): DocLine[] {
  const headAt = t.rows.findIndex((r) => r.values.filter((v) => v.trim() !== '').length >= 2);
  const header = headAt >= 0 ? (t.rows[headAt]?.values ?? []) : [];
  return t.rows.map((r, i) => ({
    cells: r.values
      .map((v, c) => ({
        text: v.trim(),
        where: cellWhere(t, r.at, c),
        ...(i > headAt && headAt >= 0 && header[c]?.trim() ? { header: (header[c] as string).trim() } : {}),
      }))
      .filter((c) => c.text !== ''),
  }));
}
