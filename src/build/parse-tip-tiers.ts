// State Department TIP Report tier placements (tip_tiers.csv).
import { BUILTIN_META } from './builtin-meta';
import { readCsv } from '../core';
import { fail } from '../core';
import { SNAPSHOT_FORMAT, type BuiltinSnapshot, type TipEntry } from '../core';
import { ISO2, oneOf } from '../core';

const TIERS = ['Tier 1', 'Tier 2', 'Tier 2 Watch List', 'Tier 3', 'Special Case'] as const;

export function parseTipTiers(input: { file: string; text: string }): BuiltinSnapshot<'tip-tiers'> {
  const { file, text } = input;
  const table = readCsv(text, file, ['country_as_published', 'iso2', 'tier', 'report_year']);
  if (table.rows.length === 0) fail(file, 0, '', 'no rows');
  const seen = new Set<string>();
  const entries = table.rows.map((r): TipEntry => {
    const iso2 = r.get('iso2').trim();
    // Kosovo (XK) is a user-assigned code, not ISO 3166-1, but is what everyone uses.
    if (!ISO2.test(iso2)) fail(file, r.line, 'iso2', `expected an ISO 3166 alpha-2 code, found "${iso2}"`);
    if (seen.has(iso2)) fail(file, r.line, 'iso2', `duplicate country ${iso2}`);
    seen.add(iso2);
    const year = Number(r.get('report_year'));
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      fail(file, r.line, 'report_year', `expected a year, found "${r.get('report_year')}"`);
    const country = r.get('country_as_published').trim();
    if (!country) fail(file, r.line, 'country_as_published', 'must not be empty');
    return { iso2, country, tier: oneOf(r.get('tier').trim(), TIERS, file, r.line, 'tier'), year };
  });
  return { format: SNAPSHOT_FORMAT, meta: { ...BUILTIN_META['tip-tiers'] }, entries };
}
