// HTML text for the file page's worker, which has no DOM: scripts and styles dropped, block tags
// end lines, table cells are tab-separated, a few entities decoded. Text, never markup: the
// result is only ever shown with textContent.
import type { DocLine } from '../core';

// A Map, not an object literal: "&constructor;" is no entity.
const ENTITIES = new Map<string, string>([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
]);

export function htmlLines(html: string): DocLine[] {
  const text = html
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?(p|div|br|li|tr|h[1-6]|section|article|header|footer|table|dt|dd|title)\b[^>]*>/gi, '\n')
    .replace(/<\/?(td|th)\b[^>]*>/gi, '\t')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
        return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
      }
      return ENTITIES.get(e.toLowerCase()) ?? m;
    });
  const lines: DocLine[] = [];
  text.split('\n').forEach((l, i) => {
    const cells = l
      .split('\t')
      .map((c) => c.replace(/\s+/g, ' ').trim())
      .filter((c) => c !== '');
    if (cells.length > 0) lines.push({ cells: cells.map((c) => ({ text: c, where: { line: i + 1 } })) });
  });
  return lines;
}
