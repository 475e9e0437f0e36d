// Data faults: damaged records in IndexedDB. Only the damaged list is left out (with a specific
// lastError), the others are still used, summaries never throw, the engine still builds, and a
// damaged bundled list is reloaded at the next start.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine';
import {
  BUNDLED_MARKER_KEY,
  ensureBundled,
  exportCache,
  importCache,
  listSummaries,
  loadRiskData,
} from '../../../src/data/list-store';
import type { LoadReport } from '../../../src/data/risk-data';
import { recentChecks, recordCheck } from '../../../src/data/history';
import { DEFAULT_SETTINGS, loadUserSettings, mergeManaged } from '../../../src/data/settings';
import { allStatuses, statusMap } from '../../../src/data/statuses';
import { bundled, freshDb } from './helpers';
import { expectConsistent, IDS, NOW, seed } from './fault-helpers';

async function seeded() {
  const db = freshDb();
  await seed(db);
  return db;
}
const load = async (db: Awaited<ReturnType<typeof seeded>>) => {
  const report: LoadReport = { damaged: [] };
  const data = await loadRiskData(db, report);
  return { data, report, ids: [...Object.keys(data.builtin), ...data.custom.map((c) => c.meta.id)].sort() };
};
const ALL = ['cbp-wro', 'custom:suppliers', 'dol-eo13126', 'tip-tiers'];
const without = (id: string) => ALL.filter((x) => x !== id);

describe('damaged snapshot rows', () => {
  const cases: [string, string, (s: Record<string, unknown>) => void, RegExp][] = [
    [
      'entries that are not a list',
      'tip-tiers',
      (s) => void (s['entries'] = 'garbage'),
      /its snapshot is invalid: .*\[entries\]: expected a list, found "garbage"/,
    ],
    [
      'entries of the wrong shape',
      'cbp-wro',
      (s) => void ((s['entries'] as Record<string, unknown>[])[3]!['status'] = 'gone'),
      /\[entries\[3\]\.status\]: expected one of active.*found "gone"/,
    ],
    [
      'a meta that is not an object',
      'dol-eo13126',
      (s) => void (s['meta'] = null),
      /\[meta\]: expected an object, found null/,
    ],
    [
      'entries that no longer match the checksum',
      'tip-tiers',
      (s) => void (s['entries'] = (s['entries'] as unknown[]).slice(1)),
      /does not match its checksum/,
    ],
    [
      'a custom list with a bad severity',
      'custom:suppliers',
      (s) => void ((s['entries'] as Record<string, unknown>[])[0]!['severity'] = 'extreme'),
      /severity\]: expected one of critical.*; it is left out until you import it again/,
    ],
  ];
  for (const [what, id, damage, message] of cases) {
    it(`${what}: only ${id} is left out, with a specific lastError`, async () => {
      const db = await seeded();
      const snap = (await db.snapshots.get(id)) as unknown as Record<string, unknown>;
      damage(snap);
      await db.snapshots.put(snap as never);
      const { data, report, ids } = await load(db);
      expect(ids).toEqual(without(id));
      expect(report.damaged).toEqual([{ id, error: expect.stringMatching(message) as string }]);
      const row = await db.lists.get(id);
      expect(row?.lastError).toMatch(/^stored data for this list is damaged \(/);
      expect(row?.lastError).toMatch(message);
      // Nothing is deleted: the user can still export what is left, and re-import.
      expect(await db.snapshots.get(id)).toBeDefined();
      expect(() => createEngine(data)).not.toThrow();
      expect((await listSummaries(db)).map((r) => r.id)).toContain(id);
    });
  }

  it('a missing snapshot row: that list is left out', async () => {
    const db = await seeded();
    await db.snapshots.delete('cbp-wro');
    const { ids, report } = await load(db);
    expect(ids).toEqual(without('cbp-wro'));
    expect(report.damaged[0]?.error).toMatch(/its snapshot is missing/);
  });

  it('a damaged bundled list is reloaded at the next start with the same marker, and nothing else changes', async () => {
    const db = await seeded();
    await db.snapshots.update('tip-tiers', { entries: 'garbage' as never });
    await load(db);
    expect(await db.settings.get(BUNDLED_MARKER_KEY)).toBeUndefined();
    const statuses = await allStatuses(db);
    const r = await ensureBundled(db, async (id) => bundled(id), { marker: 'm1', ids: IDS });
    expect(r.loaded).toEqual(['tip-tiers']);
    expect(r.kept).toEqual(['dol-eo13126', 'cbp-wro']);
    expect((await load(db)).ids).toEqual(ALL);
    expect(await db.lists.get('tip-tiers')).toMatchObject({ lastError: null, entryCount: 184 });
    expect((await db.lists.get('tip-tiers'))?.damaged).toBeUndefined();
    await expectConsistent(db, 'tip-tiers');
    expect(await allStatuses(db)).toEqual(statuses);
    expect(await db.lists.get('custom:suppliers')).toBeDefined();
  });

  it('a damaged feed newer than the bundle is replaced by the bundle rather than kept', async () => {
    const db = await seeded();
    await db.lists.update('tip-tiers', { source: 'feed', asOf: '2099-01-01' });
    // The row now disagrees with its snapshot's meta only in asOf/source; damage the entries too.
    await db.snapshots.update('tip-tiers', { entries: [{ iso2: 'nope' }] as never });
    await load(db);
    const r = await ensureBundled(db, async (id) => bundled(id), { marker: 'm1', ids: IDS });
    expect(r.loaded).toEqual(['tip-tiers']);
    expect(await db.lists.get('tip-tiers')).toMatchObject({ source: 'bundled', asOf: '2025-09-29' });
  });
});

