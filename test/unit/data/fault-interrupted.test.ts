import { sha256Hex as pinOf } from '../../../src/data/checksum';
// Data faults: the service worker stops in the middle of an update. IndexedDB transactions are
// all-or-nothing, and every write of a list goes through one transaction: so an update cut short
// leaves the old snapshot and its row in place and consistent, and the next start loses nothing.
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { snapshotJson } from '../../../src/data/checksum';
import { LaborLensDb } from '../../../src/data/db';
import {
  ensureBundled,
  exportCache,
  importCache,
  importCustomList,
  loadRiskData,
  replaceSnapshot,
  updateFromFeed,
} from '../../../src/data/list-store';
import { bundled, edited, freshDb, okResponse } from './helpers';
import { everything, expectConsistent, IDS, NOW, seed } from './fault-helpers';

const killed = () => new Error('service worker stopped');

describe('an update cut short', () => {
  it('aborted after the snapshot write: old snapshot and row are both still there and agree', async () => {
    const db = freshDb();
    await seed(db);
    const before = await everything(db);
    const put = db.lists.put.bind(db.lists);
    const snapPut = vi.spyOn(db.snapshots, 'put');
    // The snapshot write happens, then the worker dies before the row is written.
    const spy = vi.spyOn(db.lists, 'put').mockImplementation(() => Promise.reject(killed()) as never);
    await expect(replaceSnapshot(db, edited(bundled('tip-tiers'), '2026-09-30'), 'feed')).rejects.toThrow(
      /service worker stopped/,
    );
    expect(snapPut).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    snapPut.mockRestore();
    expect(await everything(db)).toBe(before);
    await expectConsistent(db, 'tip-tiers');
    await put({ ...(await db.lists.get('tip-tiers'))! }); // the table still takes writes
  });

  it('the transaction aborted after the first write (worker killed): the next start loses nothing', async () => {
    const name = `killed-${crypto.randomUUID()}`;
    const db = new LaborLensDb(name);
    await seed(db);
    const before = await everything(db);
    const real = db.snapshots.put.bind(db.snapshots);
    vi.spyOn(db.snapshots, 'put').mockImplementation((async (...args: Parameters<typeof real>) => {
      const key = await real(...args);
      Dexie.currentTransaction?.abort(); // what a killed worker amounts to: the transaction never commits
      return key;
    }) as never);
    await expect(replaceSnapshot(db, edited(bundled('tip-tiers'), '2026-09-30'), 'feed')).rejects.toThrow();
    db.close();

    // The next start: a new connection, ensureBundled with the same marker, then the engine's data.
    const next = new LaborLensDb(name);
    expect(await everything(next)).toBe(before);
    const start = await ensureBundled(next, async (id) => bundled(id), { marker: 'm1', ids: IDS });
    expect(start.skipped).toBe(true);
    const data = await loadRiskData(next);
    expect(data.builtin['tip-tiers']?.meta.asOf).toBe('2025-09-29');
    expect(data.custom.map((c) => c.meta.id)).toEqual(['custom:suppliers']);
    for (const id of [...IDS, 'custom:suppliers']) await expectConsistent(next, id);
    next.close();
  });

  it('the database closed mid-transaction: the transaction still completes whole, row and snapshot agree', async () => {
    const name = `closed-${crypto.randomUUID()}`;
    const db = new LaborLensDb(name);
    await seed(db);
    const real = db.snapshots.put.bind(db.snapshots);
    vi.spyOn(db.snapshots, 'put').mockImplementation((async (...args: Parameters<typeof real>) => {
      const key = await real(...args);
      db.close();
      return key;
    }) as never);
    const body = snapshotJson(edited(bundled('tip-tiers'), '2026-09-30'));
    await updateFromFeed(
      db,
      'tip-tiers',
      { url: 'https://feeds.example/tip.json', sha256: await pinOf(body) },
      okResponse(body),
      NOW,
    );
    const next = new LaborLensDb(name);
    // Either the old or the new snapshot, never a mix: IndexedDB lets a running transaction finish.
    for (const id of [...IDS, 'custom:suppliers']) await expectConsistent(next, id);
    expect((await loadRiskData(next)).builtin['tip-tiers']?.entries).toHaveLength(183);
    next.close();
  });

  it('first run stopped after some lists: the marker is not written, so the next start finishes the job', async () => {
    const name = `killed-${crypto.randomUUID()}`;
    const db = new LaborLensDb(name);
    let stored = 0;
    const real = db.lists.put.bind(db.lists);
    vi.spyOn(db.lists, 'put').mockImplementation((async (...args: Parameters<typeof real>) => {
      if (++stored === 2) throw killed();
      return real(...args);
    }) as never);
    const r = await ensureBundled(db, async (id) => bundled(id), { marker: 'm1', ids: IDS });
    expect(r.loaded).toEqual(['tip-tiers', 'cbp-wro']);
    expect(r.failed).toEqual([{ id: 'dol-eo13126', error: 'service worker stopped' }]);
    db.close();

    const next = new LaborLensDb(name);
    expect(await next.snapshots.get('dol-eo13126')).toBeUndefined(); // no orphan snapshot
    const again = await ensureBundled(next, async (id) => bundled(id), { marker: 'm1', ids: IDS });
    expect(again).toMatchObject({
      skipped: false,
      loaded: ['dol-eo13126'],
      kept: ['tip-tiers', 'cbp-wro'],
      failed: [],
    });
    for (const id of IDS) await expectConsistent(next, id);
    expect((await ensureBundled(next, async (id) => bundled(id), { marker: 'm1', ids: IDS })).skipped).toBe(true);
    next.close();
  });

  it('a cache import stopped after clearing the tables: the clear is rolled back', async () => {
    const db = freshDb();
    await seed(db);
    const before = await everything(db);
    const other = freshDb();
    await importCustomList(other, 'other.csv', 'name,severity\nZed,low\n', 'watch', NOW);
    vi.spyOn(db.statuses, 'bulkPut').mockImplementation(() => Promise.reject(killed()) as never);
    const r = await importCache(db, await exportCache(other, NOW));
    expect(r).toEqual({ ok: false, errors: ['could not store the backup: service worker stopped'] });
    expect(await everything(db)).toBe(before);
  });
});
