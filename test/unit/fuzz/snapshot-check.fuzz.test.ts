// Fuzz: checkSnapshot, the gate every bundled file, feed, backup and custom snapshot passes
// before storage. It never throws (assertSnapshot throws only ListParseError), bundled files
// round-trip byte for byte, and the time grows linearly.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertSnapshot, BUILTIN_IDS, checkSnapshot } from '../../../src/core/lists/snapshot-check';
import type { Snapshot } from '../../../src/core/lists/types';
import { snapshotJson } from '../../../src/data/checksum';
import { expectLinear, expectSpecific, fuzzOptions, mutatedJson, onlyListParseError, publicData } from './fuzz-helpers';

/** Each bundled snapshot cut to its first 40 entries: cheap to clone, every field kind present. */
const SMALL = BUILTIN_IDS.map((id) => {
  const s = publicData(id) as Snapshot;
  return { ...s, entries: s.entries.slice(0, 40) };
});
const CUSTOM: Snapshot = {
  format: 1,
  meta: { id: 'custom:team', name: 'Team', publisher: 'Us', sourceUrl: '', asOf: '2026-01-01' },
  role: 'cleared',
  entries: [{ id: 'a', name: 'A', aliases: ['A1'], clearedBy: 'Jo', clearedOn: '2026-01-02', evidence: 'audit' }],
};

function checked(value: unknown): void {
  const r = checkSnapshot(value, 'fuzz.json');
  if (!r.ok) expectSpecific(r.errors);
  else expect(r.snapshot).toBe(value);
  onlyListParseError(() => assertSnapshot(value, 'fuzz.json'), 'fuzz.json');
}

describe('checkSnapshot (fuzz)', () => {
  it('arbitrary JSON values: ok or specific problems, never a throw', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), checked), fuzzOptions(300));
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3, withNullPrototype: true, withMap: true, withSet: true }), checked),
      fuzzOptions(200),
    );
  });

  it('snapshots with arbitrary meta, role and entries', () => {
    const snapshotLike = fc.record({
      format: fc.oneof(fc.constant(1), fc.jsonValue()),
      meta: fc.oneof(
        fc.record({
          id: fc.oneof(fc.constantFrom(...BUILTIN_IDS, 'custom:x', 'custom:', '__proto__'), fc.string()),
          name: fc.string(),
          publisher: fc.string(),
          sourceUrl: fc.string(),
          asOf: fc.oneof(fc.constant('2026-01-01'), fc.string()),
        }),
        fc.jsonValue(),
      ),
      role: fc.option(fc.constantFrom('watch', 'cleared', 'other'), { nil: undefined }),
      entries: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 2 })), fc.jsonValue()),
    });
    fc.assert(fc.property(snapshotLike, checked), fuzzOptions(300));
  });

  it('every bundled snapshot, mutated anywhere (value replaced or removed)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SMALL, CUSTOM).chain((s) => mutatedJson(s)),
        checked,
      ),
      fuzzOptions(400),
    );
  });

  it('round-trip: every bundled file passes and re-serialises to its exact bytes', () => {
    for (const id of BUILTIN_IDS) {
      const text = readFileSync(resolve(import.meta.dirname, '../../../public/data', `${id}.json`), 'utf8').trimEnd();
      const r = checkSnapshot(JSON.parse(text) as unknown, `${id}.json`, id);
      expect(r.ok ? [] : r.errors).toEqual([]);
      if (r.ok) expect(snapshotJson(r.snapshot)).toBe(text);
    }
    const r = checkSnapshot(JSON.parse(snapshotJson(CUSTOM)) as unknown, 'custom.json');
    expect(r.ok && snapshotJson(r.snapshot)).toBe(snapshotJson(CUSTOM));
  });

  it('time grows linearly: valid entries, invalid entries (problems are capped), duplicate ids', () => {
    const tip = SMALL.find((s) => s.meta.id === 'tip-tiers')!;
    /** A snapshot whose entries (entry(0), entry(1) ...) fill `bytes`. */
    const grow =
      (entry: (i: number) => unknown, base: Snapshot = tip) =>
      (bytes: number) => {
        const entries: unknown[] = [];
        for (let size = 0; size < bytes;) {
          const e = entry(entries.length);
          entries.push(e);
          size += JSON.stringify(e).length + 1;
        }
        return JSON.stringify({ ...base, entries });
      };
    const check = (t: string) => checkSnapshot(JSON.parse(t) as unknown, 'big.json');
    expectLinear(
      check,
      grow((i) => tip.entries[i % tip.entries.length]),
    );
    expectLinear(
      check,
      grow((i) => ({ iso2: i, country: null })),
    );
    expectLinear(
      check,
      grow(() => CUSTOM.entries[0], CUSTOM),
    );
  });
});
