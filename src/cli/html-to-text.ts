// HTML -> visible text + ScanHints for the CLI, the way the content script flattens a page:
// block elements become '\n', table cells carry their column header, JSON-LD Organization and
// seller names become hints. A small linear tokenizer (no DOM): skips script/style/noscript/
// template/textarea, comments and hidden inputs; decodes character references.
import type { ScanHints } from '../core';

export interface PageText {
  text: string;
  hints: ScanHints;
}

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'svg',
  'title',
  'iframe',
  'object',
  'select',
]);
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'aside',
  'main',
  'dl',
  'dt',
  'dd',
  'form',
  'fieldset',
  'figure',
  'figcaption',
  'blockquote',
  'pre',
  'hr',
  'address',
  'caption',
  'body',
  'html',
  'title',
  'label',
  'option',
  'button',
]);
const CELL = new Set(['td', 'th']);
const INLINE_TEXT = new Set(['b', 'strong', 'i', 'em', 'u', 'sup', 'sub', 'font', 'small', 'mark', 'abbr', 'wbr']);
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  middot: '·',
  ndash: '–',
  mdash: '—',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  times: '×',
};

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/giu, (m, body: string) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : m;
    }
    return NAMED[body.toLowerCase()] ?? m;
  });
}

interface Table {
  headers: string[];
  row: number;
  col: number;
  rowIsHeader: boolean;
  rowCells: { start: number; end: number; header: boolean; text: string }[];
  inHead: boolean;
}

export function htmlToText(html: string): PageText {
  // Output goes into chunks with a running length and last character: reading the end of a
  // growing concatenated string would flatten it each time (quadratic on 10 MB pages).
  const parts: string[] = [];
  let len = 0;
  let last = 0;
  let cellParts: string[] | null = null;
  const append = (str: string): void => {
    if (str.length === 0) return;
    parts.push(str);
    len += str.length;
    last = str.charCodeAt(str.length - 1);
    if (cellParts) cellParts.push(str);
  };
  const cells: { start: number; end: number; header: string }[] = [];
  const organisations: string[] = [];
  const tables: Table[] = [];
  let cellStart = -1;
  let cellIsTh = false;
  let i = 0;
  const n = html.length;
  const lastIsSpace = (): boolean => last === 32 || last === 10 || last === 9;
  const newline = (): void => {
    if (len > 0 && last !== 10) append('\n');
  };
  const closeCell = (): void => {
    const tb = tables[tables.length - 1];
    if (cellStart < 0 || !tb) return;
    const text = (cellParts ?? []).join('');
    const lead = text.length - text.trimStart().length;
    const body = text.trim();
    const s0 = cellStart + lead;
    tb.rowCells.push({ start: s0, end: s0 + body.length, header: cellIsTh, text: body });
    cellStart = -1;
    cellParts = null;
  };
  const closeRow = (): void => {
    closeCell();
    const tb = tables[tables.length - 1];
    if (!tb || tb.rowCells.length === 0) return;
    const allTh = tb.rowCells.every((c) => c.header);
    if ((tb.inHead || allTh) && tb.headers.length === 0) {
      tb.headers = tb.rowCells.map((c) => c.text);
    } else if (tb.headers.length > 0) {
      tb.rowCells.forEach((c, k) => {
        const h = tb.headers[k];
        if (h && c.end > c.start) cells.push({ start: c.start, end: c.end, header: h });
      });
    }
    tb.rowCells = [];
    tb.row++;
  };
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const chunk = decodeEntities(html.slice(i, textEnd)).replace(/[ \t\r\n\f\u00a0]+/gu, ' ');
      if (chunk !== ' ' || (len > 0 && !lastIsSpace())) append(chunk);
    }
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const e = html.indexOf('-->', lt + 4);
      i = e < 0 ? n : e + 3;
      continue;
    }
    const m = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/u.exec(html.slice(lt, lt + 2048));
    if (!m) {
      // A '<' that starts no tag is text ("a < b"); '<!DOCTYPE' and similar are dropped.
      if (html[lt + 1] === '!' || html[lt + 1] === '?') {
        const e = html.indexOf('>', lt);
        i = e < 0 ? n : e + 1;
      } else {
        append('<');
        i = lt + 1;
      }
      continue;
    }
    const closing = m[0][1] === '/';
    const tag = (m[1] as string).toLowerCase();
    const attrs = m[2] ?? '';
    i = lt + m[0].length;
    if (!closing && SKIP.has(tag)) {
      const endRe = new RegExp(`</${tag}`, 'giu');
      endRe.lastIndex = i;
      const em = endRe.exec(html);
      const e = em ? em.index : n;
      if (tag === 'script' && /application\/ld\+json/iu.test(attrs)) collectJsonLd(html.slice(i, e), organisations);
      const gt = html.indexOf('>', e);
      i = gt < 0 ? n : gt + 1;
      continue;
    }
    if (!closing && tag === 'input' && /type\s*=\s*["']?hidden/iu.test(attrs)) continue;
    if (tag === 'table') {
      if (closing) {
        closeRow();
        tables.pop();
      } else tables.push({ headers: [], row: 0, col: 0, rowIsHeader: false, rowCells: [], inHead: false });
      newline();
      continue;
    }
    const tb = tables[tables.length - 1];
    if (tag === 'thead' && tb) tb.inHead = !closing;
    if (tag === 'tr') {
      if (tb) closeRow();
      newline();
      continue;
    }
    if (CELL.has(tag)) {
      closeCell();
      if (!closing) {
        if (len > 0 && !lastIsSpace()) append('\t');
        cellStart = len;
        cellParts = [];
        cellIsTh = tag === 'th';
      }
      continue;
    }
    if (BLOCK.has(tag)) newline();
    else if (INLINE_TEXT.has(tag)) {
      // Formatting inside a word ("<b>Hua</b>fu"): no separator.
    } else if (len > 0 && !lastIsSpace()) append(' '); // span, a, img...: items laid out apart
  }
  closeRow();
  // Trailing whitespace only: every offset handed out lies before it.
  return { text: parts.join('').trimEnd(), hints: { cells, organisations } };
}

/** Organisation / seller / manufacturer names in JSON-LD (any nesting, @graph included). */
export function collectJsonLd(json: string, out: string[]): void {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return; // broken JSON-LD is common on real pages; it is only a hint
  }
  const walk = (v: unknown, depth: number, role: string): void => {
    if (depth > 12 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1, role);
      return;
    }
    const o = v as Record<string, unknown>;
    const type = String(o['@type'] ?? '');
    const isOrg = /Organization|Corporation|LocalBusiness|Store|Manufacturer/iu.test(type);
    if (
      (isOrg || ['seller', 'manufacturer', 'vendor', 'brandOwner', 'offeredBy'].includes(role)) &&
      typeof o.name === 'string'
    ) {
      const name = o.name.trim();
      if (name && !out.includes(name)) out.push(name);
    }
    for (const [k, x] of Object.entries(o)) if (typeof x === 'object') walk(x, depth + 1, k);
  };
  walk(data, 0, '');
}
