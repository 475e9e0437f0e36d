// CSV for the sourcing file (findings, history). Every cell is quoted (RFC 4180), so a `,` or `;`
// inside page text can never split a cell whatever the spreadsheet's list separator, and a field
// that would start a formula (=, +, -, @, or a tab / CR) at its start or after any separator a
// spreadsheet might split on (`,` `;` tab `|`, a line break) gets an apostrophe: page text and
// supplier names end up in these files, and a page could plant `Title;=HYPERLINK(...)`.
// Files start with a byte-order mark so Excel reads them as UTF-8 (Chinese names stay legible).
export type CsvValue = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';

const FORMULA_START = /(^|[,;\t|\r\n"])(\s*)(?=[=+\-@])/g;

export function csvCell(v: CsvValue): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[\t\r]/.test(s)) s = `'${s}`;
  s = s.replace(FORMULA_START, "$1$2'");
  return `"${s.replace(/"/g, '""')}"`;
}

export function toCsv<T>(
  rows: readonly T[],
  columns: readonly { header: string; value: (row: T) => CsvValue }[],
): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(c.value(r))).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
