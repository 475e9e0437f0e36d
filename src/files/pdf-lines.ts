// PDF text with positions (PDF.js) as lines: items on the same baseline join into one line, and a
// wide gap between items starts a new cell, so a quote's table row stays one line item whose
// columns stay apart. The caller passes its PDF.js build (Node: legacy; browser: modern).
import { FileReadError, type DocCell, type DocLine } from '../core';

type PdfJs = typeof import('pdfjs-dist');
interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PdfProgress {
  (page: number, pages: number): void;
}

export async function readPdfLines(
  file: string,
  data: Uint8Array,
  pdfjs: PdfJs,
  onPage?: PdfProgress,
): Promise<DocLine[]> {
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException')
      throw new FileReadError(
        'password',
        `${file} is password-protected. Open it, save or print a copy without a password, and check that copy.`,
      );
    throw new FileReadError(
      'corrupt',
      `${file} is not a readable PDF (${e instanceof Error ? e.message : String(e)}): it may be damaged or incomplete.`,
    );
  }
  try {
    const lines: DocLine[] = [];
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str.trim() === '') continue;
        const t = it.transform as number[];
        items.push({ str: it.str, x: t[4] ?? 0, y: t[5] ?? 0, w: it.width, h: it.height || Math.abs(t[3] ?? 10) });
        chars += it.str.length;
      }
      pageLines(items, p, lines);
      page.cleanup();
      onPage?.(p, doc.numPages);
    }
    if (chars === 0)
      throw new FileReadError(
        'no-text',
        `${file} has no text layer (it is a scanned image). Run it through OCR, or ask the supplier for the original file.`,
      );
    return lines;
  } finally {
    void doc.destroy();
  }
}

// A line whose cells are column names (two or more of these) heads a table: later lines on the
// page get each cell's header by position, as a web page's table cells do.
const HEADER_WORD =
  /^(no\.?|item|pos\.?|description|goods|product|article|supplier|vendor|manufacturer|factory|hs( code)?|hts( code)?|tariff( code)?|commodity code|origin|country( of origin)?|made in|qty|quantity|unit|price.*|amount|total)$/i;

interface XCell extends DocCell {
  x: number;
}

function headerOf(cells: XCell[]): XCell[] | null {
  const named = cells.filter((c) => HEADER_WORD.test(c.text.trim()));
  return named.length >= 3 && named.length >= cells.length - 1 ? cells : null;
}

function underHeader(header: XCell[], x: number): string | undefined {
  // The rightmost header starting at or left of the cell (with a little slack).
  let best: XCell | undefined;
  for (const h of header) if (h.x <= x + 6) best = h;
  return best?.text;
}

function pageLines(items: Item[], page: number, out: DocLine[]): void {
  // Top to bottom, then left to right; items within half a line height share a line.
  items.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const it of items) {
    const row = rows[rows.length - 1];
    if (row && Math.abs((row[0] as Item).y - it.y) <= Math.max(2, it.h * 0.5)) row.push(it);
    else rows.push([it]);
  }
  let header: XCell[] | null = null;
  rows.forEach((row, i) => {
    row.sort((a, b) => a.x - b.x);
    const where = { page, line: i + 1 };
    const cells: XCell[] = [];
    let text = '';
    let x = 0;
    let end = -Infinity;
    for (const it of row) {
      const gap = it.x - end;
      if (text !== '' && gap > Math.max(it.h, 4) * 1.5) {
        cells.push({ text: text.trim(), where, x });
        text = '';
      } else if (text !== '' && gap > it.h * 0.15 && !text.endsWith(' ') && !it.str.startsWith(' ')) text += ' ';
      if (text === '') x = it.x;
      text += it.str;
      end = it.x + it.w;
    }
    if (text.trim() !== '') cells.push({ text: text.trim(), where, x });
    const head = headerOf(cells);
    if (head) header = head;
    // A single long line (terms, a note) ends the table.
    else if (cells.length === 1 && (cells[0]?.text.length ?? 0) > 40) header = null;
    out.push({
      cells: cells.map(({ x: cx, ...c }): DocCell => {
        const h = !head && header ? underHeader(header, cx) : undefined;
        return h ? { ...c, header: h } : c;
      }),
    });
  });
}
