// DOL ILAB TVPRA List of Goods (dol_tvpra_goods.csv): one entry per (good, country).
import { BUILTIN_META } from './builtin-meta';
import type { CountryResolver } from './country-names';
import { readCsv } from '../core';
import { fail } from '../core';
import { SNAPSHOT_FORMAT, type BuiltinSnapshot, type TvpraEntry } from '../core';
import { yesNo } from '../core';

const COLUMNS = [
  'good',
  'country',
  'child_labor',
  'forced_labor',
  'forced_child_labor',
  'downstream_good',
  'input_source_country',
] as const;

export function resolveCountry(
  resolve: CountryResolver,
  name: string,
  file: string,
  line: number,
  field: string,
): string {
  const iso2 = resolve(name);
  if (!iso2) return fail(file, line, field, `unknown country "${name}" (add it to country_aliases.csv)`);
  return iso2;
}

export function parseDolTvpra(
  input: { file: string; text: string },
  resolve: CountryResolver,
): BuiltinSnapshot<'dol-tvpra'> {
  const { file, text } = input;
  const table = readCsv(text, file, COLUMNS);
  if (table.rows.length === 0) fail(file, 0, '', 'no rows');
  const seen = new Set<string>();
  const entries = table.rows.map((r): TvpraEntry => {
    // DOL stores "Açaí Berries" decomposed (NFD); compose so names compare equal everywhere.
    const good = r.get('good').normalize('NFC').trim();
    if (!good) fail(file, r.line, 'good', 'must not be empty');
    const country = r.get('country').normalize('NFC').trim();
    const entry: TvpraEntry = {
      good,
      country,
      iso2: resolveCountry(resolve, country, file, r.line, 'country'),
      childLabor: yesNo(r.get('child_labor'), file, r.line, 'child_labor'),
      forcedLabor: yesNo(r.get('forced_labor'), file, r.line, 'forced_labor'),
      forcedChildLabor: yesNo(r.get('forced_child_labor'), file, r.line, 'forced_child_labor'),
      downstream: yesNo(r.get('downstream_good'), file, r.line, 'downstream_good'),
    };
    // Downstream goods (solar modules from Chinese polysilicon ...) carry no labor flags of their own.
    if (!entry.childLabor && !entry.forcedLabor && !entry.downstream)
      fail(file, r.line, 'child_labor', 'row lists neither child labor nor forced labor');
    const input = r.get('input_source_country').trim();
    if (input) {
      entry.inputCountry = input;
      entry.inputIso2 = resolveCountry(resolve, input, file, r.line, 'input_source_country');
    } else if (entry.downstream)
      fail(file, r.line, 'input_source_country', 'downstream goods need an input source country');
    const key = `${good}|${entry.iso2}`;
    if (seen.has(key)) fail(file, r.line, 'good', `duplicate (good, country): ${good}, ${country}`);
    seen.add(key);
    return entry;
  });
  return { format: SNAPSHOT_FORMAT, meta: { ...BUILTIN_META['dol-tvpra'] }, entries };
}
