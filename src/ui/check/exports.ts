// Results of a file check as CSV (with a BOM, so Excel reads Chinese names) and XLSX (written in
// the worker). Cells are quoted against formula injection by core's CSV writer.
import { toCsv, type CsvValue } from '../../core';
import { CSV_TYPE, downloadBlob, downloadText, localDate } from '../download';
import { xlsxInWorker } from './file-worker';

export interface Column<T> {
  header: string;
  value: (row: T) => CsvValue;
}

const base = (fileName: string) => fileName.replace(/\.[a-z0-9]+$/i, '').slice(0, 80) || 'file';

export function exportCsv<T>(fileName: string, what: string, rows: readonly T[], cols: readonly Column<T>[]): void {
  downloadText(`laborlens-${what}-${base(fileName)}-${localDate()}.csv`, `\uFEFF${toCsv(rows, cols)}`, CSV_TYPE);
}

export async function exportXlsx<T>(
  fileName: string,
  what: string,
  rows: readonly T[],
  cols: readonly Column<T>[],
): Promise<void> {
  const table: (string | number)[][] = [cols.map((c) => c.header)];
  for (const r of rows)
    table.push(
      cols.map((c) => {
        const v = c.value(r);
        // A formula-looking cell is text in the workbook too.
        return typeof v === 'number' ? v : v === null || v === undefined ? '' : String(v);
      }),
    );
  const data = await xlsxInWorker(what, table);
  downloadBlob(
    `laborlens-${what}-${base(fileName)}-${localDate()}.xlsx`,
    new Blob([data], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  );
}
