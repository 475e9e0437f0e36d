import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BundleIndex } from '../../../src/core/lists/bundle-index';
import type { BuiltinListId } from '../../../src/core/lists/types';
import { LaborLensDb } from '../../../src/data/db';
import {
  ensureBundled,
  importCustomList,
  listSummaries,
  loadRiskData,
  PreparedBundled,
  replaceSnapshot,
  setEnabled,
} from '../../../src/data/list-store';
import { snapshotChecksum } from '../../../src/data/checksum';
import { bundled, edited, freshDb } from './helpers';

const IDS: BuiltinListId[] = ['tip-tiers', 'dol-eo13126', 'cbp-wro'];
const loader = () => vi.fn(async (id: BuiltinListId) => bundled(id));

describe('ensureBundled', () => {
  it('loads the bundled lists on first run and stores meta, counts and checksum', async () => {
    const db = freshDb();
    const load = loader();
    const r = await ensureBundled(db, load, { marker: '0.1.0:abc', ids: IDS });
    expect(r.loaded).toEqual(IDS);
    expect(load).toHaveBeenCalledTimes(3);
    const row = await db.lists.get('tip-tiers');
    expect(row).toMatchObject({
      source: 'bundled',
      entryCount: 184,
      asOf: '2025-09-29',
      enabled: true,
      lastError: null,
    });
    expect(row?.checksum).toBe(await snapshotChecksum(bundled('tip-tiers')));
  });

  it('on a first install with deferFirstWrites, hands the parsed lists over before writing them', async () => {
    const db = freshDb();
    const r = await ensureBundled(db, loader(), { marker: 'm1', ids: IDS, deferFirstWrites: true });
    expect(r.loaded).toEqual(IDS);
    expect(r.stored.get('tip-tiers')).toMatchObject({ entries: bundled('tip-tiers').entries });
    expect(r.stored.get('tip-tiers')?.checksum).toBe(await snapshotChecksum(bundled('tip-tiers')));
    expect(r.written).toBeInstanceOf(Promise);
    await r.written;
    expect(r.failed).toEqual([]);
    expect(r.loaded).toEqual(IDS);
    expect((await loadRiskData(db)).builtin['tip-tiers']?.entries).toEqual(bundled('tip-tiers').entries);
    expect((await ensureBundled(db, loader(), { marker: 'm1', ids: IDS })).skipped).toBe(true);
  });

  it('on a fresh install hands the lists over, says the database was empty, then writes them', async () => {
    const db = freshDb();
    const r = await ensureBundled(db, loader(), { marker: 'm1', ids: IDS, deferFirstWrites: true, fresh: true });
    expect(await r.empty).toBe(true);
    expect(r.loaded).toEqual(IDS);
    expect(r.stored.get('cbp-wro')).toMatchObject({ entries: bundled('cbp-wro').entries });
    await r.written;
    expect(r.notFresh).toBeUndefined();
    expect(r.failed).toEqual([]);
    expect(await db.lists.count()).toBe(3);
    expect((await ensureBundled(db, loader(), { marker: 'm1', ids: IDS })).skipped).toBe(true);
  });

  it('told "fresh" about a database that holds lists, keeps what it holds and says so', async () => {
    const db = freshDb();
    await ensureBundled(db, loader(), { marker: 'm1', ids: ['tip-tiers'] });
    await importCustomList(db, 'x.csv', 'name,severity\nZed Trading Co,high\n', 'watch', new Date('2026-01-01'));
    const r = await ensureBundled(db, loader(), { marker: 'm2', ids: IDS, deferFirstWrites: true, fresh: true });
    expect(await r.empty).toBe(false);
    await r.written;
    expect(r.notFresh).toBe(true);
    expect(r.failed).toEqual([]);
    // The regular update ran: the other bundled lists added, the custom list untouched.
    expect(await db.lists.count()).toBe(4);
    expect((await loadRiskData(db)).custom.map((c) => c.meta.name)).toHaveLength(1);
    expect((await db.settings.get('bundledVersion'))?.value).toBe('m2');
  });

  it('defers no write once any list is stored (an update, or a custom list already there)', async () => {
    const db = freshDb();
    await ensureBundled(db, loader(), { marker: 'm1', ids: ['tip-tiers'] });
    const r = await ensureBundled(db, loader(), { marker: 'm2', ids: IDS, deferFirstWrites: true });
    expect(r.written).toBeUndefined();
    expect(await db.lists.count()).toBe(3);
  });

  it('is ready after a restart without reading bundled files again', async () => {
    const name = `restart-${crypto.randomUUID()}`;
    const first = new LaborLensDb(name);
    await ensureBundled(first, loader(), { marker: 'm1', ids: IDS });
    first.close();
    const again = new LaborLensDb(name);
    const load = loader();
    const r = await ensureBundled(again, load, { marker: 'm1', ids: IDS });
    expect(r.skipped).toBe(true);
    expect(load).not.toHaveBeenCalled();
    const data = await loadRiskData(again);
    expect(data.builtin['tip-tiers']?.entries).toHaveLength(184);
    expect(data.builtin['cbp-wro']?.entries).toHaveLength(82);
    again.close();
  });

  it('skips unchanged lists by index checksum when the marker changes', async () => {
    const db = freshDb();
    await ensureBundled(db, loader(), { marker: 'm1', ids: IDS });
    const index: BundleIndex = {
      format: 1,
      lists: await Promise.all(
        IDS.map(async (id) => ({
          id,
          file: `${id}.json`,
          entries: 0,
          bytes: 0,
          sha256: await snapshotChecksum(bundled(id)),
          meta: bundled(id).meta,
        })),
      ),
    };
    const load = loader();
    const r = await ensureBundled(db, load, { marker: 'm2', ids: IDS, index });
    expect(r.kept).toEqual(IDS);
    expect(load).not.toHaveBeenCalled();
  });

  it('keeps a newer feed but replaces an older one with newer bundled data', async () => {
    const db = freshDb();
    const tip = bundled('tip-tiers');
    const eo = bundled('dol-eo13126');
    await replaceSnapshot(db, edited(tip, '2026-10-01'), 'feed');
    await replaceSnapshot(db, edited(eo, '2000-01-01'), 'feed');
    const r = await ensureBundled(db, loader(), {
      marker: 'm',
      ids: ['tip-tiers', 'dol-eo13126'],
      now: new Date('2026-12-05T00:00:00Z'),
    });
    expect(r.kept).toEqual(['tip-tiers']);
    expect(r.loaded).toEqual(['dol-eo13126']);
    expect((await db.lists.get('tip-tiers'))?.asOf).toBe('2026-10-01');
    expect(await db.lists.get('dol-eo13126')).toMatchObject({ source: 'bundled', entryCount: 55 });
  });

  it('refuses an invalid bundled file, keeps the stored one and retries next start', async () => {
    const db = freshDb();
    await ensureBundled(db, loader(), { marker: 'm1', ids: ['tip-tiers'] });
    const broken = vi.fn(async () => ({ format: 1, meta: bundled('tip-tiers').meta, entries: [{ iso2: 'nope' }] }));
    const r = await ensureBundled(db, broken, { marker: 'm2', ids: ['tip-tiers'] });
    expect(r.failed[0]?.error).toMatch(/entries\[0\]\.iso2/);
    expect((await db.lists.get('tip-tiers'))?.entryCount).toBe(184);
    expect((await db.lists.get('tip-tiers'))?.lastError).toMatch(/bundled data could not be loaded/);
    expect((await db.settings.get('bundledVersion'))?.value).toBe('m1');
  });
});

