// Fuzz: the user's own lists (CSV, JSON array, snapshot JSON). parseCustomList never throws: it
// returns a valid snapshot or {ok:false} with specific problems; valid lists round-trip; the time
// grows linearly, even for a file of one name repeated 30,000 times.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCustomList, type CustomRole } from '../../../src/core/lists/custom-list';
import { checkSnapshot } from '../../../src/core/lists/snapshot-check';
import { SEVERITIES, type CustomEntry } from '../../../src/core/lists/types';
import {
  anyJsonText,
  anyText,
  expectLinear,
  expectSpecific,
  fuzzOptions,
  mutated,
  mutatedJson,
  repeatRows,
} from './fuzz-helpers';

const NOW = new Date('2026-11-28T12:00:00Z');
const WATCH =
  'name,aliases,country,notes,severity\nAcme Textiles Ltd,Acme Tex;ACME|Acme Co,CN,seen on 1688,high\n"Beta, Inc.",,VN,,medium\n"Gamma ""G"" Ltd","G1;G2",,"multi\nline",low\n';
const CLEARED =
  'name,aliases,country,notes,severity,cleared_by,cleared_on,evidence\nAcme Ltd,,CN,,,Jane,2026-10-01,audit report 12\n';

function neverThrows(file: string, text: string, role: CustomRole): void {
  const r = parseCustomList(file, text, role, NOW);
  if (!r.ok) return expectSpecific(r.errors);
  // What the importer stores must pass the same check a feed or backup would.
  const checked = checkSnapshot(JSON.parse(JSON.stringify(r.snapshot)) as unknown, file);
  expect(checked.ok ? [] : checked.errors).toEqual([]);
  expect(r.snapshot.meta.id).toMatch(/^custom:[a-z0-9][a-z0-9-]*$/);
}

const role = fc.constantFrom<CustomRole>('watch', 'cleared');
const fileName = fc.oneof(
  fc.constantFrom('suppliers.csv', 'list.json', '.csv', '新疆.csv', '__proto__.json', 'a'.repeat(300)),
  fc.string({ maxLength: 30 }),
);

describe('parseCustomList (fuzz)', () => {
  it('arbitrary text, JSON and file names: a valid snapshot or specific problems, never a throw', () => {
    fc.assert(
      fc.property(fileName, fc.oneof(anyText, anyJsonText), role, (f, text, r) => neverThrows(f, text, r)),
      fuzzOptions(300),
    );
  });

  it('mutated real watch and cleared lists', () => {
    fc.assert(
      fc.property(mutated(WATCH), (t) => neverThrows('w.csv', t, 'watch')),
      fuzzOptions(),
    );
    fc.assert(
      fc.property(mutated(CLEARED), (t) => neverThrows('c.csv', t, 'cleared')),
      fuzzOptions(),
    );
  });

  it('mutated JSON arrays and snapshots (values replaced or removed, prototype keys)', () => {
    const ok = parseCustomList('w.csv', WATCH, 'watch', NOW);
    if (!ok.ok) throw new Error('fixture');
    const rows = (ok.snapshot.entries as CustomEntry[]).map(({ name, aliases, country, notes, severity }) => ({
      name,
      aliases,
      country,
      notes,
      severity,
    }));
    fc.assert(
      fc.property(mutatedJson(rows), role, (v, r) => neverThrows('w.json', JSON.stringify(v) ?? '', r)),
      fuzzOptions(),
    );
    fc.assert(
      fc.property(mutatedJson(ok.snapshot), role, (v, r) => neverThrows('w.json', JSON.stringify(v) ?? '', r)),
      fuzzOptions(),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('constructor', '__proto__', 'toString', 'clearedBy', 'id'),
        fc.jsonValue({ maxDepth: 1 }),
        role,
        (k, v, r) =>
          neverThrows('w.json', `[{"name":"Acme","severity":"low",${JSON.stringify(k)}:${JSON.stringify(v)}}]`, r),
      ),
      fuzzOptions(60),
    );
  });

  it('an unknown JSON key named like an Object.prototype key is reported by its own name', () => {
    const r = parseCustomList('w.json', '[{"name":"Acme","severity":"low","constructor":1}]', 'watch', NOW);
    expect(r.ok ? '' : r.errors[0]?.message).toMatch(/^unknown field\(s\) constructor;/);
  });

  it('round-trip: generated watch lists written as CSV and as JSON read back to the same entries', () => {
    const text = fc
      .string({ minLength: 1, maxLength: 20 })
      .map((s) =>
        s
          .replace(/[;|\uFFFD]/g, 'x')
          .split('\u0000')
          .join('x')
          .trim(),
      )
      .filter((s) => s !== '' && s !== '\uFEFF' && !s.startsWith('\uFEFF'));
    const entry = fc.record({
      name: text,
      aliases: fc.uniqueArray(text, { maxLength: 3 }),
      country: fc.constantFrom('', 'CN', 'VN'),
      notes: fc.oneof(fc.constant(''), text),
      severity: fc.constantFrom(...SEVERITIES),
    });
    const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 15 }), (entries) => {
        const csv = `name,aliases,country,notes,severity\n${entries.map((e) => [e.name, e.aliases.join(';'), e.country, e.notes, e.severity].map(q).join(',')).join('\n')}\n`;
        const expected = entries.map((e) => ({
          name: e.name,
          aliases: e.aliases.filter((a) => a !== e.name),
          ...(e.country ? { country: e.country } : {}),
          ...(e.notes ? { notes: e.notes } : {}),
          severity: e.severity,
        }));
        const strip = (r: ReturnType<typeof parseCustomList>) =>
          r.ok ? r.snapshot.entries.map(({ id: _id, ...rest }) => rest) : r.errors;
        expect(strip(parseCustomList('l.csv', csv, 'watch', NOW))).toEqual(expected);
        expect(strip(parseCustomList('l.json', JSON.stringify(entries), 'watch', NOW))).toEqual(expected);
        // And a parsed snapshot, imported again as JSON, is the same snapshot.
        const first = parseCustomList('l.csv', csv, 'watch', NOW);
        if (first.ok) expect(parseCustomList('l.json', JSON.stringify(first.snapshot), 'watch', NOW)).toEqual(first);
      }),
      fuzzOptions(200),
    );
  });

  it('time grows linearly: distinct rows, one name repeated (id suffixes), a JSON array, one huge field', () => {
    const parse = (t: string) => parseCustomList('big.csv', t, 'watch', NOW);
    expectLinear(parse, (n) => repeatRows('name,severity\n', (i) => `Supplier ${i},low\n`, n));
    expectLinear(parse, (n) => repeatRows('name,severity\n', () => 'Acme,low\n', n));
    expectLinear(
      parse,
      (n) => `[${repeatRows('', () => '{"name":"Acme","severity":"low"},', n)}{"name":"Z","severity":"low"}]`,
    );
    expectLinear(parse, (n) => `name,notes,severity\nAcme,"${'x'.repeat(n)}",low\n`);
  });
});
