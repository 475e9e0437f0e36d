import { describe, expect, it, vi } from 'vitest';
import { ensureBundled, exportCache, importCache, importCustomList, loadRiskData } from '../../../src/data/list-store';
import { bundled, freshDb } from './helpers';

const now = new Date('2026-11-28T12:00:00Z');

async function populated() {
  const db = freshDb();
  await ensureBundled(db, async (id) => bundled(id), { marker: 'm', ids: ['tip-tiers', 'uflpa'] });
  await importCustomList(
    db,
    'cleared.csv',
    'name,cleared_by,cleared_on,evidence\nAcme Ltd,Jane,2026-10-01,audit report 12\n',
    'cleared',
    now,
  );
  await db.statuses.put({
    key: 'Acme Ltd',
    status: 'cleared',
    note: 'audited',
    by: 'Jane',
    at: '2026-10-01T00:00:00Z',
  });
  return db;
}

describe('exportCache / importCache', () => {
  it('round-trips lists, snapshots, custom lists and statuses', async () => {
    const source = await populated();
    const text = await exportCache(source, now);
    const target = freshDb();
    const r = await importCache(target, text);
    expect(r).toEqual({ ok: true, lists: 3, statuses: 1 });
    expect(await exportCache(target, now)).toBe(text);
    const data = await loadRiskData(target);
    expect(data.builtin.uflpa?.entries).toHaveLength(187);
    expect(data.custom[0]).toMatchObject({
      role: 'cleared',
      entries: [{ name: 'Acme Ltd', clearedBy: 'Jane', clearedOn: '2026-10-01' }],
    });
  });

  it('validates everything first: one bad snapshot changes nothing', async () => {
    const db = await populated();
    const before = await exportCache(db, now);
    const file = JSON.parse(before) as { lists: { snapshot: { entries: { tier?: string }[] } }[] };
    const tip = file.lists.find((l) => l.snapshot.entries[0]?.tier !== undefined);
    tip!.snapshot.entries[3]!.tier = 'Tier 7';
    const r = await importCache(db, JSON.stringify(file));
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.join('\n')).toMatch(/entries\[3\]\.tier/);
    expect(await exportCache(db, now)).toBe(before);
  });

  it('refuses other files and bad statuses', async () => {
    const db = freshDb();
    expect(await importCache(db, '{"format":"other"}')).toMatchObject({ ok: false });
    expect(await importCache(db, 'not json')).toMatchObject({ ok: false });
    const bad = JSON.stringify({
      format: 'laborlens-cache',
      version: 1,
      exportedAt: '',
      lists: [],
      statuses: [{ key: 'x', status: 'fine', at: '' }],
    });
    const r = await importCache(db, bad);
    expect(r.ok ? [] : r.errors).toEqual(['statuses[0].status: expected one of under-review, cleared, false-match']);
  });

  it('keeps the current data when the import hits the quota', async () => {
    const db = await populated();
    const before = await exportCache(db, now);
    const other = freshDb();
    await importCustomList(other, 'x.csv', 'name,severity\nZed,low\n', 'watch', now);
    const spy = vi
      .spyOn(db.lists, 'bulkPut')
      .mockImplementation(() => Promise.reject(new DOMException('full', 'QuotaExceededError')) as never);
    const r = await importCache(db, await exportCache(other, now));
    spy.mockRestore();
    expect(r.ok ? '' : r.errors[0]).toMatch(/QuotaExceededError/);
    expect(await exportCache(db, now)).toBe(before);
  });
});
