// Turn one listed name into the token sequences the index should know: the name without its legal
// form, without parenthesised qualifiers ("(Shanshan)"), with an acronym in brackets as its own
// name, and with known place-name spellings folded (Hotan -> hetian). Pure and small, so the index
// builder and `screen` share it.
import { stripForms } from './legal-forms';
import { T_ALLCAPS, T_CJK, T_DIGIT, T_PAREN } from './normalize';
import { splitName } from './split-name';
import { canonicalPlaceToken } from './place-variants';

export interface NameVariant {
  /** Folded core tokens (legal form removed, place spellings canonical). */
  tokens: string[];
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

interface Item {
  s: string;
  raw: string;
  paren: boolean;
  cjk: boolean;
  caps: boolean;
  acr: boolean;
}

export function nameVariants(name: string): NameVariant[] {
  const all: Item[] = [];
  for (const tk of splitName(name)) {
    const caps = (tk.flags & T_ALLCAPS) !== 0;
    all.push({
      s: canonicalPlaceToken(tk.s),
      raw: tk.raw,
      paren: (tk.flags & T_PAREN) !== 0,
      cjk: (tk.flags & T_CJK) !== 0,
      caps,
      // "KTX", "GX3": 2-5 capitals or digits, no lower case.
      acr: tk.raw.length >= 2 && tk.raw.length <= 5 && (caps || ((tk.flags & T_DIGIT) !== 0 && tk.raw === tk.raw.toUpperCase())) && tk.raw === tk.s.toUpperCase(),
    });
  }
  const out: NameVariant[] = [];
  const push = (items: Item[], droppedQualifier: boolean, acronym: boolean): void => {
    const toks = items.map((x) => x.s);
    const { from, to } = stripForms(toks);
    if (to <= from) return;
    const core = items.slice(from, to);
    const v: NameVariant = {
      tokens: toks.slice(from, to),
      raw: core.map((x) => x.raw),
      hadForm: from > 0 || to < toks.length,
      droppedQualifier,
      acronym,
      cjk: core.every((x) => x.cjk),
      allCaps: core.every((x) => x.acr),
    };
    const key = v.tokens.join(' ');
    if (out.length === 0 || !out.some((o) => o.tokens.join(' ') === key)) out.push(v);
  };
  push(all, false, false);
  const inParen = all.filter((x) => x.paren);
  if (inParen.length > 0 && inParen.length < all.length) {
    push(all.filter((x) => !x.paren), true, false);
    // "(XPCC)": a lone capitalised token in brackets is an acronym of the same party.
    if (inParen.length === 1 && inParen[0]?.caps) push(inParen, false, true);
  }
  return out;
}
