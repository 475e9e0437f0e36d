// XLSX sheets as tables of cell text (exceljs). Old .xls files never get here (file-kind refuses
// them with a clear message); the archive's declared size is checked before exceljs inflates it.
import { FileReadError, MAX_FILE_ROWS, readZipListing, tooManyRows, type Table } from '../core';

type ExcelJs = typeof import('exceljs');
type CellValue = import('exceljs').CellValue;

function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text; // hyperlink
    if ('result' in v) return cellText(v.result as CellValue); // formula
    if ('error' in v) return '';
    return '';
  }
  return String(v);
}

export async function readXlsxTables(file: string, data: Uint8Array, excel: ExcelJs): Promise<Table[]> {
  readZipListing(file, data);
  const wb = new excel.Workbook();
  try {
    await wb.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  } catch (e) {
    throw new FileReadError(
      'corrupt',
      `${file} is not a readable XLSX file (${e instanceof Error ? e.message : String(e)}): open it in Excel and save it again.`,
    );
  }
  const tables: Table[] = [];
  let total = 0;
  wb.eachSheet((ws) => {
    total += ws.actualRowCount;
    if (total > MAX_FILE_ROWS) throw tooManyRows(file);
    const rows: Table['rows'] = [];
    ws.eachRow({ includeEmpty: false }, (row, at) => {
      const values: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        values[col - 1] = cellText(cell.value).trim();
      });
      for (let i = 0; i < values.length; i++) values[i] ??= '';
      rows.push({ at, values });
    });
    if (rows.length > 0) tables.push({ name: ws.name, rows, cellRefs: true });
  });
  return tables;
}
