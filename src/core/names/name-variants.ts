// Turn one listed name into the token sequences the index should know: the name without its legal
// form, without parenthesised qualifiers ("(Shanshan)"), with an acronym in brackets as its own
// name, and with known place-name spellings folded (Hotan -> hetian). Pure and small, so the index
// builder and `screen` share it.
import { stripForms } from './legal-forms';
import { hashToken, T_ALLCAPS, T_CJK, T_DIGIT, T_PAREN } from '../text/normalize';
import { splitNameInto, type NameToken } from '../text/split-name';
import { canonicalPlaceToken } from './place-variants';

export interface NameVariant {
  /** Folded core tokens (legal form removed, place spellings canonical). */
  tokens: string[];
  /** hashToken() of each token. */
  hashes: number[];
  /** The same tokens as written in the list (case kept), for strict comparison of short names. */
  raw: string[];
  /** The list's name had a legal form. */
  hadForm: boolean;
  /** Variant made by dropping a bracketed qualifier. */
  droppedQualifier: boolean;
  /** Bracketed acronym taken out of the name ("XPCC"). */
  acronym: boolean;
  /** Every token is a CJK character. */
  cjk: boolean;
  /** Every token is written in capitals (2-5 letters or digits): an acronym-like name. */
  allCaps: boolean;
}

// Called through the function itself, as split-name.ts lower-cases: a word's string is of many
// kinds to V8, and looking the method up on it gives up caching.
const toUpper = String.prototype.toUpperCase;

/** A word that may be an acronym ("KTX", "GX3"): a bit of nameVariants' own above the T_ flags. */
const ACR = 256;

/** Whether two token sequences are the same words. */
export function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// The words and hashes of the variant being made, reused from name to name: the variant keeps
// arrays of its own, of the exact size, made only when it is kept (a build of 100,000 names made
// 260 MB of garbage, a quarter of it here, when each variant grew three arrays by push and sliced
// them again after its legal form).
const WORDS: string[] = [];
const HASHES: number[] = [];

/** Whether items[from..to) spell the words of `tokens`. */
function sameItems(tokens: readonly string[], items: readonly NameToken[], from: number, to: number): boolean {
  if (tokens.length !== to - from) return false;
  for (let i = from; i < to; i++) if (tokens[i - from] !== (items[i] as NameToken).s) return false;
  return true;
}

// A module-level helper rather than a closure: this runs once per listed name (100,000 at a time).
function pushVariant(
  out: NameVariant[],
  items: readonly NameToken[],
  n: number,
  droppedQualifier: boolean,
  acronym: boolean,
): void {
  for (let i = 0; i < n; i++) {
    const x = items[i] as NameToken;
    WORDS[i] = x.s;
    HASHES[i] = x.h;
  }
  const { from, to } = stripForms(WORDS, HASHES, n);
  if (to <= from) return;
  for (const o of out) if (sameItems(o.tokens, items, from, to)) return;
  const k = to - from;
  const tokens = new Array<string>(k);
  const hashes = new Array<number>(k);
  const raw = new Array<string>(k);
  let cjk = true;
  let allCaps = true;
  for (let i = 0; i < k; i++) {
    const x = items[from + i] as NameToken;
    tokens[i] = x.s;
    hashes[i] = x.h;
    raw[i] = x.raw;
    if (!(x.flags & T_CJK)) cjk = false;
    if (!(x.flags & ACR)) allCaps = false;
  }
  out.push({
    tokens,
    hashes,
    raw,
    hadForm: from > 0 || to < n,
    droppedQualifier,
    acronym,
    cjk,
    allCaps,
  });
}

// One name's tokens, written over by the next name's (nameVariants keeps none of them).
const TOKENS: NameToken[] = [];

export function nameVariants(name: string): NameVariant[] {
  // The tokens are this call's own: their word becomes its place spelling, and ACR joins their flags.
  const all = TOKENS;
  const count = splitNameInto(name, all);
  let parens = 0;
  for (let i = 0; i < count; i++) {
    const tk = all[i] as NameToken;
    const caps = (tk.flags & T_ALLCAPS) !== 0;
    // "KTX", "GX3": 2-5 capitals or digits, no lower case. The flags are asked first: most words
    // are neither, and their strings (of many kinds to V8: sliced, copied, two-byte) are not read.
    if (
      (caps || (tk.flags & T_DIGIT) !== 0) &&
      tk.raw.length >= 2 &&
      tk.raw.length <= 5 &&
      (caps || tk.raw === toUpper.call(tk.raw)) &&
      tk.raw === toUpper.call(tk.s)
    )
      tk.flags |= ACR;
    const s = canonicalPlaceToken(tk.s, tk.h);
    if (s !== tk.s) {
      tk.s = s;
      tk.h = hashToken(s);
    }
    if (tk.flags & T_PAREN) parens++;
  }
  const out: NameVariant[] = [];
  pushVariant(out, all, count, false, false);
  if (parens > 0 && parens < count) {
    const mine = all.slice(0, count);
    const outside = mine.filter((x) => !(x.flags & T_PAREN));
    pushVariant(out, outside, outside.length, true, false);
    const inParen = mine.filter((x) => x.flags & T_PAREN);
    // "(XPCC)": a lone capitalised token in brackets is an acronym of the same party. Asked of
    // every bracketed name, with no words when it is none (which adds no variant): a call made
    // for the first time deep into 100,000 names threw V8's compiled code for add() out.
    const acronym = inParen.length === 1 && ((inParen[0] as NameToken).flags & T_ALLCAPS) !== 0;
    pushVariant(out, inParen, acronym ? 1 : 0, false, true);
  }
  return out;
}
