// Which character separates the fields of a delimited text file. ERP exports use `;` (European
// Excel), tabs or `|` as often as commas; the separator is the one that splits the first lines
// into the same number of fields (outside quotes), preferring more fields.

export type Separator = ',' | ';' | '\t' | '|';
const CANDIDATES: Separator[] = [',', ';', '\t', '|'];

function countOutsideQuotes(line: string, sep: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) n++;
  }
  return n;
}

/** The separator of delimited text, or null when the lines hold one field each. */
export function detectSeparator(text: string): Separator | null {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 20);
  if (lines.length === 0) return null;
  let best: { sep: Separator; fields: number; score: number } | null = null;
  for (const sep of CANDIDATES) {
    const counts = lines.map((l) => countOutsideQuotes(l, sep));
    const head = counts[0] as number;
    if (head === 0) continue;
    // The share of lines with the header's field count; a comma inside "Foo, Inc." lines is noise.
    const same = counts.filter((c) => c === head).length / counts.length;
    if (same < 0.8) continue;
    const score = same * 10 + head;
    if (!best || score > best.score) best = { sep, fields: head + 1, score };
  }
  return best?.sep ?? null;
}

export const separatorName = (sep: Separator | null): string =>
  sep === null ? 'one column' : sep === '\t' ? 'tab' : sep === ';' ? 'semicolon' : sep === '|' ? 'bar' : 'comma';
