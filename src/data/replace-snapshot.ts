// The one way a snapshot enters storage: list row and entries change together in one transaction,
// so a failure anywhere leaves the previous snapshot in use.
import type { ListId, Snapshot } from '../core';
import { snapshotChecksum } from './checksum';
import type { LaborLensDb, ListRow, ListSource } from './db';

export interface ReplaceOptions {
  /** Fields to set on the list row besides those derived from the snapshot (updateUrl, enabled ...). */
  row?: Partial<Pick<ListRow, 'updateUrl' | 'sha256Pin' | 'enabled'>>;
  now?: Date;
  /** Precomputed checksum (Web Crypto is async and must not run inside the transaction). */
  checksum?: string;
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
  return db.transaction('rw', db.lists, db.snapshots, async () => {
    const old = await db.lists.get(id);
    const { meta } = snapshot;
    const row: ListRow = {
      id,
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
      ...opts.row,
    };
    await db.snapshots.put({
      listId: id,
      meta,
      ...(snapshot.role ? { role: snapshot.role } : {}),
      entries: snapshot.entries,
      checksum,
    });
    await db.lists.put(row);
    return row;
  });
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
