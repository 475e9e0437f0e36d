// The compiled name index in IndexedDB (uBlock Origin's "selfie"): saved after the engine indexes
// the lists, loaded when a stopped service worker wakes, so 100,000 names are read back instead of
// indexed again. The row is stamped with INDEX_FORMAT, the code that built it and the checksum of
// every indexed list; any disagreement, or an image that fails its own checks, means rebuild.
import { INDEX_FORMAT, MatchIndex } from '../core';
import type { ListId, RiskData } from '../core';
import { openWithin, type LaborLensDb } from './db';
import { storageMessage } from './storage-errors';

export const NAME_INDEX_KEY = 'names';

/**
 * The stamp of the index for these lists: the format, `code` (what built it: a new build of the
 * extension may compile names differently) and, in the order the engine indexes them, the id and
 * checksum of every list that names parties.
 */
export function indexStamp(code: string, data: RiskData, checksums: ReadonlyMap<ListId, string>): string {
  const ids: ListId[] = [];
  if (data.builtin.uflpa) ids.push('uflpa');
  if (data.builtin['cbp-wro']) ids.push('cbp-wro');
  for (const s of data.custom) ids.push(s.meta.id);
  return [`format ${INDEX_FORMAT}`, code, ...ids.map((id) => `${id}:${checksums.get(id) ?? '?'}`)].join('|');
}

export type StoredIndex =
  | { index: MatchIndex; state: 'loaded' }
  | { index?: undefined; state: 'missing' | 'stale' | 'damaged' | 'unreadable'; reason: string };

/** The stored index when its stamp is `stamp` and its image is whole; otherwise why not. Never throws. */
export async function loadStoredIndex(db: LaborLensDb, stamp: string): Promise<StoredIndex> {
  let row: unknown;
  try {
    await openWithin(db);
    row = await db.indexes.get(NAME_INDEX_KEY);
  } catch (e) {
    return { state: 'unreadable', reason: storageMessage(e) };
  }
  if (row === undefined) return { state: 'missing', reason: 'no stored index' };
  if (typeof row !== 'object' || row === null) return { state: 'damaged', reason: 'the stored row is not an object' };
  const r = row as { stamp?: unknown; image?: unknown };
  if (r.stamp !== stamp) return { state: 'stale', reason: 'built for other lists, another format or another build' };
  const index = MatchIndex.fromImage(r.image);
  if (typeof index === 'string') return { state: 'damaged', reason: index };
  return { index, state: 'loaded' };
}

/** Store the index for `stamp`, replacing any other. A failure (full disk) only costs the next start a rebuild. */
export async function saveStoredIndex(
  db: LaborLensDb,
  stamp: string,
  index: MatchIndex,
  now: Date = new Date(),
): Promise<void> {
  await openWithin(db);
  await db.indexes.put({ key: NAME_INDEX_KEY, stamp, builtAt: now.toISOString(), image: index.toImage() });
}

/** Forget the stored index (a reset). */
export async function dropStoredIndex(db: LaborLensDb): Promise<void> {
  await openWithin(db);
  await db.indexes.delete(NAME_INDEX_KEY);
}
