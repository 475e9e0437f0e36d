import { sha256Hex as pinOf } from '../../../src/data/checksum';
// Data faults: the disk fills up (QuotaExceededError) during each kind of write. The lists in use
// and everything the user entered stay as they were, and the message says storage is full and
// what to do.
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { snapshotJson } from '../../../src/data/checksum';
import { recordCheck } from '../../../src/data/history';
import {
  ensureBundled,
  exportCache,
  importCache,
  importCustomList,
  loadRiskData,
  updateFromFeed,
} from '../../../src/data/list-store';
import { loadUserSettings, saveUserSettings } from '../../../src/data/settings';
import { allStatuses, setStatus } from '../../../src/data/statuses';
import { DataStoreError, isQuotaError, STORAGE_FULL_MESSAGE } from '../../../src/data/storage-errors';
import { bundled, edited, freshDb, okResponse } from './helpers';
import { everything, expectConsistent, fullDiskDb, IDS, NOW, seed } from './fault-helpers';

const FULL = /storage is full/;
const WHAT_TO_DO = /free disk space, clear the check history or remove custom lists/;

async function seededFullDisk() {
  const { db, disk } = fullDiskDb();
  await seed(db);
  const before = await everything(db);
  disk.full = true;
  return { db, disk, before };
}

describe('storage quota exceeded', () => {
  it('the message says storage is full, that nothing changed, and what to do', () => {
    expect(STORAGE_FULL_MESSAGE).toMatch(FULL);
    expect(STORAGE_FULL_MESSAGE).toMatch(/nothing was changed/);
    expect(STORAGE_FULL_MESSAGE).toMatch(WHAT_TO_DO);
  });

  it('recognises a DOMException, a Dexie.QuotaExceededError and one wrapped by Dexie', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('x'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', new DOMException('x', 'QuotaExceededError')))).toBe(true);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
  });

  it('during a list update: the old list stays in use, the row says why, nothing else changes', async () => {
    const { db, before } = await seededFullDisk();
    const body = snapshotJson(edited(bundled('tip-tiers'), '2026-09-30'));
    const r = await updateFromFeed(
      db,
      'tip-tiers',
      { url: 'https://feeds.example/tip.json', sha256: await pinOf(body) },
      okResponse(body),
      NOW,
    );
    expect(r).toMatchObject({ ok: false, reason: 'quota' });
    expect(r.ok ? '' : r.message).toMatch(FULL);
    expect(r.ok ? '' : r.message).toMatch(WHAT_TO_DO);
    // On a full disk even the lastError note cannot be written: the result carries the message.
    expect(await everything(db)).toBe(before);
    expect((await loadRiskData(db)).builtin['tip-tiers']?.entries).toHaveLength(184);
    await expectConsistent(db, 'tip-tiers');
  });

  it('during a list update, a Dexie.QuotaExceededError from put: lastError says storage is full', async () => {
    const db = freshDb();
    await ensureBundled(db, async (id) => bundled(id), { marker: 'm', ids: ['tip-tiers'] });
    const spy = vi
      .spyOn(db.snapshots, 'put')
      .mockImplementation(() => Promise.reject(new Dexie.QuotaExceededError('full')) as never);
    const body = snapshotJson(edited(bundled('tip-tiers'), '2026-09-30'));
    const r = await updateFromFeed(
      db,
      'tip-tiers',
      { url: 'https://feeds.example/tip.json', sha256: await pinOf(body) },
      okResponse(body),
      NOW,
    );
    spy.mockRestore();
    expect(r).toMatchObject({ ok: false, reason: 'quota' });
    expect((await db.lists.get('tip-tiers'))?.lastError).toMatch(FULL);
    expect((await db.lists.get('tip-tiers'))?.asOf).toBe('2025-09-29');
    await expectConsistent(db, 'tip-tiers');
  });

  it('during a custom-list import: the previous version of the list and all else are kept', async () => {
    const { db, before } = await seededFullDisk();
    const r = await importCustomList(db, 'suppliers.csv', 'name,severity\nOther Co,low\n', 'watch', NOW);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.errors[0]?.message).toMatch(/could not store the list: browser storage is full/);
    expect(r.ok ? '' : r.errors[0]?.message).toMatch(WHAT_TO_DO);
    expect(await everything(db)).toBe(before);
    await expectConsistent(db, 'custom:suppliers');
  });

  it('during a cache import: the cleared tables come back whole', async () => {
    const { db, disk, before } = await seededFullDisk();
    disk.full = false;
    const other = freshDb();
    await importCustomList(other, 'other.csv', 'name,severity\nZed,low\n', 'watch', NOW);
    const file = await exportCache(other, NOW);
    disk.full = true;
    const r = await importCache(db, file);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.errors[0]).toMatch(/could not store the backup: browser storage is full/);
    expect(await everything(db)).toBe(before);
  });

  it('when recording history: the error says what to do and earlier checks are kept', async () => {
    const { db, before } = await seededFullDisk();
    const row = {
      url: 'https://shop.example/b',
      title: 'B',
      at: NOW.toISOString(),
      findings: { total: 0, bySeverity: {}, keys: [] },
      listVersions: {},
    };
    const err = await recordCheck(db, row).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataStoreError);
    expect(err).toMatchObject({ reason: 'quota' });
    expect((err as Error).message).toMatch(/could not record this check in the history: browser storage is full/);
    expect(isQuotaError(err)).toBe(true);
    expect(await everything(db)).toBe(before);
  });

  it('when saving a status: the error says what to do and the old statuses are kept', async () => {
    const { db, before } = await seededFullDisk();
    const err = await setStatus(db, { key: 'Acme Textiles Ltd', status: 'cleared', at: NOW.toISOString() }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ reason: 'quota' });
    expect((err as Error).message).toMatch(/could not save the status of "Acme Textiles Ltd": browser storage is full/);
    expect((await allStatuses(db))[0]).toMatchObject({ status: 'under-review', note: 'asked for audit' });
    expect(await everything(db)).toBe(before);
  });

  it('when saving settings: the error says what to do and the old settings are kept', async () => {
    const { db, before } = await seededFullDisk();
    const err = await saveUserSettings(db, { minimumSeverity: 'high' }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/could not save the settings: browser storage is full/);
    expect(await loadUserSettings(db)).toMatchObject({ minimumSeverity: 'medium', updateIntervalHours: 12 });
    expect(await everything(db)).toBe(before);
  });

  it('on first run: lists that could not be stored are reported and retried at the next start', async () => {
    const { db, disk } = fullDiskDb();
    disk.full = true;
    const r = await ensureBundled(db, async (id) => bundled(id), { marker: 'm1', ids: IDS });
    expect(r.failed.map((f) => f.id)).toEqual(IDS);
    expect(r.failed[0]?.error).toMatch(FULL);
    disk.full = false;
    const again = await ensureBundled(db, async (id) => bundled(id), { marker: 'm1', ids: IDS });
    expect(again).toMatchObject({ skipped: false, loaded: IDS });
  });

  it('on first run with the writes deferred: a write that fails is reported once written, and no marker is set', async () => {
    const { db, disk } = fullDiskDb();
    disk.full = true;
    const r = await ensureBundled(db, async (id) => bundled(id), { marker: 'm1', ids: IDS, deferFirstWrites: true });
    // Parsed and handed over before anything was written.
    expect([...r.stored.keys()]).toEqual(IDS);
    expect(r.failed).toEqual([]);
    await r.written;
    expect(r.failed.map((f) => f.id)).toEqual(IDS);
    expect(r.loaded).toEqual([]);
    expect([...r.stored.keys()]).toEqual([]);
    disk.full = false;
    expect(await db.settings.get('bundledVersion')).toBeUndefined();
    const again = await ensureBundled(db, async (id) => bundled(id), { marker: 'm1', ids: IDS });
    expect(again).toMatchObject({ skipped: false, loaded: IDS });
  });
});
