// HS / HTS code detection. Dotted tariff formats (6109.10, 6109.10.0012, 6109.10.00.12) stand on
// their own unless they look like money, dates or item numbers; bare digit runs (610910, HS 6109)
// count only after an HS/tariff keyword or inside a table column headed HS/HTS/tariff/customs code.
// Every code must exist in the HS nomenclature (6-digit subheading, or heading for 4 digits).
// One left-to-right pass; look-behind and look-ahead windows are bounded, so time is linear.
import type { ScanHints } from '../engine/engine-api';
import { HS_HEADER } from '../text/cell-headers';
import { isAsciiAlnum, T_DIGIT, type Tokens } from '../text/normalize';

export interface HsHit {
  start: number;
  end: number;
  /** The code's digits as written (4 to 10 digits). */
  digits: string;
  /** Found with an HS keyword or in an HS column. */
  context: boolean;
  /** The 6-digit subheading is in the table (false: heading only). */
  subheadingKnown: boolean;
}

export interface HsTable {
  has(code: string): boolean;
}

const KEYWORD =
  /(?:\b(?:hs|h\.s|hts|htsus|hscode|hs-code|tariff|customs|commodity|harmoni[sz]ed|classification|(?:sub)?headings?|chapter)\b|(?<!\b(?:zip|postal|post|area|promo|discount|country|dialing|dial|verification|coupon|product|item|qr|bar|source|access|pin|security|sms|otp|invite|referral|reference|order|tracking)[\s-])\bcodes?\b|海关|商品编码|编码|税则|税号|税目|hs编码)[^\n]{0,24}$/iu;
/** HS words anywhere shortly before: a tariff table's rows ("27.01 Coal; ...") under its header. */
const SECTION = /\b(?:hs|h\.s\.?\s?code|hts|htsus|harmoni[sz]ed|tariff|heading|subheading)\b|海关编码|税则/iu;
/** A code that starts a line or list item and is followed by its description. */
const LINE_ITEM_BEFORE = /(?:^|\n)[^\S\n]*(?:[-–•*·]\s*|item:?\s*|article\s+)?$/iu;
const DESCRIPTION_AFTER = /^(?:[^\S\n]*[-–:][^\S\n]*|[^\S\n]+)\p{Lu}[\p{Ll}-]/u;
const MONEY_BEFORE =
  /(?:[$€£¥￥]|\b(?:usd|us|eur|rmb|cny|hkd|gbp|jpy|price|prices|total|amount|cost|subtotal|sum|fob|cif|exw|balance|paid|pay|value)\b)[\s:=]*$/iu;
const ID_BEFORE =
  /(?:#|№|\b(?:sku|item|model|part|p\/n|pn|ref|order|invoice|po|no|nr|num|number|tel|phone|fax|mobile|whatsapp|account|acct|iban|swift|lot|batch|id|version|ver|v)\b\.?)[\s:.#-]*$/iu;
const AFTER_UNIT =
  /^[^\S\n]*(?:%|(?:usd|us\$|eur|rmb|cny|yuan|dollars?|pcs|pieces|piece|kgs?|g|grams?|mm|cm|m|meters?|units?|sets?|tons?|mt|lbs?|pairs?|dozens?|yards?|sqm|m2)\b)/iu;

/** Dotted shapes by group lengths: 422 is 6109.10.00 (see detectHs). */
const BOOKED_SHAPES = [22, 222, 442, 44];
const DOTTED_SHAPES = [42, 422, 424, 4222, 62, 64, 622];

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Offsets of cells whose header names an HS/tariff column, sorted. */
export function hsCells(hints: ScanHints | undefined): [number, number][] {
  return (hints?.cells ?? [])
    .filter((c) => HS_HEADER.test(c.header))
    .map((c): [number, number] => [c.start, c.end])
    .sort((a, b) => a[0] - b[0]);
}

function inCells(cells: readonly [number, number][], s: number, e: number): boolean {
  let lo = 0;
  let hi = cells.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = cells[mid] as [number, number];
    if (c[1] < e) lo = mid + 1;
    else if (c[0] > s) hi = mid - 1;
    else return true;
  }
  return false;
}

/** How many digits run from `i`. */
function digitsAt(text: string, i: number): number {
  let k = i;
  while (k < text.length && isDigit(text.charCodeAt(k))) k++;
  return k - i;
}

function lineWindow(text: string, i: number, width: number): string {
  let s = i;
  while (s > 0 && i - s < width && text.charCodeAt(s - 1) !== 10) s--;
  return text.slice(s, i);
}

/**
 * The first ASCII digit at or after `i` (or text.length). With the page's tokens, only words that
 * hold a digit are read (every ASCII digit is inside one): a page is mostly letters.
 */
function nextDigit(text: string, i: number, t: Tokens | undefined, cursor: { k: number }): number {
  const n = text.length;
  if (!t) {
    while (i < n && !isDigit(text.charCodeAt(i))) i++;
    return i;
  }
  for (let k = cursor.k; k < t.count; k++) {
    const e = t.end[k] as number;
    if (e <= i || !((t.flags[k] as number) & T_DIGIT)) continue;
    cursor.k = k;
    for (let p = Math.max(i, t.start[k] as number); p < e; p++) if (isDigit(text.charCodeAt(p))) return p;
  }
  cursor.k = t.count;
  return n;
}