describe('damaged list rows', () => {
  it('a row missing fields: left out, summaries still work and say why', async () => {
    const db = await seeded();
    const row = (await db.lists.get('dol-eo13126')) as unknown as Record<string, unknown>;
    delete row['name'];
    delete row['enabled'];
    delete row['checksum'];
    await db.lists.put(row as never);
    const { ids, report, data } = await load(db);
    expect(ids).toEqual(without('dol-eo13126'));
    expect(report.damaged[0]?.error).toMatch(/the list row has missing or invalid field\(s\): name, checksum, enabled/);
    const summaries = await listSummaries(db);
    const eo = summaries.find((s) => s.id === 'dol-eo13126');
    expect(eo).toMatchObject({ name: 'dol-eo13126', enabled: false, checksum: '' });
    expect(eo?.lastError).toMatch(/missing or invalid field/);
    expect(() => createEngine(data)).not.toThrow();
  });

  it('rows of garbage (not objects, numbers for text) never make summaries throw', async () => {
    const db = await seeded();
    await db.lists.put({ id: 'custom:junk', name: 42, enabled: 'yes', source: 'mars', caveats: 'x' } as never);
    await db.lists.put({ id: 'countries' } as never);
    const summaries = await listSummaries(db);
    expect(summaries.map((s) => s.id)).toEqual([
      'cbp-wro',
      'dol-eo13126',
      'tip-tiers',
      'countries',
      'custom:junk',
      'custom:suppliers',
    ]);
    expect(summaries.find((s) => s.id === 'custom:junk')).toMatchObject({
      name: 'custom:junk',
      source: 'import',
      enabled: false,
    });
    const { ids } = await load(db);
    expect(ids).toEqual(ALL);
  });
});

