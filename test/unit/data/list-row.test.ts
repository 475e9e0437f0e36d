import { describe, expect, it } from 'vitest';
import { BUILTIN_IDS } from '../../../src/core';
import { inListOrder, listRowOf, listSummaries, replaceSnapshot, snapshotChecksum } from '../../../src/data/list-store';
import { toSnapshot } from '../../../src/data/stored-check';
import { bundled, freshDb } from './helpers';

// On a first install the worker answers the first page's question for list names from the rows it
// is writing (listRowsWhileStoring), not from the database: those rows must be the ones written.
describe('a list row made before it is written', () => {
  it('is the row replaceSnapshot writes, and the summaries come in the stored order', async () => {
    const db = freshDb();
    const now = new Date('2026-12-07T12:00:00Z');
    const made = [];
    for (const id of [...BUILTIN_IDS].reverse()) {
      const snap = bundled(id);
      const checksum = await snapshotChecksum(snap);
      await replaceSnapshot(db, snap, 'bundled', { checksum, now });
      // As the worker has it: the stored row of the snapshot, not the file's object.
      const stored = {
        listId: id,
        meta: snap.meta,
        entries: snap.entries,
        checksum,
        ...(snap.role ? { role: snap.role } : {}),
      };
      made.push(listRowOf(toSnapshot(stored), 'bundled', checksum, now.toISOString()));
      expect(made.at(-1)).toEqual(await db.lists.get(id));
    }
    expect(made.map((r) => r.id)).not.toEqual([...BUILTIN_IDS]); // the order was not given
    expect(inListOrder([...made])).toEqual(await listSummaries(db));
  });
});
