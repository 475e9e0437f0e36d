// Spreadsheet (XLSX) exports for the sourcing file. exceljs is large, so it is loaded only when a
// user asks for a workbook, and only by the popup and Settings pages (never the content script or
// the service worker). Cells are written as text, never as formulas, so page text cannot run.
import type { CsvValue } from '../core';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface SheetColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

export async function sheetBlob<T>(
  sheetName: string,
  columns: readonly SheetColumn<T>[],
  rows: readonly T[],
): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'LaborLens';
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, key: c.header, width: Math.min(60, c.header.length + 12) }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(columns.map((c) => text(c.value(r))));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const buf = await wb.xlsx.writeBuffer();
  return new Blob([buf], { type: XLSX_TYPE });
}

/** Every value as a plain string (a string is never read as a formula by exceljs). */
const text = (v: CsvValue): string => (v === null || v === undefined ? '' : String(v));
