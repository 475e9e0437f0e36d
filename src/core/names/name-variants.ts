// Turn one listed name into the token sequences the index should know: the name without its legal
// form, without parenthesised qualifiers ("(Shanshan)"), with an acronym in brackets as its own
// name, and with known place-name spellings folded (Hotan -> hetian). Pure and small, so the index
// builder and `screen` share it.
import { stripForms } from './legal-forms';
import { hashToken, T_ALLCAPS, T_CJK, T_DIGIT, T_PAREN } from '../text/normalize';
import { splitName, type NameToken } from '../text/split-name';
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

/** A word that may be an acronym ("KTX", "GX3"): a bit of nameVariants' own above the T_ flags. */
const ACR = 256;

/** Whether two token sequences are the same words. */
export function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// A module-level helper rather than a closure: this runs once per listed name (100,000 at a time).
function pushVariant(out: NameVariant[], items: NameToken[], droppedQualifier: boolean, acronym: boolean): void {
  const toks: string[] = [];
  const hashes: number[] = [];
  for (const x of items) {
    toks.push(x.s);
    hashes.push(x.h);
  }
  const { from, to } = stripForms(toks, hashes);
  if (to <= from) return;
  let cjk = true;
  let allCaps = true;
  const raw: string[] = [];
  for (let i = from; i < to; i++) {
    const x = items[i] as NameToken;
    raw.push(x.raw);
    if (!(x.flags & T_CJK)) cjk = false;
    if (!(x.flags & ACR)) allCaps = false;
  }
  const whole = from === 0 && to === toks.length;
  const tokens = whole ? toks : toks.slice(from, to);
  for (const o of out) if (sameWords(o.tokens, tokens)) return;
  out.push({
    tokens,
    hashes: whole ? hashes : hashes.slice(from, to),
    raw,
    hadForm: !whole,
    droppedQualifier,
    acronym,
    cjk,
    allCaps,
  });
}

export function nameVariants(name: string): NameVariant[] {
  // splitName's tokens are this call's own: their word becomes its place spelling, and ACR joins their flags.
  const all = splitName(name);
  let parens = 0;
  for (const tk of all) {
    const caps = (tk.flags & T_ALLCAPS) !== 0;
    // "KTX", "GX3": 2-5 capitals or digits, no lower case.
    if (
      tk.raw.length >= 2 &&
      tk.raw.length <= 5 &&
      (caps || ((tk.flags & T_DIGIT) !== 0 && tk.raw === tk.raw.toUpperCase())) &&
      tk.raw === tk.s.toUpperCase()
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
  pushVariant(out, all, false, false);
  if (parens > 0 && parens < all.length) {
    pushVariant(
      out,
      all.filter((x) => !(x.flags & T_PAREN)),
      true,
      false,
    );
    const inParen = all.filter((x) => x.flags & T_PAREN);
    // "(XPCC)": a lone capitalised token in brackets is an acronym of the same party.
    if (inParen.length === 1 && (inParen[0] as NameToken).flags & T_ALLCAPS) pushVariant(out, inParen, false, true);
  }
  return out;
}
