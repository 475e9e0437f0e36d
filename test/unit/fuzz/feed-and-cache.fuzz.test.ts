// Fuzz: the two ways outside JSON reaches storage besides custom lists, an update feed and a
// backup file. Whatever the bytes, updateFromFeed and importCache return a result (never throw);
// a refused input changes nothing; an accepted one leaves only whole, valid, consistent lists.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../src/core/lists/types';
import { sha256Hex, snapshotJson } from '../../../src/data/checksum';
import type { LaborLensDb } from '../../../src/data/db';
import {
  ensureBundled,
  exportCache,
  importCache,
  importCustomList,
  listSummaries,
  loadRiskData,
  updateFromFeed,
} from '../../../src/data/list-store';
import type { LoadReport } from '../../../src/data/risk-data';
import { setStatus } from '../../../src/data/statuses';
import { bundled, freshDb } from '../data/helpers';
import { anyJsonText, anyText, fuzzOptions, mutated, mutatedJson } from './fuzz-helpers';

const NOW = new Date('2026-11-28T12:00:00Z');
const URL = 'https://feeds.example/tip.json';
const REASONS = [
  'network',
  'http',
  'redirect',
  'unpinned',
  'checksum',
  'malformed',
  'older',
  'future',
  'quota',
  'storage',
];

async function tipOnly(): Promise<LaborLensDb> {
  const db = freshDb();
  await ensureBundled(db, async (id) => bundled(id), { marker: 'm', ids: ['tip-tiers'] });
  return db;
}
const state = async (db: LaborLensDb) => JSON.stringify([await exportCache(db, NOW), await db.settings.toArray()]);

/** Every stored list loads without damage, and summaries are sane. */
async function expectWhole(db: LaborLensDb): Promise<void> {
  const report: LoadReport = { damaged: [] };
  await loadRiskData(db, report);
  expect(report.damaged).toEqual([]);
  for (const row of await listSummaries(db)) {
    expect(typeof row.name).toBe('string');
    if (row.updateUrl !== undefined) expect(row.updateUrl).toMatch(/^https:\/\//);
  }
}

describe('updateFromFeed (fuzz)', () => {
  const newer: Snapshot = { ...bundled('tip-tiers'), meta: { ...bundled('tip-tiers').meta, asOf: '2026-09-30' } };
  newer.entries = newer.entries.slice(0, 30);
  /** Valid feeds: any subset of the entries, any country spelling, a later date. */
  const validFeed = fc
    .tuple(
      fc.subarray(newer.entries as { country: string }[], { minLength: 1 }),
      fc.string({ minLength: 1, maxLength: 20 }).filter((c) => c.trim() !== ''),
      // 2026 is before NOW; later years are in the future and refused.
      fc.integer({ min: 2026, max: 2027 }),
    )
    .map(([entries, spelling, year]) =>
      snapshotJson({
        ...newer,
        meta: { ...newer.meta, asOf: `${year}-10-01` },
        entries: entries.map((e, i) => (i === 0 ? { ...e, country: spelling } : e)),
      }),
    );
  const feedBody = fc.oneof(
    { arbitrary: validFeed, weight: 4 },
    anyText,
    anyJsonText,
    mutated(snapshotJson(newer)),
    mutatedJson(newer).map((v) => JSON.stringify(v) ?? ''),
  );

  /** The stored list itself: its row without the update bookkeeping, and its snapshot. */
  const stored = async (db: LaborLensDb) => {
    const { lastError: _e, lastUpdateAt: _u, ...row } = (await db.lists.get('tip-tiers'))!;
    return JSON.stringify([row, await db.snapshots.get('tip-tiers')]);
  };

  it('any feed body: a result, never a throw; refused = old list kept, lastError says why; accepted = whole and consistent', async () => {
    const outcomes = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(feedBody, fc.boolean(), async (body, pinned) => {
        const db = await tipOnly();
        const before = await stored(db);
        // Unsigned feeds are used only pinned: pinned to the body served, or not at all.
        const feed = { url: URL, ...(pinned ? { sha256: await sha256Hex(body) } : {}) };
        const r = await updateFromFeed(
          db,
          'tip-tiers',
          feed,
          async () => ({ ok: true, status: 200, text: async () => body }),
          NOW,
        );
        if (r.ok) {
          outcomes.accepted += 1;
          expect(pinned).toBe(true);
          await expectWhole(db);
          expect((await db.lists.get('tip-tiers'))?.checksum).toBe(r.checksum);
        } else {
          outcomes.refused += 1;
          expect(REASONS).toContain(r.reason);
          expect(r.message.length).toBeGreaterThan(10);
          expect((await db.lists.get('tip-tiers'))?.lastError).toBe(r.message);
          expect(await stored(db)).toBe(before);
        }
        db.close();
      }),
      fuzzOptions(80),
    );
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.accepted).toBeGreaterThan(0);
  });
});

