// Whether a name has enough substance to report: its characters other than spaces and punctuation.
const SPACE_OR_PUNCT = /[\s\p{P}]/u;
/** ASCII answers of SPACE_OR_PUNCT, looked up instead of run (once per company-like name on a page). */
const ASCII_SKIP = Uint8Array.from({ length: 128 }, (_, c) => (SPACE_OR_PUNCT.test(String.fromCharCode(c)) ? 1 : 0));

/**
 * True when `s` holds at least `n` UTF-16 units outside spaces and punctuation: the same as
 * `s.replace(/[\s\p{P}]/gu, '').length >= n`, but it stops reading once `n` are counted.
 */
export function hasSubstance(s: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < s.length && count < n;) {
    const cp = s.codePointAt(i) as number;
    const w = cp > 0xffff ? 2 : 1;
    const skip = cp < 128 ? ASCII_SKIP[cp] === 1 : SPACE_OR_PUNCT.test(String.fromCodePoint(cp));
    if (!skip) count += w;
    i += w;
  }
  return count >= n;
}
