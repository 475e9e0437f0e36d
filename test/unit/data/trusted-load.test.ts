// A woken service worker skips the full check (SHA-256, entry by entry) of lists this browser
// session has already checked, but only while the row, the snapshot's checksum and its entry count
// still agree with what was checked; anything else gets the full check.
import { afterEach, describe, expect, it } from 'vitest';
import type { ListId } from '../../../src/core';
import type { LaborLensDb } from '../../../src/data/db';
import { enabledListRows, loadRiskData, replaceSnapshot, type LoadReport } from '../../../src/data/list-store';
import { bundled, freshDb } from './helpers';

const dbs: LaborLensDb[] = [];
afterEach(() => dbs.splice(0).forEach((d) => d.close()));

async function withDamagedEntry(): Promise<{ db: LaborLensDb; checksum: string }> {
  const db = freshDb();
  dbs.push(db);
  const row = await replaceSnapshot(db, bundled('tip-tiers'), 'bundled');
  const snap = (await db.snapshots.get('tip-tiers'))!;
  // Damage one entry behind the checksum's back (as a disk error would).
  await db.snapshots.put({ ...snap, entries: [42, ...snap.entries.slice(1)] });
  return { db, checksum: row.checksum };
}

describe('loadRiskData with lists already checked this session', () => {
  it('checks in full without the session note, and reports the checksums it verified', async () => {
    const db = freshDb();
    dbs.push(db);
    const row = await replaceSnapshot(db, bundled('tip-tiers'), 'bundled');
    const report: LoadReport = { damaged: [], checksums: new Map() };
    const data = await loadRiskData(db, report);
    expect(data.builtin['tip-tiers']?.entries.length).toBe(row.entryCount);
    expect(report.checksums?.get('tip-tiers')).toBe(row.checksum);
  });

  it('catches damage when the note is missing or names another checksum', async () => {
    const { db, checksum } = await withDamagedEntry();
    const other = new Map<ListId, string>([['tip-tiers', `${checksum.slice(1)}0`]]);
    for (const opts of [{}, { trusted: other }]) {
      const report: LoadReport = { damaged: [], checksums: new Map() };
      const data = await loadRiskData(db, report, opts);
      expect(data.builtin['tip-tiers']).toBeUndefined();
      expect(report.damaged.map((d) => d.id)).toEqual(['tip-tiers']);
    }
  });

  it('skips the full check for a list checked earlier this session with the same checksum', async () => {
    const { db, checksum } = await withDamagedEntry();
    const report: LoadReport = { damaged: [], checksums: new Map() };
    const data = await loadRiskData(db, report, { trusted: new Map([['tip-tiers', checksum]]) });
    expect(report.damaged).toEqual([]);
    expect(data.builtin['tip-tiers']).toBeDefined();
  });

  it('still refuses a snapshot whose entry count or checksum field disagrees with its row', async () => {
    const { db, checksum } = await withDamagedEntry();
    const snap = (await db.snapshots.get('tip-tiers'))!;
    await db.snapshots.put({ ...snap, entries: snap.entries.slice(1) });
    const report: LoadReport = { damaged: [], checksums: new Map() };
    await loadRiskData(db, report, { trusted: new Map([['tip-tiers', checksum]]) });
    expect(report.damaged.map((d) => d.id)).toEqual(['tip-tiers']);
  });

  it('names the enabled lists this session checked without reading entries, and skips lists on request', async () => {
    const db = freshDb();
    dbs.push(db);
    const tiers = await replaceSnapshot(db, bundled('tip-tiers'), 'bundled');
    const uflpa = await replaceSnapshot(db, bundled('uflpa'), 'bundled');
    const rows = await enabledListRows(db, { trusted: new Map([['tip-tiers', tiers.checksum]]) });
    expect(rows.map((r) => [r.row.id, r.trusted])).toEqual(
      [
        ['tip-tiers', true],
        ['uflpa', false],
      ].sort(),
    );
    // A note for another checksum is no note.
    const stale = await enabledListRows(db, { trusted: new Map([['uflpa', `${uflpa.checksum}0`]]) });
    expect(stale.every((r) => !r.trusted)).toBe(true);
    const report: LoadReport = { damaged: [], checksums: new Map() };
    const data = await loadRiskData(db, report, { skip: new Set<ListId>(['uflpa']) });
    expect(data.builtin.uflpa).toBeUndefined();
    expect(data.builtin['tip-tiers']).toBeDefined();
    expect([...(report.checksums?.keys() ?? [])]).toEqual(['tip-tiers']);
  });

  it('uses a snapshot this worker has just stored instead of reading it back, only for its checksum', async () => {
    const { db, checksum } = await withDamagedEntry();
    const snap = bundled('tip-tiers');
    const stored = new Map([
      ['tip-tiers' as ListId, { listId: 'tip-tiers' as ListId, meta: snap.meta, entries: snap.entries, checksum }],
    ]);
    const fresh = new Set<ListId>(['tip-tiers']);
    const given = await loadRiskData(db, { damaged: [] }, { fresh, stored });
    expect(given.builtin['tip-tiers']?.entries).toBe(snap.entries);
    // Stored for another checksum: the row in the database is read (and its damaged entry shows).
    const other = new Map([['tip-tiers' as ListId, { ...stored.get('tip-tiers')!, checksum: `${checksum}0` }]]);
    const read = await loadRiskData(db, { damaged: [] }, { fresh, stored: other });
    expect(read.builtin['tip-tiers']?.entries[0]).toBe(42);
  });
});
