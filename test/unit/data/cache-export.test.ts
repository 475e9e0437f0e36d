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
    expect(r).toMatchObject({ ok: true, lists: 3, statuses: 1 });
    // Same snapshots and statuses; the source says how the data arrived (an import), not the file.
    const strip = (t: string) =>
      (JSON.parse(t) as { lists: { row: { source?: string } }[] }).lists.map((l) => ({
        ...l,
        row: { ...l.row, source: '' },
      }));
    expect(strip(await exportCache(target, now))).toEqual(strip(text));
    expect((await target.lists.get('uflpa'))?.source).toBe('import');
    expect((await target.lists.get('custom:cleared'))?.source).toBe('custom');
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

describe('importCache: a file cannot switch statutory lists off', () => {
  const file = (lists: unknown[], statuses: unknown[] = []) =>
    JSON.stringify({ format: 'laborlens-cache', version: 1, exportedAt: now.toISOString(), lists, statuses });

  it('a valid backup with lists: [] keeps every built-in list', async () => {
    const db = await populated();
    const r = await importCache(db, file([]), { now });
    expect(r).toMatchObject({ ok: true, lists: 0 });
    expect((await db.lists.get('uflpa'))?.entryCount).toBe(187);
    expect((await loadRiskData(db)).builtin.uflpa?.entries).toHaveLength(187);
    // The user's own lists are what a backup restores: absent from the file, they go.
    expect(await db.lists.get('custom:cleared')).toBeUndefined();
  });

  it('takes source from how the data arrived, never from the file', async () => {
    const db = await populated();
    const exported = JSON.parse(await exportCache(db, now)) as {
      lists: { row: Record<string, unknown>; snapshot: { meta: { id: string; asOf: string }; entries: unknown[] } }[];
    };
    const uflpa = exported.lists.find((l) => l.snapshot.meta.id === 'uflpa')!;
    uflpa.row['source'] = 'bundled';
    uflpa.snapshot.entries = uflpa.snapshot.entries.slice(5);
    const r = await importCache(db, JSON.stringify(exported), { now, replaceBuiltin: true });
    expect(r.ok).toBe(true);
    expect((await db.lists.get('uflpa'))?.source).toBe('import');
  });

  it('shows what it will change and asks before replacing a statutory list', async () => {
    const db = await populated();
    const exported = JSON.parse(await exportCache(db, now)) as {
      lists: { snapshot: { meta: { id: string }; entries: unknown[] } }[];
    };
    const uflpa = exported.lists.find((l) => l.snapshot.meta.id === 'uflpa')!;
    uflpa.snapshot.entries = uflpa.snapshot.entries.slice(3);
    const text = JSON.stringify(exported);
    const r = await importCache(db, text, { now });
    expect(r).toMatchObject({ ok: false, needsConfirm: true });
    expect(r.plan?.find((p) => p.id === 'uflpa')).toMatchObject({
      action: 'replace',
      summary: 'UFLPA Entity List: 3 removed on 2026-11-28',
    });
    expect((await db.lists.get('uflpa'))?.entryCount).toBe(187);
    const ok = await importCache(db, text, { now, replaceBuiltin: true });
    expect(ok).toMatchObject({ ok: true });
    expect((await db.lists.get('uflpa'))?.entryCount).toBe(184);
    expect((await db.changes.where('listId').equals('uflpa').toArray())[0]).toMatchObject({
      source: 'import',
      counts: { removed: 3 },
    });
  });

  it('refuses a list dated in the future and changes nothing', async () => {
    const db = await populated();
    const before = await exportCache(db, now);
    const exported = JSON.parse(before) as { lists: { snapshot: { meta: { asOf: string } } }[] };
    exported.lists[0]!.snapshot.meta.asOf = '2099-12-31';
    const r = await importCache(db, JSON.stringify(exported), { now, replaceBuiltin: true });
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.errors.join()).toMatch(/2099-12-31, in the future/);
    expect(await exportCache(db, now)).toBe(before);
  });
});
