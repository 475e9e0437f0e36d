// A file read into what the engine understands: lines of text (PDF, DOCX, plain text) or tables
// (CSV, XLSX). Quote lines keep their cells, so a line item's goods, code and origin are scanned
// as one row, each cell under its column header as a table on a web page would be.
import type { ScanHints } from '../engine/engine-api';
import type { FileWhere } from './locations';
import { headerRead } from '../text/cell-headers';

export type FileFormat = 'pdf' | 'xlsx' | 'docx' | 'csv' | 'text' | 'html';

export interface DocCell {
  text: string;
  where: FileWhere;
  /** The column header above this cell, when the line is a table row. */
  header?: string;
}

export interface DocLine {
  /** A line of a page, or a row of a table given as cells. */
  cells: DocCell[];
}

export interface Table {
  /** Sheet name (XLSX) or the file name (CSV). */
  name: string;
  /** Rows as read, first row first; each with its 1-based row (XLSX) or line (CSV) number. */
  rows: { at: number; values: string[] }[];
  /** Spreadsheet cells are cited as Sheet!B7; CSV fields by their line. */
  cellRefs: boolean;
}

export interface ReadDocument {
  format: FileFormat;
  /** Text lines of a document (PDF, DOCX, text, HTML). */
  lines: DocLine[];
  /** Tables of a spreadsheet or CSV. */
  tables: Table[];
  /** What the reader assumed (encoding, separator, header row), shown to the user. */
  notes: string[];
}

export interface ScanText {
  text: string;
  hints: ScanHints;
  /** Start offset of each cell in `text`, in order, for `whereAt`. */
  starts: number[];
  wheres: FileWhere[];
}

/** Join lines with '\n' and cells with '\t' (as a page's table is flattened), keeping locations. */
export function scanText(lines: readonly DocLine[]): ScanText {
  const parts: string[] = [];
  const starts: number[] = [];
  const wheres: FileWhere[] = [];
  const cells: { start: number; end: number; header: string }[] = [];
  let at = 0;
  for (const line of lines) {
    line.cells.forEach((c, i) => {
      if (i > 0) {
        parts.push('\t');
        at += 1;
      }
      const t = c.text.replace(/[\r\n\t]+/g, ' ');
      starts.push(at);
      wheres.push(c.where);
      // Only the columns the engine reads: the cells are sent to the worker in one message.
      if (c.header && t && headerRead(c.header)) cells.push({ start: at, end: at + t.length, header: c.header });
      parts.push(t);
      at += t.length;
    });
    parts.push('\n');
    at += 1;
  }
  return { text: parts.join(''), hints: cells.length > 0 ? { cells } : {}, starts, wheres };
}

/** The location of a text offset (a finding's start). */
export function whereAt(st: ScanText, offset: number): FileWhere | undefined {
  let lo = 0;
  let hi = st.starts.length - 1;
  if (hi < 0) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((st.starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return st.wheres[lo];
}
