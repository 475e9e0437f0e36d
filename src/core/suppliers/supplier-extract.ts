// Company names that are on no list: legal-form patterns in page text (any script), organisation
// names from JSON-LD/seller metadata, and cells under Supplier/Vendor/Manufacturer/Shipper headers.
import type { ScanHints } from '../engine/engine-api';
import { dotBelongs, legalForms } from '../names/legal-forms';
import { SpanSet } from '../text/spans';
import { SUPPLIER_HEADER } from '../text/cell-headers';
import { T_AMP, T_BREAK, T_CJK, T_DIGIT, T_LINE, T_UPPER, tokenString, type Tokens } from '../text/normalize';
import { isPageWord, wordSet } from '../text/word-sets';

export interface ExtractedName {
  start: number;
  end: number;
  /** Token range, when found in page text. */
  from: number;
  to: number;
  text: string;
  why: string;
}

// Words that start a sentence or a label rather than a name.
const LEAD_STOP = wordSet([
  'the',
  'we',
  'our',
  'contact',
  'from',
  'by',
  'with',
  'and',
  'for',
  'to',
  'at',
  'in',
  'of',
  'on',
  'supplier',
  'vendor',
  'manufacturer',
  'seller',
  'shipper',
  'exporter',
  'company',
  'about',
  'visit',
  'buy',
  'a',
  'an',
  'this',
  'that',
  'is',
  'are',
  'was',
  'verified',
  'gold',
  'member',
  'audited',
  'factory',
  'name',
  'certified',
  'sold',
  'ships',
  'made',
  'new',
  'hot',
  'sale',
  'top',
  'chat',
  'now',
  'inquire',
  'send',
  'inquiry',
  'contact',
  'more',
  'view',
]);
// Lower-case connectors allowed inside a name ("Bank of", "Arts and Crafts", "S.A. de C.V.").
const CONNECT = wordSet(['of', 'and', 'de', 'la', 'del', 'da', 'do', 'du', 'des', 'der', 'für', 'y', 'e', 'the']);
const ORDER = wordSet('order');
const OF = wordSet('of');
// Characters that end a Chinese phrase before a company name ("我们的供应商是…").
const CJK_CUT = new Set([...'的是和与及在由从向为自对将被把给跟同或并了着过请经商：']);
// ...unless the character starts a place in the name: Hotan (和田), Hejing (和静), Hoxud (和硕),
// Hoboksar (和布克赛尔) and any autonomous region or prefecture (自治区, 自治州).
const CJK_NOT_CUT = new Set(['和田', '和静', '和硕', '和布', '自治']);
/**
 * Never a company, whatever legal form it seems to end in: legal citations ("19 U.S.C.", "Tariff
 * Act of 1930 (19 U.S.C.", "19 C.F.R."), statute names, and "Sino-X joint venture" phrases.
 */
