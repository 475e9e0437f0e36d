// Shared by the data-fault tests: a database whose disk can be made "full", a dump of everything
// the user would miss, and a check that a stored list's row, snapshot and checksum agree.
import { expect } from 'vitest';
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { BuiltinListId } from '../../../src/core/lists/types';
import { snapshotChecksum } from '../../../src/data/checksum';
import { LaborLensDb, type DbOptions } from '../../../src/data/db';
import { ensureBundled, exportCache, importCustomList } from '../../../src/data/list-store';
import { recordCheck } from '../../../src/data/history';
import { setStatus } from '../../../src/data/statuses';
import { saveUserSettings } from '../../../src/data/settings';
import { toSnapshot } from '../../../src/data/stored-check';
import { bundled } from './helpers';

export const NOW = new Date('2026-11-28T12:00:00Z');
export const IDS: BuiltinListId[] = ['tip-tiers', 'dol-eo13126', 'cbp-wro'];
export const WATCH = 'name,aliases,country,notes,severity\nAcme Textiles Ltd,Acme Tex,CN,seen on 1688,high\n';

export const quota = (): DOMException => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/**
 * A database whose every add/put fails with QuotaExceededError while `disk.full` is true: the
 * way a full disk looks to IndexedDB (reads and deletes still work).
 */
export function fullDiskDb(options: DbOptions = {}): { db: LaborLensDb; disk: { full: boolean } } {
  const disk = { full: false };
  const db = new LaborLensDb(`fault-${crypto.randomUUID()}`, undefined, options);
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          mutate: (req: DBCoreMutateRequest) =>
            disk.full && (req.type === 'add' || req.type === 'put') ? Promise.reject(quota()) : t.mutate(req),
        };
      },
    }),
  };
  db.use(middleware);
  return { db, disk };
}

/** Bundled lists, a custom list, a status, a history row and settings: all the kinds of user data. */
export async function seed(db: LaborLensDb): Promise<void> {
  await ensureBundled(db, async (id) => bundled(id), { marker: 'm1', ids: IDS });
  const r = await importCustomList(db, 'suppliers.csv', WATCH, 'watch', NOW);
  expect(r.ok).toBe(true);
  await setStatus(db, {
    key: 'Acme Textiles Ltd',
    status: 'under-review',
    note: 'asked for audit',
    by: 'Jo',
    at: NOW.toISOString(),
  });
  await recordCheck(db, {
    url: 'https://shop.example/a',
    title: 'A',
    at: NOW.toISOString(),
    findings: { total: 1, bySeverity: { high: 1 }, keys: ['high:custom:Acme'] },
    listVersions: {},
  });
  await saveUserSettings(db, { minimumSeverity: 'medium', updateIntervalHours: 12 });
}

/** Everything a user could lose, as one comparable string. */
export async function everything(db: LaborLensDb): Promise<string> {
  const [cache, history, settings] = await Promise.all([
    exportCache(db, NOW),
    db.history.toArray(),
    db.settings.toArray(),
  ]);
  return JSON.stringify({ cache: JSON.parse(cache) as unknown, history, settings });
}

/** The row, the snapshot and the checksum of a stored list agree. */
export async function expectConsistent(db: LaborLensDb, id: string): Promise<void> {
  const row = await db.lists.get(id);
  const snap = await db.snapshots.get(id);
  expect(row, `${id} row`).toBeDefined();
  expect(snap, `${id} snapshot`).toBeDefined();
  const actual = await snapshotChecksum(toSnapshot(snap!));
  expect(snap!.checksum).toBe(actual);
  expect(row!.checksum).toBe(actual);
  expect(row!.entryCount).toBe(snap!.entries.length);
}
