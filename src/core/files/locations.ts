// FileWhere a piece of a file's text came from, so a finding can say "page 2, line 14" or
// "Quote!C7" and a buyer can find it in the original.

export type FileWhere = { page: number; line: number } | { sheet: string; cell: string } | { line: number };

export function formatWhere(w: FileWhere): string {
  if ('cell' in w) return `${w.sheet}!${w.cell}`;
  if ('page' in w) return `page ${w.page}, line ${w.line}`;
  return `line ${w.line}`;
}

/** Spreadsheet column letters of a 0-based column index (0 -> A, 26 -> AA). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
