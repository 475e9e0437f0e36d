// CSV for the sourcing file (findings, history). RFC 4180 quoting, and cells that a spreadsheet
// would run as a formula (=, +, -, @, tab, CR) are prefixed with an apostrophe: page text and
// supplier names end up in these files, and a page could plant "=HYPERLINK(...)".
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(v: CsvValue): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv<T>(
  rows: readonly T[],
  columns: readonly { header: string; value: (row: T) => CsvValue }[],
): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(c.value(r))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
