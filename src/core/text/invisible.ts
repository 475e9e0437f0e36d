// Invisible format characters (zero-width space and joiners, word joiner, soft hyphen, BOM) can be
// planted inside a word to hide a listed name from a matcher ("Kui\u200Btun"), while between words
// they often stand in for a space ("Camel\u200BGroup"). The tokenizer reads them as breaks; a
// second pass over the text with them removed catches the other case.
import type { Finding } from '../engine/engine-api';

// Alternation, not a class: a class holding a joiner reads as a joined sequence (lint).
const INVISIBLE = /\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF/u;
const INVISIBLE_G = /\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF/gu;

export const hasInvisible = (text: string): boolean => INVISIBLE.test(text);

/** The text without invisible characters, and for each of its offsets the original offset. */
export function stripInvisible(text: string): { text: string; origin: Int32Array } {
  const origin = new Int32Array(text.length + 1);
  let out = '';
  let j = 0;
  let last = 0;
  for (const m of text.matchAll(INVISIBLE_G)) {
    const i = m.index;
    out += text.slice(last, i);
    for (let k = last; k < i; k++) origin[j++] = k;
    last = i + m[0].length;
  }
  out += text.slice(last);
  for (let k = last; k < text.length; k++) origin[j++] = k;
  origin[j] = text.length;
  return { text: out, origin: origin.subarray(0, j + 1) };
}

/**
 * The first pass's findings merged with listed suppliers that only the stripped pass found (offsets
 * and text mapped back onto the original); an unlisted name the first pass made of the broken
 * name's tail gives way to the listed one.
 */
export function mergeStripped(
  original: string,
  base: readonly Finding[],
  stripped: { origin: Int32Array },
  second: readonly Finding[],
): Finding[] {
  // A listed party cites its list entry; an unlisted name (even one placed in Xinjiang) cites none.
  const listed = (f: Finding) => f.kind === 'supplier' && f.refs.length > 0;
  const overlaps = (a: Finding, s: number, e: number) => a.kind === 'supplier' && a.start < e && s < a.end;
  let out = [...base];
  for (const f of second) {
    if (!listed(f)) continue;
    const start = stripped.origin[f.start] as number;
    const end = (stripped.origin[Math.max(f.start, f.end - 1)] as number) + 1;
    if (out.some((b) => listed(b) && overlaps(b, start, end))) continue;
    out = out.filter((b) => !overlaps(b, start, end));
    out.push({ ...f, start, end, text: original.slice(start, end), why: `${f.why}, invisible characters ignored` });
  }
  return out.length === base.length && out.every((f, i) => f === base[i]) ? out : out.sort((a, b) => a.start - b.start);
}
