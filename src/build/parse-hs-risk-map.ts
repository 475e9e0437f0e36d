// Curated HS risk map (hs_risk_map.csv), checked code by code against the HS 2022 nomenclature.
import { BUILTIN_META } from './builtin-meta';
import { readCsv } from '../core';
import { reviewHsRiskRow } from './hs-risk-review';
import { fail } from '../core';
import { SNAPSHOT_FORMAT, type BuiltinSnapshot, type HsEntry, type HsRiskEntry } from '../core';
import { oneOf } from '../core';

const SOURCES = ['dol-tvpra', 'dol-eo13126', 'uflpa-sector'] as const;

export function parseHsRiskMap(
  input: { file: string; text: string },
  hs: readonly HsEntry[],
): BuiltinSnapshot<'hs-risk-map'> {
  const { file, text } = input;
  const table = readCsv(text, file, ['good', 'source_list', 'hs_code', 'hs_level', 'match', 'rationale', 'reference']);
  if (table.rows.length === 0) fail(file, 0, '', 'no rows');
  const levels = new Map(hs.map((h) => [h.code, h.level] as const));
  const seen = new Set<string>();
  const entries: HsRiskEntry[] = [];
  for (const r of table.rows) {
    const good = r.get('good').normalize('NFC').trim();
    if (!good) fail(file, r.line, 'good', 'must not be empty');
    const code = r.get('hs_code').trim();
    // Goods with no HS code (DOL's "Pornography") cannot be matched by code: skipped on purpose.
    if (code === '') {
      if (!/no HS code/i.test(r.get('rationale')))
        fail(file, r.line, 'hs_code', 'empty code without the "no HS code" rationale');
      continue;
    }
    const level = levels.get(code);
    if (!level) fail(file, r.line, 'hs_code', `code "${code}" is not in the HS 2022 nomenclature`);
    if (r.get('hs_level').trim() !== level)
      fail(file, r.line, 'hs_level', `code ${code} is a ${level ?? '?'}, the row says "${r.get('hs_level')}"`);
    const sourceList = oneOf(r.get('source_list').trim(), SOURCES, file, r.line, 'source_list');
    const key = `${good}|${sourceList}|${code}`;
    if (seen.has(key)) fail(file, r.line, 'hs_code', `duplicate row for ${good} (${sourceList}) ${code}`);
    seen.add(key);
    const reviewed = reviewHsRiskRow({
      good,
      sourceList,
      code,
      match: oneOf(r.get('match').trim(), ['direct', 'contains'] as const, file, r.line, 'match'),
      rationale: r.get('rationale').trim(),
      reference: r.get('reference').trim(),
    });
    if (reviewed) entries.push(reviewed);
  }
  return { format: SNAPSHOT_FORMAT, meta: { ...BUILTIN_META['hs-risk-map'] }, entries };
}