// Two expressions, not one: case-insensitive Unicode mode (needed only for \p{L}) made the unanchored
// alternatives eight times slower, once per company-like name on a page.
const CITATION =
  /\bU\.?\s?S\.?\s?C\b|\bC\.?\s?F\.?\s?R\b|§|\bAct\s+of\s+\d{4}|\b(?:Act|Code|Statute|Regulation)\s*\(|^\d+\s/i;
const SINO_PHRASE = /^Sino[-‐–][\p{L}.]+\s+(?:joint[\s-]venture|jv|partnership|cooperation)\b/iu;
const notAName = (s: string): boolean => CITATION.test(s) || SINO_PHRASE.test(s);

export function extractSuppliers(text: string, t: Tokens, hints?: ScanHints): ExtractedName[] {
  const lf = legalForms();
  const out: ExtractedName[] = [];
  let k = 0;
  while (k < t.count) {
    const f = t.flags[k] as number;
    const len = f & T_DIGIT ? 0 : lf.consume(t, k);
    if (len === 0) {
      k++;
      continue;
    }
    const formEnd = k + len;
    const start = nameStart(text, t, k);
    if (start < k) {
      const s = t.start[start] as number;
      let e = t.end[formEnd - 1] as number;
      if (text.charCodeAt(e) === 46 && dotBelongs(t, formEnd - 1)) e++;
      const name = text.slice(s, e);
      if (!notAName(name) && !orderParty(text, t, start))
        out.push({ start: s, end: e, from: start, to: formEnd, text: name, why: 'legal-form pattern' });
    }
    k = formEnd;
  }
  const found = new SpanSet(out);
  for (const c of hints?.cells ?? []) {
    if (!SUPPLIER_HEADER.test(c.header)) continue;
    const raw = text.slice(c.start, c.end);
    const trimmed = raw.trim();
    if (trimmed.length < 3 || trimmed.length > 160 || !/[\p{L}]/u.test(trimmed)) continue;
    const s = c.start + raw.indexOf(trimmed);
    if (found.contains(s, s + trimmed.length)) continue;
    out.push({ start: s, end: s + trimmed.length, from: -1, to: -1, text: trimmed, why: `in column "${c.header}"` });
  }
  return out;
}

/**
 * "CONSIGNEE: TO ORDER OF BANK OF AMERICA N.A.": a bill of lading made out to the order of a bank
 * names the bank that holds the goods as security until it is paid, not a party that makes or
 * trades them, so the name is left out whether "order of" was taken into it or stops before it.
 */
function orderParty(text: string, t: Tokens, s: number): boolean {
  if (isPageWord(text, t, s, ORDER) && isPageWord(text, t, s + 1, OF)) return true;
  return isPageWord(text, t, s - 2, ORDER) && isPageWord(text, t, s - 1, OF);
}

/** "C.F.L. Sportswear": a one-letter capital with its dot, the end of an initialism starting a name. */
function initial(text: string, t: Tokens, k: number): boolean {
  if (k < 0 || !((t.flags[k] as number) & T_UPPER)) return false;
  const e = t.end[k] as number;
  // "L. Sportswear": the dot, one space, then the next name word (not "N.W.(KG)").
  return (
    e - (t.start[k] as number) === 1 &&
    text.charCodeAt(e) === 46 &&
    text.charCodeAt(e + 1) === 32 &&
    (t.start[k + 1] as number) === e + 2 &&
    ((t.flags[k + 1] as number) & T_UPPER) !== 0
  );
}

/** First token of the name that ends just before the legal form at token k. */
function nameStart(text: string, t: Tokens, k: number): number {
  const formCjk = ((t.flags[k] as number) & T_CJK) !== 0;
  let s = k;
  if (formCjk) {
    // Chinese: walk back over Han characters up to a function character, at most 20.
    while (s > 0 && k - s < 20) {
      const pf = t.flags[s - 1] as number;
      if (!(pf & T_CJK)) break;
      if ((t.flags[s] as number) & (T_BREAK | T_LINE)) break;
      const c = tokenString(text, t, s - 1);
      if (CJK_CUT.has(c) && !CJK_NOT_CUT.has(c + tokenString(text, t, s))) break;
      s--;
    }
    return k - s >= 2 ? s : k;
  }
  while (s > 0 && k - s < 8) {
    const glued =
      text.charCodeAt((t.start[s] as number) - 1) === 46 && (t.end[s - 1] as number) === (t.start[s] as number) - 1;
    if ((t.flags[s] as number) & (T_BREAK | T_LINE) && !glued && !initial(text, t, s - 1)) break;
    const pf = t.flags[s - 1] as number;
    if (pf & T_CJK) break;
    if (pf & T_UPPER || pf & T_AMP) {
      s--;
      continue;
    }
    // The word's string only where its case did not decide (most steps back are capitalised).
    const word = tokenString(text, t, s - 1);
    if (pf & T_DIGIT && word.length <= 4) {
      s--;
      continue;
    }
    // "Alibaba.com": a lower-case domain suffix glued to a name word by a dot.
    const ps = t.start[s - 1] as number;
    if (
      /^(com|net|org|cn|io)$/u.test(word) &&
      text.charCodeAt(ps - 1) === 46 &&
      s - 1 > 0 &&
      (t.end[s - 2] as number) === ps - 1
    ) {
      s -= 2;
      continue;
    }
    // A lower-case connector only between two name words.
    if (
      CONNECT.words.has(word) &&
      s - 1 > 0 &&
      (t.flags[s - 2] as number) & T_UPPER &&
      !((t.flags[s - 1] as number) & (T_BREAK | T_LINE))
    ) {
      s--;
      continue;
    }
    break;
  }
  // Drop leading sentence/label words and connectors.
  for (; s < k; s++) if (!isPageWord(text, t, s, LEAD_STOP) && !isPageWord(text, t, s, CONNECT)) break;
  return s;
}
