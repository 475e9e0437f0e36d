// A PDF, XLSX or DOCX file as scan text with locations, for `scan`; its supplier names for
// `screen`. Errors become CliErrors with the reader's message.
import { FileReadError, nameColumn, scanText, supplierRows, tableLines, type ReadDocument } from '../core';
import type { ScanText, SupplierColumn, SupplierRow, Table } from '../core';
import { readDocument } from '../files/read-document';
import { CliError } from './cli-common';
import { nodeFileLibs } from './file-libs';

export async function readFileDocument(file: string, bytes: Uint8Array): Promise<ReadDocument> {
  try {
    return await readDocument(file, bytes, nodeFileLibs);
  } catch (e) {
    if (e instanceof FileReadError) throw new CliError(e.message);
    throw e;
  }
}

/** The document's text as the engine scans it: lines, or every sheet's rows as line items. */
export function documentScanText(doc: ReadDocument): ScanText {
  return scanText(doc.lines.length > 0 ? doc.lines : doc.tables.flatMap(tableLines));
}

export interface SupplierInput {
  rows: SupplierRow[];
  /** Where the names came from, for the user to check (sheet, column, separator, encoding). */
  notes: string[];
}

/** Supplier names of a table: from `column`, or the guessed name column. */
export function tableSuppliers(file: string, table: Table, column: string | undefined, notes: string[]): SupplierInput {
  let col: SupplierColumn;
  try {
    col = nameColumn(file, table, column);
  } catch (e) {
    if (e instanceof FileReadError) throw new CliError(`${e.message} (use --column NAME)`);
    throw e;
  }
  const from =
    col.header === null
      ? 'one name a line, no header'
      : `column "${col.header}"${col.guessed === 'given' ? '' : col.guessed === 'partial' ? ' (guessed: check it)' : ''}`;
  return { rows: supplierRows(table, col), notes: [...notes, `names from ${from}`] };
}

/** The supplier names of a spreadsheet (its first sheet with a name column) or a PDF/DOCX (one a line). */
export function documentSuppliers(file: string, doc: ReadDocument, column?: string): SupplierInput {
  if (doc.tables.length > 0) {
    const errors: string[] = [];
    for (const t of doc.tables) {
      try {
        return tableSuppliers(file, t, column, [...doc.notes, `sheet "${t.name}"`]);
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        errors.push(e.message);
      }
    }
    throw new CliError(errors.join('\n'));
  }
  const rows = doc.lines
    .map((l, i) => {
      const w = l.cells[0]?.where;
      return {
        at: w && 'line' in w ? w.line : i + 1,
        name: l.cells
          .map((c) => c.text)
          .join(' ')
          .trim(),
      };
    })
    .filter((r) => r.name !== '');
  return { rows, notes: [...doc.notes, 'one name a line'] };
}
