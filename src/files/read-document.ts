// Any supported file to a ReadDocument: the one dispatch used by the CLI and the file page's
// worker. Libraries are passed in, so Node gives its builds (PDF.js legacy) and the worker its own,
// and nothing here touches the file system or the DOM.
import {
  checkSize,
  decodeText,
  readDelimited,
  sniffFile,
  tooManyRows,
  MAX_FILE_ROWS,
  type DocLine,
  type ReadDocument,
  type Table,
} from '../core';
import { readDocxLines } from './docx-lines';
import { htmlLines } from './html-lines';
import { readPdfLines } from './pdf-lines';
import { readXlsxTables } from './xlsx-tables';

export interface FileLibs {
  pdfjs: () => Promise<typeof import('pdfjs-dist')>;
  exceljs: () => Promise<typeof import('exceljs')>;
  mammoth: () => Promise<Parameters<typeof readDocxLines>[2]>;
  /** HTML to lines; defaults to a tag stripper (the CLI has a fuller reader of its own). */
  html?: (html: string) => DocLine[];
}

export interface ReadOptions {
  onProgress?: (done: number, total: number) => void;
}

export async function readDocument(
  file: string,
  bytes: Uint8Array,
  libs: FileLibs,
  opts: ReadOptions = {},
): Promise<ReadDocument> {
  checkSize(file, bytes.length);
  const kind = sniffFile(file, bytes);
  if (kind === 'pdf') {
    const lines = await readPdfLines(file, bytes, await libs.pdfjs(), opts.onProgress);
    return { format: 'pdf', lines, tables: [], notes: [] };
  }
  if (kind === 'xlsx') {
    const tables = await readXlsxTables(file, bytes, await libs.exceljs());
    return { format: 'xlsx', lines: [], tables, notes: [] };
  }
  if (kind === 'docx')
    return { format: 'docx', lines: await readDocxLines(file, bytes, await libs.mammoth()), tables: [], notes: [] };
  const dec = decodeText(bytes);
  const notes = [`encoding: ${dec.encoding}${dec.bom ? ' with BOM' : ''}`];
  if (kind === 'html') {
    const lines = (libs.html ?? htmlLines)(dec.text);
    if (lines.length > MAX_FILE_ROWS) throw tooManyRows(file);
    return { format: 'html', lines, tables: [], notes };
  }
  if (kind === 'delimited') {
    const { table, notes: more } = readDelimited(file, dec.text);
    return { format: 'csv', lines: [], tables: [table], notes: [...notes, ...more] };
  }
  const lines: DocLine[] = [];
  dec.text.split(/\r\n|\n|\r/).forEach((l, i) => {
    if (l.trim() !== '') lines.push({ cells: [{ text: l.trim(), where: { line: i + 1 } }] });
  });
  if (lines.length > MAX_FILE_ROWS) throw tooManyRows(file);
  // A text file may still be a list of names or a delimited export: offered as a table too.
  let tables: Table[] = [];
  try {
    const d = readDelimited(file, dec.text);
    tables = [d.table];
    notes.push(...d.notes);
  } catch {
    // Not a table (a stray quote in running text): read as lines only.
  }
  return { format: 'text', lines, tables, notes };
}
