import { describe, expect, it, vi } from 'vitest';
import type { BundleIndex } from '../../../src/core/lists/bundle-index';
import type { BuiltinListId } from '../../../src/core/lists/types';
import { LaborLensDb } from '../../../src/data/db';
import { ensureBundled, listSummaries, loadRiskData, replaceSnapshot, setEnabled } from '../../../src/data/list-store';
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
