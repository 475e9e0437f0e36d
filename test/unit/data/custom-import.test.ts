import { describe, expect, it, vi } from 'vitest';
import {
  exportCache,
  importCustomList,
  removeCustomList,
  loadRiskData,
  ensureBundled,
} from '../../../src/data/list-store';
import { bundled, freshDb } from './helpers';

const WATCH =
  'name,aliases,country,notes,severity\nAcme Textiles Ltd,Acme Tex;ACME|Acme Co,CN,seen on 1688,high\n"Beta, Inc.",,VN,,medium\n';
const now = new Date('2026-11-28T12:00:00Z');

async function seeded() {
  const db = freshDb();
  await ensureBundled(db, async (id) => bundled(id), { marker: 'm', ids: ['tip-tiers'] });
  await importCustomList(db, 'suppliers.csv', WATCH, 'watch', now);
  return db;
}
/** Everything the user could lose, as one comparable string (exportedAt is fixed by `now`). */
const state = (db: Awaited<ReturnType<typeof seeded>>) => exportCache(db, now);

describe('importCustomList', () => {
  it('stores a valid watch list and hands it to the engine', async () => {
    const db = await seeded();
    const row = await db.lists.get('custom:suppliers');
    expect(row).toMatchObject({ source: 'custom', role: 'watch', entryCount: 2, asOf: '2026-11-28' });
    const data = await loadRiskData(db);
    expect(data.custom[0]?.entries[0]).toMatchObject({
      name: 'Acme Textiles Ltd',
      aliases: ['Acme Tex', 'ACME', 'Acme Co'],
      country: 'CN',
      severity: 'high',
    });
  });

  const bad: [string, string, RegExp][] = [
    ['wrong columns', 'name,severty\nAcme,high\n', /unknown column\(s\) "severty"/],
    ['missing columns', 'aliases,country\nAcme,CN\n', /missing column\(s\): name/],
    [
      'bad severity',
      'name,severity\nAcme,extreme\n',
      /expected one of critical, high, medium, low, info, found "extreme"/,
    ],
    ['bad encoding', 'name,severity\nAcme \uFFFD Ltd,high\n', /not valid UTF-8/],
    ['NUL bytes (UTF-16)', 'n\u0000a\u0000m\u0000e\u0000', /NUL bytes/],
    ['empty file', '\uFEFF  \n', /file is empty/],
    ['header only', 'name,severity\n', /no rows/],
  ];
  for (const [what, text, message] of bad) {
    it(`refuses ${what} and changes nothing`, async () => {
      const db = await seeded();
      const before = await state(db);
      const r = await importCustomList(db, 'suppliers.csv', text, 'watch', now);
      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.errors.map((e) => e.message).join('\n')).toMatch(message);
      expect(await state(db)).toBe(before);
    });
  }

  it('refuses a huge file (> 40 MB) and changes nothing', async () => {
    const db = await seeded();
    const before = await state(db);
    const huge = `name,severity\n${'A very long supplier name that repeats,high\n'.repeat(1_000_000)}`;
    const r = await importCustomList(db, 'big.csv', huge, 'watch', now);
    expect(r.ok ? '' : r.errors[0]?.message).toMatch(/larger than 40 MB, the most a list may be in the browser/);
    expect(await state(db)).toBe(before);
  });

  it('refuses more than 250,000 rows and changes nothing', async () => {
    const db = await seeded();
    const before = await state(db);
    const many = `name,severity\n${Array.from({ length: 250_001 }, (_, i) => `S${i},low`).join('\n')}\n`;
    const r = await importCustomList(db, 'many.csv', many, 'watch', now);
    expect(r.ok ? '' : r.errors[0]?.message).toMatch(/250001 rows; at most 250000 are allowed in the browser/);
    expect(await state(db)).toBe(before);
  });

  it('leaves the old list in place when storing fails on quota', async () => {
    const db = await seeded();
    const before = await state(db);
    const spy = vi
      .spyOn(db.snapshots, 'put')
      .mockImplementation(() => Promise.reject(new DOMException('full', 'QuotaExceededError')) as never);
    const r = await importCustomList(db, 'suppliers.csv', 'name,severity\nOther,low\n', 'watch', now);
    spy.mockRestore();
    expect(r.ok ? '' : r.errors[0]?.message).toMatch(/quota/);
    expect(await state(db)).toBe(before);
  });

  it('removes a custom list but never a builtin one', async () => {
    const db = await seeded();
    expect(await removeCustomList(db, 'tip-tiers')).toBe(false);
    expect(await removeCustomList(db, 'custom:suppliers')).toBe(true);
    expect(await db.lists.get('custom:suppliers')).toBeUndefined();
    expect(await db.snapshots.get('custom:suppliers')).toBeUndefined();
    expect(await db.lists.get('tip-tiers')).toBeDefined();
  });
});
