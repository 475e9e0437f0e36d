// DOL EO 13126 List (dol_eo13126_products.csv): one entry per (product, country).
import { BUILTIN_META } from './builtin-meta';
import type { CountryResolver } from './country-names';
import { readCsv } from '../core';
import { resolveCountry } from './parse-dol-tvpra';
import { fail } from '../core';
import { SNAPSHOT_FORMAT, type BuiltinSnapshot, type Eo13126Entry } from '../core';
import { yesNo } from '../core';

export function parseDolEo13126(
  input: { file: string; text: string },
  resolve: CountryResolver,
): BuiltinSnapshot<'dol-eo13126'> {
  const { file, text } = input;
  const table = readCsv(text, file, ['product', 'country', 'in_2022_list_data_fcl_flag', 'in_2014_eo_xls']);
  if (table.rows.length === 0) fail(file, 0, '', 'no rows');
  const entries = table.rows.map((r): Eo13126Entry => {
    const product = r.get('product').normalize('NFC').trim();
    if (!product) fail(file, r.line, 'product', 'must not be empty');
    const country = r.get('country').normalize('NFC').trim();
    const entry: Eo13126Entry = { product, country, iso2: resolveCountry(resolve, country, file, r.line, 'country') };
    const in2022 = yesNo(r.get('in_2022_list_data_fcl_flag'), file, r.line, 'in_2022_list_data_fcl_flag');
    const in2014 = yesNo(r.get('in_2014_eo_xls'), file, r.line, 'in_2014_eo_xls');
    if (!in2022 && !in2014) fail(file, r.line, 'in_2014_eo_xls', 'row is on neither source list');
    // Membership is inferred from two sources; where they disagree (Uzbekistan cotton) it is uncertain.
    if (in2022 !== in2014) entry.uncertain = true;
    return entry;
  });
  return { format: SNAPSHOT_FORMAT, meta: { ...BUILTIN_META['dol-eo13126'] }, entries };
}