describe('damaged settings, statuses and history', () => {
  it('a settings row of garbage yields the defaults (or its valid keys)', async () => {
    const db = await seeded();
    await db.settings.put({ key: 'user-settings', value: 'garbage' });
    expect(await loadUserSettings(db)).toEqual({});
    expect(mergeManaged(await loadUserSettings(db), undefined).settings).toEqual(DEFAULT_SETTINGS);
    await db.settings.put({
      key: 'user-settings',
      value: { minimumSeverity: 'high', updateIntervalHours: 'often', feedUrls: { 'not an id': 'x' } },
    });
    expect(await loadUserSettings(db)).toEqual({ minimumSeverity: 'high' });
  });

  it('a garbage bundle marker only makes the next start look at the lists again', async () => {
    const db = await seeded();
    await db.settings.put({ key: BUNDLED_MARKER_KEY, value: { evil: true } });
    const r = await ensureBundled(db, async (id) => bundled(id), { marker: 'm1', ids: IDS });
    expect(r).toMatchObject({ skipped: false, failed: [] });
    expect((await load(db)).ids).toEqual(ALL);
  });

  it('status rows with an unknown status or no key are left out; the others stay', async () => {
    const db = await seeded();
    await db.statuses.bulkPut([
      { key: 'Beta', status: 'bogus', at: 'x' },
      { key: 'Gamma', status: 'cleared', at: 1 },
      { key: 'Delta', status: 'false-match', at: '2026-01-01T00:00:00Z', note: 7 },
    ] as never);
    expect((await allStatuses(db)).map((s) => s.key)).toEqual(['Acme Textiles Ltd']);
    expect([...(await statusMap(db)).keys()]).toEqual(['Acme Textiles Ltd']);
    expect(await db.statuses.count()).toBe(4); // shown or not, nothing is deleted
  });

  it('a damaged history row does not stop new checks being recorded', async () => {
    const db = await seeded();
    await db.history.add({ url: 'https://shop.example/c', title: 'C', at: 'x' } as never);
    const ok = await recordCheck(db, {
      url: 'https://shop.example/c',
      title: 'C',
      at: '2026-11-28T13:00:00Z',
      findings: { total: 0, bySeverity: {}, keys: [] },
      listVersions: {},
    });
    expect(ok).toBe(true);
  });
});

describe('any damage to stored snapshots (property)', () => {
  const json = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<unknown>;
  it('loadRiskData never throws, keeps every undamaged list, and the engine builds', async () => {
    const db = await seeded();
    const pristine = await db.snapshots.toArray();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ALL),
        fc.constantFrom('meta', 'entries', 'role', 'checksum', 'entry', 'entryField'),
        json,
        fc.nat(),
        async (id, where, value, n) => {
          await db.snapshots.bulkPut(structuredClone(pristine));
          await db.lists.toCollection().modify((r) => {
            delete r.damaged;
            r.lastError = null;
          });
          const snap = structuredClone(pristine.find((s) => s.listId === id)!) as unknown as Record<string, unknown>;
          const entries = snap['entries'] as Record<string, unknown>[];
          if (where === 'entry') entries[n % entries.length] = value as never;
          else if (where === 'entryField') {
            const e = entries[n % entries.length]!;
            const keys = Object.keys(e);
            e[keys[n % keys.length]!] = value;
          } else snap[where] = value;
          await db.snapshots.put(snap as never);
          const { data, ids } = await load(db);
          expect(ids.filter((x) => x !== id)).toEqual(without(id));
          expect(() => createEngine(data)).not.toThrow();
          await listSummaries(db);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('backups and history with damaged rows', () => {
  it('a backup taken while a list is damaged leaves that list out and restores everything else', async () => {
    const db = await seeded();
    await db.snapshots.update('custom:suppliers', { entries: 'garbage' as never });
    await db.statuses.put({ key: 'Broken', status: 'bogus' } as never);
    const file = await exportCache(db, NOW);
    const target = freshDb();
    expect(await importCache(target, file)).toMatchObject({ ok: true, lists: 3, statuses: 1 });
    expect((await load(target)).ids).toEqual(without('custom:suppliers'));
  });

  it('damaged history rows are left out of the history list', async () => {
    const db = await seeded();
    await db.history.add({ url: 'https://shop.example/x', at: 'x' } as never);
    expect((await recentChecks(db)).map((r) => r.url)).toEqual(['https://shop.example/a']);
  });
});
