// HS 2022 nomenclature (hs_nomenclature.csv): chapters, headings and subheadings.
import { BUILTIN_META } from './builtin-meta';
import { readCsv } from '../core';
import { fail } from '../core';
import { SNAPSHOT_FORMAT, type BuiltinSnapshot, type HsEntry } from '../core';
import { oneOf } from '../core';

const LEVELS = ['chapter', 'heading', 'subheading'] as const;
const DIGITS: Record<HsEntry['level'], number> = { chapter: 2, heading: 4, subheading: 6 };

export function parseHs(input: { file: string; text: string }): BuiltinSnapshot<'hs'> {
  const { file, text } = input;
  const table = readCsv(text, file, ['code', 'level', 'parent', 'description']);
  if (table.rows.length === 0) fail(file, 0, '', 'no rows');
  const codes = new Set<string>();
  const entries = table.rows.map((r): HsEntry => {
    const code = r.get('code').trim();
    const level = oneOf(r.get('level').trim(), LEVELS, file, r.line, 'level');
    // Leading zeros matter ("01", "0702"): a spreadsheet that turned codes into numbers shows up here.
    if (!/^\d+$/.test(code) || code.length !== DIGITS[level])
      fail(file, r.line, 'code', `a ${level} code has ${DIGITS[level]} digits, found "${code}"`);
    if (codes.has(code)) fail(file, r.line, 'code', `duplicate code ${code}`);
    const parent = r.get('parent').trim();
    if (level !== 'chapter' && (parent !== code.slice(0, code.length - 2) || !codes.has(parent))) {
      fail(
        file,
        r.line,
        'parent',
        `parent of ${code} should be ${code.slice(0, code.length - 2)} and come before it, found "${parent}"`,
      );
    }
    codes.add(code);
    const description = r.get('description').trim();
    if (!description) fail(file, r.line, 'description', 'must not be empty');
    return { code, level, description };
  });
  return { format: SNAPSHOT_FORMAT, meta: { ...BUILTIN_META.hs }, entries };
}
