// Comparison keys for screening one whole name against one listed name (not page scanning):
// legal forms stripped at both ends (with their generic type kept, so "AG" and "GmbH" differ),
// "the" dropped, number words and ordinals as digits, "U.S." as "united states", bracketed
// qualifiers apart, and compact forms (no spaces) for "SiemensAG" / "Good Will" / "A.B.C.".
import { RIGOUR_GENERIC } from '../names/legal-forms-data';
import { legalForms } from '../names/legal-forms';
import { hashToken, T_PAREN } from '../text/normalize';
import { splitName } from '../text/split-name';
import { canonicalPlaceToken } from '../names/place-variants';

export interface ScreenKey {
  /** Core tokens, outside brackets. */
  tokens: string[];
  /** Tokens inside brackets ("(Schweiz)"). */
  qualifiers: string[];
  /** Core tokens joined without spaces. */
  compact: string;
  /** Everything (forms included) joined without spaces. */
  full: string;
  /** Generic types of the legal forms found (JSC, LLC ...). */
  generics: Set<string>;
}

// Made on first use, not when the module loads: a service worker runs every module's top level on
// each wake, most of which never screen a name.
let generic: Map<string, string> | undefined;
function genericOf(form: string): string | undefined {
  if (!generic) {
    generic = new Map();
    for (const pair of RIGOUR_GENERIC.split('|')) {
      const i = pair.indexOf('=');
      if (i > 0) generic.set(pair.slice(0, i), pair.slice(i + 1));
    }
  }
  return generic.get(form);
}

// Maps, not object literals: a name word such as "constructor" is no number or spelling.
const UNITS = new Map<string, number>([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);
const TENS = new Map<string, number>([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fourty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);
const ORDINALS = new Map<string, string>([
  ['1st', 'first'],
  ['2nd', 'second'],
  ['3rd', 'third'],
  ['4th', 'fourth'],
  ['5th', 'fifth'],
]);
const SPELLING = new Map<string, string>([
  ['organisation', 'organization'],
  ['labour', 'labor'],
  ['centre', 'center'],
  ['programme', 'program'],
  ['defence', 'defense'],
  ['intl', 'international'],
]);

function numbersToDigits(toks: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i] as string;
    const tens = TENS.get(w);
    if (tens !== undefined) {
      const nx = toks[i + 1];
      const u = nx !== undefined ? (UNITS.get(nx) ?? (/^[1-9]$/u.test(nx) ? Number(nx) : undefined)) : undefined;
      if (u !== undefined && u < 10) {
        out.push(String(tens + u));
        i++;
      } else out.push(String(tens));
      continue;
    }
    const unit = UNITS.get(w);
    out.push(unit !== undefined ? String(unit) : (ORDINALS.get(w) ?? SPELLING.get(w) ?? w));
  }
  return out;
}

function stripEnds(toks: string[], generics: Set<string>): string[] {
  const lf = legalForms();
  let from = 0;
  let to = toks.length;
  // The words' hashes once: a form is looked for from every word of the tail, once per form cut.
  const hs = toks.map(hashToken);
  // Leading forms (OOO, PT, "Limited Liability Company"), chained.
  for (let guard = 0; guard < 3 && from < to - 1; guard++) {
    const n = lf.prefixLengthH(hs, from, to);
    if (n === 0 || from + n >= to) break;
    const g = genericOf(toks.slice(from, from + n).join(' '));
    if (g) generics.add(g);
    from += n;
  }
  // Trailing forms, chained: the earliest start p such that toks[p..to) is one form.
  for (let guard = 0; guard < 4; guard++) {
    let cut = -1;
    for (let p = to - 1; p > from; p--) if (lf.prefixLengthH(hs, p, to) === to - p) cut = p;
    if (cut < 0) break;
    const g = genericOf(toks.slice(cut, to).join(' '));
    if (g) generics.add(g);
    to = cut;
  }
  return toks.slice(from, to);
}

export function screenKey(name: string): ScreenKey {
  const core: string[] = [];
  const qualifiers: string[] = [];
  const all: string[] = [];
  splitName(name).forEach((tk, k) => {
    const w = canonicalPlaceToken(tk.s);
    all.push(w);
    if (tk.flags & T_PAREN && k > 0) qualifiers.push(w);
    else core.push(w);
  });
  const generics = new Set<string>();
  let toks = numbersToDigits(core.filter((w) => w !== 'the'));
  // "U.S." / "U.K." as words.
  const joined = toks.join(' ');
  if (/\bu s\b/u.test(joined) || /\bu k\b/u.test(joined)) {
    toks = joined
      .replace(/\bu s\b/gu, 'united states')
      .replace(/\bu k\b/gu, 'united kingdom')
      .split(' ');
  }
  toks = stripEnds(toks, generics);
  return {
    tokens: toks,
    qualifiers: stripEnds(qualifiers, generics),
    compact: toks.join(''),
    full: all.join(''),
    generics,
  };
}