/** `t`: the text's tokens (tokenize), when the caller has them; the result is the same without. */
export function detectHs(text: string, table: HsTable, hints?: ScanHints, t?: Tokens): HsHit[] {
  const cells = hsCells(hints);
  const out: HsHit[] = [];
  const n = text.length;
  let lastEnd = -100;
  const cursor = { k: 0 };
  let i = 0;
  for (;;) {
    i = nextDigit(text, i, t, cursor);
    if (i >= n) break;
    // Read groups of digits joined by single dots (or single spaces inside a keyword context).
    const start = i;
    // Group bounds first; strings only for runs whose surroundings let them be a code (most digit
    // runs on a page are prices, quantities and model numbers).
    let groupCount = 0;
    let digitCount = 0;
    let firstLen = 0;
    // The group lengths as decimal digits (6109.10.00 -> 422), or -1 once a group has 10 or more.
    let shape = 0;
    let j = i;
    for (;;) {
      let k = j;
      while (k < n && isDigit(text.charCodeAt(k))) k++;
      if (groupCount === 0) firstLen = k - j;
      groupCount++;
      digitCount += k - j;
      shape = shape < 0 || k - j > 9 ? -1 : shape * 10 + (k - j);
      j = k;
      if (j + 1 < n && text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1)) && groupCount < 5) {
        j++;
        continue;
      }
      break;
    }
    i = j;
    const end = j;
    const prev = start > 0 ? text.charCodeAt(start - 1) : 32;
    const next = end < n ? text.charCodeAt(end) : 32;
    // A long code run into the next word by scraping ("7616991090Other").
    const runIn =
      (digitCount === 8 || digitCount === 10) &&
      next >= 65 &&
      next <= 90 &&
      end + 1 < n &&
      text.charCodeAt(end + 1) >= 97 &&
      text.charCodeAt(end + 1) <= 122;
    // Part of a longer token (letters or digits glued on, "-" or "/" chains, thousands separators).
    if (
      isAsciiAlnum(prev) ||
      (isAsciiAlnum(next) && !runIn) ||
      prev === 45 ||
      prev === 47 ||
      next === 47 ||
      prev === 43
    )
      continue;
    if (next === 45 && end + 1 < n && isDigit(text.charCodeAt(end + 1))) continue;
    // "1,250" and "12,500.00" are numbers; "6109.10,6110.20" is a list of codes.
    if (prev === 44 && start > 1 && isDigit(text.charCodeAt(start - 2)) && firstLen === 3) continue;
    if (next === 44 && digitsAt(text, end + 1) === 3) continue;
    // Tariff shapes that need HS words around them: 27.01, 27.01.11 (a heading or subheading as
    // tariff books print it), 2701.1100.00. Strings only for runs of a code's shape.
    const booked = groupCount > 1 && BOOKED_SHAPES.includes(shape);
    const dotted = groupCount > 1 && DOTTED_SHAPES.includes(shape);
    const bare = groupCount === 1 && (digitCount === 4 || digitCount === 6 || digitCount === 8 || digitCount === 10);
    if (!dotted && !bare && !booked) continue;
    const groups = text.slice(start, end).split('.');
    const digits = groups.join('');
    const inCell = cells.length > 0 && inCells(cells, start, end);
    const before = lineWindow(text, start, 40);
    // A code right after another accepted code ("6109.10, 6110.20 and 6203.42") shares its context.
    const chained =
      start - lastEnd <= 6 && /^[\s,;/、，]*(?:and|or|&|及|和)?[\s,;/、，]*$/iu.test(text.slice(lastEnd, start));
    const keyword = KEYWORD.test(before);
    // In a tariff table or list under HS words: a row or item that starts with the code and goes
    // on with its description ("- 2710 - Petroleum oils", "5205: Cotton yarn", "27.01 Coal").
    const item =
      LINE_ITEM_BEFORE.test(before) &&
      DESCRIPTION_AFTER.test(text.slice(end, end + 8)) &&
      SECTION.test(text.slice(Math.max(0, start - 600), start));
    const context = inCell || keyword || chained || item;
    if (booked && !context) continue;
    const near = before.slice(-14);
    // Money and quantities are never codes, even on a line that also names an HS code.
    if (!inCell && (MONEY_BEFORE.test(near) || AFTER_UNIT.test(text.slice(end, end + 24)))) continue;
    if (!context) {
      if (!dotted) continue;
      if (ID_BEFORE.test(near)) continue;
      // 2024.06.12 is a date.
      if (groups.length === 3 && /^(19|20)\d\d$/u.test(groups[0] as string)) {
        const m = Number(groups[1]);
        const d = Number(groups[2]);
        if (m >= 1 && m <= 12 && d >= 1 && d <= 31) continue;
      }
      // Version-like or decimal amounts with two decimals following a number word are too common
      // to accept unless the subheading exists (checked below).
    } else if (!inCell && !keyword && !item && !dotted && !booked) continue;
    if (digits.length === 4 && !context) continue;
    const heading = digits.slice(0, 4);
    const sub = digits.slice(0, 6);
    const subKnown = digits.length >= 6 && table.has(sub);
    if (digits.length >= 6) {
      if (!subKnown && !(context && table.has(heading))) continue;
      if (!subKnown && !context) continue;
    } else if (!table.has(heading)) continue;
    out.push({ start, end, digits, context, subheadingKnown: subKnown || digits.length === 4 });
    lastEnd = end;
  }
  return out;
}
