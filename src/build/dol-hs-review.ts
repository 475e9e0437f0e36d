// DOL ILAB's own goods-to-HTS mapping ("ImportWatch Goods HS", 2025-09-24, ids 1-300 only: goods
// "Alcoholic Beverages" to "Soap"), used to review the curated HS risk map: each DOL code that the
// map lacks for the same good is added as a row citing DOL, at the HS 2022 level it exists at.
// Kept out: whole chapters (a chapter would flag every code in it) and goods whose DOL name matches
// no good of ours. Marked weak: codes cut back to a heading because DOL's code is partial or
// predates HS 2022, and DOL lines that sit in an "other" bucket at HS 6.
import { readCsv } from '../core';
import type { HsEntry, HsRiskEntry } from '../core';

export const DOL_HS_FILE = 'candidates/dol_ilab_importwatch_goods_hs_2025-09-24.csv';
export const DOL_HS_REFERENCE =
  'DOL ILAB ImportWatch Goods HS (data portal dataset 10294), file of 2025-09-24, rows 1-300 (partial)';

/** DOL spellings that differ from the good names in our map. */
const DOL_NAMES: Readonly<Record<string, string>> = {
  'Fruits (Pome and Stone)': 'Fruit (Pome and Stone)',
};

export interface DolHsReview {
  added: HsRiskEntry[];
  /** Goods and codes not brought in, with why (said in the README). */
  skipped: { good: string; code: string; why: string }[];
}

export function reviewWithDolHs(
  input: { file: string; text: string },
  map: readonly HsRiskEntry[],
  hs: readonly HsEntry[],
): DolHsReview {
  const table = readCsv(input.text, input.file, ['id', 'good', 'hts_code']);
  const byCode = new Map(hs.map((h) => [h.code, h] as const));
  const ours = new Map<string, Set<string>>();
  for (const r of map)
    if (r.sourceList !== 'uflpa-sector') ours.set(r.good, (ours.get(r.good) ?? new Set()).add(r.code));
  const review: DolHsReview = { added: [], skipped: [] };
  /** The longest HS 2022 code DOL's code starts with; `cut` when that is shorter than DOL's. */
  const pick = (digits: string): { code: string; cut: boolean } | null => {
    const n = [6, 4, 2].find((k) => digits.length >= k && byCode.has(digits.slice(0, k)));
    if (n === undefined) return null;
    return { code: digits.slice(0, n), cut: digits.length > n && n < 6 };
  };
  const seen = new Set<string>();
  for (const r of table.rows) {
    const dolGood = r.get('good').trim();
    const hts = r.get('hts_code').trim();
    const good = DOL_NAMES[dolGood] ?? dolGood;
    const have = ours.get(good);
    if (!have) {
      review.skipped.push({ good: dolGood, code: hts, why: 'no good of that name in the map' });
      continue;
    }
    const digits = hts.replace(/\./g, '');
    // A partial subheading ("4402.1") means the HS 6 codes under it, when they exist in HS 2022.
    const expanded = digits.length === 5 ? hs.filter((h) => h.code.length === 6 && h.code.startsWith(digits)) : [];
    const codes = expanded.length ? expanded.map((h) => ({ code: h.code, cut: false })) : [pick(digits)];
    for (const c of codes) {
      if (c === null) {
        review.skipped.push({ good, code: hts, why: 'not an HS 2022 code at any level' });
        continue;
      }
      if (c.code.length === 2) {
        review.skipped.push({ good, code: hts, why: 'a whole chapter: it would flag every code in it' });
        continue;
      }
      if ([...have].some((h) => c.code.startsWith(h)) || seen.has(`${good}|${c.code}`)) continue;
      seen.add(`${good}|${c.code}`);
      const entry = byCode.get(c.code) as HsEntry;
      const bucket = c.code.length === 6 && /(^other\b|n\.e\.c\.|n\.e\.s\.)/i.test(entry.description);
      review.added.push({
        good,
        sourceList: 'dol-tvpra',
        code: c.code,
        match: 'direct',
        rationale: `DOL maps ${dolGood} to HTS ${hts}; HS 2022 ${c.code}: ${entry.description}`,
        reference: DOL_HS_REFERENCE,
        ...(c.cut
          ? {
              weak: `DOL's code ${hts} is not in HS 2022 at its own length: kept at ${c.code}, which also covers other products`,
            }
          : bucket
            ? { weak: `DOL's line ${hts} sits in the HS 6 "other" bucket ${c.code}: also other products` }
            : {}),
      });
    }
  }
  return review;
}