describe('ensureBundled with the files as text (the service worker)', () => {
  const DATA = join(import.meta.dirname, '../../../public/data');
  const text = (id: BuiltinListId): string => readFileSync(join(DATA, `${id}.json`), 'utf8');
  const shipped = JSON.parse(readFileSync(join(DATA, 'index.json'), 'utf8')) as BundleIndex;
  // index.json of a new version whose files changed: the stored rows no longer match it.
  const newer: BundleIndex = { ...shipped, lists: shipped.lists.map((l) => ({ ...l, sha256: 'f'.repeat(64) })) };

  it('stores a file whose bytes index.json vouches for under that checksum, as the full check would', async () => {
    const db = freshDb();
    const r = await ensureBundled(db, async (id) => text(id), { marker: 'm', ids: IDS, index: shipped });
    expect(r.loaded).toEqual(IDS);
    for (const id of IDS) {
      const row = await db.lists.get(id);
      expect(row?.checksum).toBe(await snapshotChecksum(bundled(id)));
      expect(row?.entryCount).toBe(bundled(id).entries.length);
    }
    expect((await loadRiskData(db)).builtin['tip-tiers']?.entries).toEqual(bundled('tip-tiers').entries);
  });

  it('checks every entry of a file index.json does not vouch for, and refuses a bad one', async () => {
    const db = freshDb();
    await ensureBundled(db, loader(), { marker: 'm1', ids: ['tip-tiers'] });
    const bad = JSON.stringify({ format: 1, meta: bundled('tip-tiers').meta, entries: [{ iso2: 'nope' }] });
    // Without an index, or with one naming other bytes: the same specific error as parsed JSON gets.
    for (const index of [undefined, newer]) {
      const r = await ensureBundled(db, async () => bad, {
        marker: 'm2',
        ids: ['tip-tiers'],
        ...(index ? { index } : {}),
      });
      expect(r.failed[0]?.error).toMatch(/entries\[0\]\.iso2/);
      expect((await db.lists.get('tip-tiers'))?.entryCount).toBe(184);
    }
  });

  it('takes a file prepared as it arrived when index.json names its checksum, and checks any other in full', async () => {
    const sha = (id: BuiltinListId): string => shipped.lists.find((l) => l.id === id)?.sha256 as string;
    const prepared = await PreparedBundled.of(text('tip-tiers'), sha('tip-tiers'));
    expect(prepared).toBeInstanceOf(PreparedBundled);
    const db = freshDb();
    const r = await ensureBundled(db, async () => prepared, { marker: 'm', ids: ['tip-tiers'], index: shipped });
    expect(r.loaded).toEqual(['tip-tiers']);
    expect((await loadRiskData(db)).builtin['tip-tiers']?.entries).toEqual(bundled('tip-tiers').entries);
    // Bytes the index does not name stay text (checked later, entry by entry); so does bad JSON.
    const bad = JSON.stringify({ format: 1, meta: bundled('tip-tiers').meta, entries: [{ iso2: 'nope' }] });
    expect(await PreparedBundled.of(bad, sha('tip-tiers'))).toBe(bad);
    // Prepared under one index, then offered under another (an update between prefetch and build):
    // the full check runs.
    const r2 = await ensureBundled(freshDb(), async () => prepared, { marker: 'm', ids: ['tip-tiers'], index: newer });
    expect(r2.failed).toEqual([]);
    expect(r2.stored.get('tip-tiers')?.checksum).toBe(await snapshotChecksum(bundled('tip-tiers')));
  });

  it('says a file is not JSON and keeps the stored list', async () => {
    const db = freshDb();
    await ensureBundled(db, loader(), { marker: 'm1', ids: ['tip-tiers'] });
    const r = await ensureBundled(db, async () => '{"format": 1, "meta"', {
      marker: 'm2',
      ids: ['tip-tiers'],
      index: newer,
    });
    expect(r.failed[0]?.error).toMatch(/bundled tip-tiers\.json is not JSON/);
    expect((await db.lists.get('tip-tiers'))?.entryCount).toBe(184);
    expect((await db.settings.get('bundledVersion'))?.value).toBe('m1');
  });
});

describe('loadRiskData, listSummaries, setEnabled', () => {
  it('returns enabled lists only, in builtin order', async () => {
    const db = freshDb();
    await ensureBundled(db, loader(), { marker: 'm', ids: IDS });
    expect(await setEnabled(db, 'cbp-wro', false)).toBe(true);
    expect(await setEnabled(db, 'custom:none', false)).toBe(false);
    const data = await loadRiskData(db);
    expect(Object.keys(data.builtin).sort()).toEqual(['dol-eo13126', 'tip-tiers']);
    expect((await listSummaries(db)).map((l) => l.id)).toEqual(['cbp-wro', 'dol-eo13126', 'tip-tiers']);
  });

  it('keeps enabled=false across a replacement', async () => {
    const db = freshDb();
    await ensureBundled(db, loader(), { marker: 'm', ids: ['tip-tiers'] });
    await setEnabled(db, 'tip-tiers', false);
    await replaceSnapshot(db, edited(bundled('tip-tiers'), '2026-01-01'), 'feed');
    expect((await db.lists.get('tip-tiers'))?.enabled).toBe(false);
  });
});
