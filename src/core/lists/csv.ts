// A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.
// Lines are counted physically so errors point at the line an editor shows.
import { fail } from './parse-error';

export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  values: string[];
}

export interface CsvRow {
  line: number;
  get(column: string): string;
  /** The raw record keyed by header name. */
  record: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

const BOM = '\uFEFF';

/**
 * Split CSV text into records. Throws ListParseError on an unterminated quote or stray quote.
 * `sep` is the field separator (`,` by default; ERP exports often use `;` or a tab).
 */
export function readCsvRecords(text: string, file: string, sep = ','): CsvRecord[] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const sepCode = sep.charCodeAt(0);
  const records: CsvRecord[] = [];
  let values: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quoteStartLine = 1;
  let fieldWasQuoted = false;
  let i = 0;
  const endRecord = (): void => {
    values.push(field);
    // A blank line is not a record (common at the end of files).
    if (!(values.length === 1 && values[0] === '' && !fieldWasQuoted)) records.push({ line: recordLine, values });
    values = [];
    field = '';
    fieldWasQuoted = false;
  };
  while (i < src.length) {
    const ch = src[i];
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        const next = src[i];
        if (next !== undefined && next !== sep && next !== '\n' && next !== '\r') {
          fail(file, line, `column ${values.length + 1}`, 'unexpected character after closing quote');
        }
        continue;
      }
      // The run up to the next quote in one slice: adding char by char makes a rope per field
      // that the collector pays for (seconds on a 250,000-row list).
      let j = src.indexOf('"', i);
      if (j < 0) j = src.length;
      for (let k = i; k < j; k++) if (src.charCodeAt(k) === 10) line += 1;
      field += src.slice(i, j);
      i = j;
      continue;
    }
    if (ch === '"') {
      if (field !== '') fail(file, line, `column ${values.length + 1}`, 'quote inside an unquoted field');
      inQuotes = true;
      fieldWasQuoted = true;
      quoteStartLine = line;
      i += 1;
    } else if (ch === sep) {
      values.push(field);
      field = '';
      fieldWasQuoted = false;
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      let j = i + 1;
      for (; j < src.length; j++) {
        const c = src.charCodeAt(j);
        if (c === sepCode || c === 10 || c === 13 || c === 34) break; // separator \n \r "
      }
      field += src.slice(i, j);
      i = j;
    }
  }
  if (inQuotes) fail(file, quoteStartLine, `column ${values.length + 1}`, 'quoted field is never closed');
  if (field !== '' || values.length > 0 || fieldWasQuoted) endRecord();
  return records;
}

/**
 * Read a CSV with a header row. `required` columns must be present (checked case-sensitively
 * after trimming); every record must have as many fields as the header.
 */
export function readCsv(text: string, file: string, required: readonly string[] = []): CsvTable {
  const records = readCsvRecords(text, file);
  const first = records[0];
  if (!first) return fail(file, 0, '', 'file is empty (no header row)');
  const header = first.values.map((h) => h.trim());
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) fail(file, first.line, missing.join(', '), `missing column(s): ${missing.join(', ')}`);
  const index = new Map(header.map((h, i) => [h, i] as const));
  const rows = records.slice(1).map((rec): CsvRow => {
    if (rec.values.length !== header.length) {
      fail(file, rec.line, '', `expected ${header.length} fields, found ${rec.values.length}`);
    }
    const record: Record<string, string> = {};
    header.forEach((h, i) => {
      record[h] = rec.values[i] ?? '';
    });
    return {
      line: rec.line,
      record,
      get: (column: string): string => {
        const at = index.get(column);
        if (at === undefined) return fail(file, rec.line, column, 'no such column');
        return rec.values[at] ?? '';
      },
    };
  });
  return { header, rows };
}