describe('importCache (fuzz)', () => {
  let file = '';
  const seeded = async () => {
    const db = await tipOnly();
    await importCustomList(db, 'team.csv', 'name,aliases,severity\nAcme,Acme Co;ACME,high\n', 'watch', NOW);
    await setStatus(db, { key: 'Acme', status: 'under-review', note: 'n', by: 'Jo', at: NOW.toISOString() });
    return db;
  };

  it('any backup file: a result, never a throw; refused = nothing changed; accepted = whole, sanitised lists', async () => {
    const source = await seeded();
    file = await exportCache(source, NOW);
    const parsed = JSON.parse(file) as { lists: { snapshot: Snapshot }[] };
    for (const l of parsed.lists) l.snapshot.entries = l.snapshot.entries.slice(0, 20);
    const small = JSON.parse(JSON.stringify(parsed)) as unknown;
    const backup = fc.oneof(
      anyText,
      anyJsonText,
      mutatedJson(small).map((v) => JSON.stringify(v) ?? ''),
      mutated(JSON.stringify(small)),
    );
    const db = await seeded();
    let before = await state(db);
    const outcomes = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(backup, async (text) => {
        // As after the user confirmed the plan (a backup replacing a built-in list asks first).
        const r = await importCache(db, text, { replaceBuiltin: true, now: NOW });
        outcomes[r.ok ? 'accepted' : 'refused'] += 1;
        if (r.ok) {
          await expectWhole(db);
          // Put the seed back for the next run.
          expect(await importCache(db, file, { replaceBuiltin: true, now: NOW })).toMatchObject({ ok: true });
          before = await state(db);
        } else {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(e.length).toBeGreaterThan(5);
          expect(await state(db)).toBe(before);
        }
      }),
      fuzzOptions(120),
    );
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.accepted).toBeGreaterThan(0);
  });

  it('round-trip: lists and arbitrary statuses survive export and import unchanged', async () => {
    const status = fc.record(
      {
        key: fc.string({ minLength: 1, maxLength: 30 }),
        status: fc.constantFrom('under-review' as const, 'cleared' as const, 'false-match' as const),
        note: fc.string({ maxLength: 30 }),
        by: fc.string({ maxLength: 10 }),
        at: fc.constant(NOW.toISOString()),
      },
      { requiredKeys: ['key', 'status', 'at'] },
    );
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(status, { selector: (s) => s.key, maxLength: 8 }), async (statuses) => {
        const a = await seeded();
        await a.statuses.clear();
        await a.statuses.bulkPut(statuses);
        const text = await exportCache(a, NOW);
        const b = freshDb();
        expect(await importCache(b, text)).toMatchObject({ ok: true, statuses: statuses.length });
        // Everything survives but the source, which says how the data arrived (an import).
        const noSource = (t: string) =>
          JSON.stringify({
            ...JSON.parse(t),
            lists: (JSON.parse(t) as { lists: { row: object }[] }).lists.map((l) => ({
              ...l,
              row: { ...l.row, source: '' },
            })),
          });
        expect(noSource(await exportCache(b, NOW))).toBe(noSource(text));
        a.close();
        b.close();
      }),
      fuzzOptions(25),
    );
  });
});
