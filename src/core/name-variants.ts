// Turn one listed name into the token sequences the index should know: the name without its legal
// form, without parenthesised qualifiers ("(Shanshan)"), with an acronym in brackets as its own
// name, and with known place-name spellings folded (Hotan -> hetian). Pure and small, so the index
// builder and `screen` share it.
import { stripForms } from './legal-forms';
import { T_ALLCAPS, T_CJK, T_PAREN, tokenString, tokenize } from './normalize';
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
}

export function nameVariants(name: string): NameVariant[] {
  const t = tokenize(name);
  const all: { s: string; raw: string; paren: boolean; cjk: boolean; caps: boolean }[] = [];
  for (let k = 0; k < t.count; k++) {
    const f = t.flags[k] ?? 0;
    all.push({
      s: canonicalPlaceToken(tokenString(name, t, k)),
      raw: name.slice(t.start[k], t.end[k]),
      paren: (f & T_PAREN) !== 0,
      cjk: (f & T_CJK) !== 0,
      caps: (f & T_ALLCAPS) !== 0,
    });
  }
  const out: NameVariant[] = [];
  const push = (items: typeof all, droppedQualifier: boolean, acronym: boolean): void => {
    const toks = items.map((x) => x.s);
    const { from, to } = stripForms(toks);
    if (to <= from) return;
    const v: NameVariant = {
      tokens: toks.slice(from, to),
      raw: items.slice(from, to).map((x) => x.raw),
      hadForm: from > 0 || to < toks.length,
      droppedQualifier,
      acronym,
    };
    if (!out.some((o) => o.tokens.join(' ') === v.tokens.join(' '))) out.push(v);
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
