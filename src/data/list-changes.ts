// The record of every list change (feed, import, extension update) with its diff, so Settings can
// show it per list and the popup and badge can say so once.
import type { ListId, Snapshot } from '../core';
import type { ListChange, ListSource } from '../shared/records';
import type { LaborLensDb } from './db';
import { describeDiff, diffEntries, isEmptyDiff } from './list-diff';

/** Entries kept per side of a stored diff; counts stay exact beyond it. */
export const DIFF_KEEP = 200;

/** Stored as the shared record the popup and Settings are sent. */
export type ChangeRow = ListChange;

export const CHANGES_KEEP = 500;

export async function recentChanges(db: LaborLensDb, listId?: ListId, limit = 50): Promise<ChangeRow[]> {
  const rows = listId
    ? await db.changes.where('listId').equals(listId).reverse().sortBy('id')
    : await db.changes.orderBy('id').reverse().limit(limit).toArray();
  return rows.slice(0, limit);
}

export async function unseenChanges(db: LaborLensDb): Promise<ChangeRow[]> {
  return (await db.changes.orderBy('id').reverse().limit(100).toArray()).filter((c) => !c.seen);
}

export async function markChangesSeen(db: LaborLensDb): Promise<void> {
  await db.changes.toCollection().modify((c) => {
    c.seen = true;
  });
}

/** The change row for replacing `before` with `after`, or null when no entry changed. */
export function changeRow(
  fromAsOf: string | null,
  before: readonly unknown[],
  after: Snapshot,
  source: ListSource,
  at: string,
): ChangeRow | null {
  const d = diffEntries(before, after.entries);
  if (isEmptyDiff(d)) return null;
  return {
    listId: after.meta.id,
    listName: after.meta.name,
    at,
    source,
    fromAsOf,
    toAsOf: after.meta.asOf,
    counts: { added: d.added.length, removed: d.removed.length, changed: d.changed.length },
    added: d.added.slice(0, DIFF_KEEP),
    removed: d.removed.slice(0, DIFF_KEEP),
    changed: d.changed.slice(0, DIFF_KEEP),
    summary: describeDiff(after.meta.id, after.meta.name, d, at.slice(0, 10)),
    seen: false,
  };
}
