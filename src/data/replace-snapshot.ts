// The one way a snapshot enters storage: list row and entries change together in one transaction,
// so a failure anywhere leaves the previous snapshot in use.
import type { ListId, Snapshot } from '../core';
import { snapshotChecksum } from './checksum';
import type { LaborLensDb, ListRow, ListSource } from './db';
import { changeRow, type ChangeRow, CHANGES_KEEP } from './list-changes';

export interface ReplaceOptions {
  /** Fields to set on the list row besides those derived from the snapshot (updateUrl, enabled ...). */
  row?: Partial<Pick<ListRow, 'updateUrl' | 'sha256Pin' | 'enabled' | 'managed'>>;
  now?: Date;
  /** Precomputed checksum (Web Crypto is async and must not run inside the transaction). */
  checksum?: string;
  /** Collects the change recorded (if any entry changed), for alerts after the transaction. */
  changes?: ChangeRow[];
}

/** The list row replaceSnapshot writes for `snapshot` (`old`: the row it replaces, if any). */
export function listRowOf(
  snapshot: Snapshot,
  source: ListSource,
  checksum: string,
  now: string,
  old?: ListRow,
  extra?: ReplaceOptions['row'],
): ListRow {
  const { meta } = snapshot;
  return {
    id: meta.id,
    name: meta.name,
    publisher: meta.publisher,
    sourceUrl: meta.sourceUrl,
    asOf: meta.asOf,
    fetchedAt: now,
    checksum,
    entryCount: snapshot.entries.length,
    format: snapshot.format,
    enabled: old?.enabled ?? true,
    lastError: null,
    lastUpdateAt: now,
    source,
    ...(old?.updateUrl ? { updateUrl: old.updateUrl } : {}),
    ...(old?.sha256Pin ? { sha256Pin: old.sha256Pin } : {}),
    ...(snapshot.role ? { role: snapshot.role } : {}),
    ...(meta.license ? { license: meta.license } : {}),
    ...(meta.caveats ? { caveats: meta.caveats } : {}),
    ...extra,
  };
}

export async function replaceSnapshot(
  db: LaborLensDb,
  snapshot: Snapshot,
  source: ListSource,
  opts: ReplaceOptions = {},
): Promise<ListRow> {
  const checksum = opts.checksum ?? (await snapshotChecksum(snapshot));
  const now = (opts.now ?? new Date()).toISOString();
  const id: ListId = snapshot.meta.id;
  return db.transaction('rw', db.lists, db.snapshots, db.changes, async () => {
    const old = await db.lists.get(id);
    const oldSnap = old ? await db.snapshots.get(id) : undefined;
    const row = listRowOf(snapshot, source, checksum, now, old, opts.row);
    await db.snapshots.put({
      listId: id,
      meta: snapshot.meta,
      ...(snapshot.role ? { role: snapshot.role } : {}),
      entries: snapshot.entries,
      checksum,
    });
    await db.lists.put(row);
    // The first load of a list is no change anyone needs told about.
    if (oldSnap && Array.isArray(oldSnap.entries)) {
      const change = changeRow(old?.asOf ?? null, oldSnap.entries, snapshot, source, now);
      if (change) {
        await addChange(db, change);
        opts.changes?.push(change);
      }
    }
    return row;
  });
}

/** Inside a transaction that includes db.changes; keeps the newest CHANGES_KEEP rows. */
export async function addChange(db: LaborLensDb, change: ChangeRow): Promise<void> {
  await db.changes.add(change);
  const n = await db.changes.count();
  if (n > CHANGES_KEEP)
    await db.changes.bulkDelete(
      await db.changes
        .orderBy('id')
        .limit(n - CHANGES_KEEP)
        .primaryKeys(),
    );
}

/** Record a failure on the list row without touching its data. */
export async function recordListError(
  db: LaborLensDb,
  id: ListId,
  message: string,
  now: Date = new Date(),
): Promise<void> {
  await db.lists.update(id, { lastError: message, lastUpdateAt: now.toISOString() });
}
