// The compiled name index in IndexedDB (uBlock Origin's "selfie"): saved after the engine indexes
// the lists, loaded when a stopped service worker wakes, so 100,000 names are read back instead of
// indexed again. The row is stamped with INDEX_FORMAT, the code that built it and the checksum of
// every indexed list; any disagreement, or an image that fails its own checks, means rebuild.
// The image is stored packed (image-pack.ts) and the parties it refers to beside it
// (party-pack.ts), so a woken worker need not read the lists' 100,000 entries back.
import { INDEX_FORMAT, MatchIndex } from '../core';
import type { ListId, Party, RiskData } from '../core';
import { openWithin, type LaborLensDb } from './db';
import { fromBlobParts, toBlobParts } from './blob-parts';
import { packImage, unpackImage } from './image-pack';
import { packParties, unpackParties } from './party-pack';
import { storageMessage } from './storage-errors';

export const NAME_INDEX_KEY = 'names';

/**
 * How this file stores the index, part of every stamp: 7 = as 6, the sources packed to be read
 * later (image-pack.ts's `later`); 6 = as 5, the image's bytes a Uint8Array
 * (read back as a view into the Blob's bytes, not a copy); 5 = as 4, with the row's buffers and long
 * strings in one Blob beside it (blob-parts.ts); 4 = the image packed with its strings in two pools
 * (image-pack.ts), with its parties packed by their lists' fields (party-pack.ts); 3 packed the
 * parties as whole objects, 2 the strings in one pool, 1 stored the image as it is. A row written
 * another way is stale and rebuilt, never misread.
 */
export const STORE_FORMAT = 7;

/**
 * The stamp of the index for these lists: the format, `code` (what built it: a new build of the
 * extension may compile names differently) and, in the order the engine indexes them, the id and
 * checksum of every list that names parties.
 */
export function indexStamp(code: string, data: RiskData, checksums: ReadonlyMap<ListId, string>): string {
  return stampOf(code, partyListIds(data), checksums);
}

/** The lists whose parties the engine indexes, in its order. */
export function partyListIds(data: RiskData): ListId[] {
  const ids: ListId[] = [];
  if (data.builtin.uflpa) ids.push('uflpa');
  if (data.builtin['cbp-wro']) ids.push('cbp-wro');
  for (const s of data.custom) ids.push(s.meta.id);
  return ids;
}

/** indexStamp for lists named by id (in the engine's order) when their entries are not at hand. */
export function stampOf(code: string, ids: readonly ListId[], checksums: ReadonlyMap<ListId, string>): string {
  return [
    `format ${INDEX_FORMAT}`,
    `store ${STORE_FORMAT}`,
    code,
    ...ids.map((id) => `${id}:${checksums.get(id) ?? '?'}`),
  ].join('|');
}

export type StoredIndex =
  | {
      index: MatchIndex;
      state: 'loaded';
      /** What identifies the image that was loaded (see loadStoredIndex's `verified`). */
      key: string;
      /** The parties it refers to (each read when first used), when asked for and whole; else why not. */
      parties?: Party[];
      /** How many of `parties` each list has, in order (to check against the lists). */
      runs?: { list: ListId; count: number }[];
      partiesProblem?: string;
    }
  | { index?: undefined; state: 'missing' | 'stale' | 'damaged' | 'unreadable'; reason: string };

/** The stored row as read with its Blob's bytes (when it has one), or why it could not be read. */
export type RowRead = { row: unknown; bytes?: ArrayBuffer } | { unreadable: string };

/**
 * Starts reading the stored row and its Blob: 25 MB that take 100 to 160 ms on a 2-core machine,
 * so a caller starts it first and does other work meanwhile (loadStoredIndex's `row`).
 * `whileReading` (which must not throw) is called once the Blob's read has begun: work the caller
 * held back until then overlaps the read (a woken worker's place tables, see engine-holder.ts).
 * Never rejects.
 */
export async function readStoredRow(db: LaborLensDb, whileReading?: () => void): Promise<RowRead> {
  try {
    await openWithin(db);
    const row = (await db.indexes.get(NAME_INDEX_KEY)) as { blob?: unknown } | undefined;
    const blob = typeof row === 'object' && row !== null ? row.blob : undefined;
    if (!(blob instanceof Blob)) return { row };
    const bytes = blob.arrayBuffer();
    whileReading?.();
    return { row, bytes: await bytes };
  } catch (e) {
    return { unreadable: storageMessage(e) };
  }
}

/**
 * The stored index when its stamp is `stamp` and its image is whole; otherwise why not. With
 * `parties`, also the stored parties it refers to; `row` is a read already started. Never throws.
 *
 * `verified`: the `key` of an image loaded and checked in full earlier in this browser session.
 * The same image (same stamp, same save time, same checksum) is then loaded with its shape
 * checked but without the checksum over its 25 MB and the check of every link: 100 to 150 ms of a
 * woken worker's time on a 2-core machine, in code not yet compiled. As the lists are (the
 * worker's verifiedLists): checked once per session, again after any write.
 */
export async function loadStoredIndex(
  db: LaborLensDb,
  stamp: string,
  opts: { parties?: boolean; row?: Promise<RowRead>; verified?: string } = {},
): Promise<StoredIndex> {
  const read = await (opts.row ?? readStoredRow(db));
  if ('unreadable' in read) return { state: 'unreadable', reason: read.unreadable };
  const row = read.row;
  if (row === undefined) return { state: 'missing', reason: 'no stored index' };
  if (typeof row !== 'object' || row === null) return { state: 'damaged', reason: 'the stored row is not an object' };
  const stored = row as { stamp?: unknown; value?: unknown; builtAt?: unknown };
  if (stored.stamp !== stamp)
    return { state: 'stale', reason: 'built for other lists, another format or another build' };
  if (read.bytes === undefined) return { state: 'damaged', reason: 'the stored row lacks its blob' };
  let r: { image?: unknown; parties?: unknown };
  try {
    r = (fromBlobParts(stored.value, read.bytes) ?? {}) as typeof r;
  } catch (e) {
    return { state: 'damaged', reason: e instanceof Error ? e.message : String(e) };
  }
  const image = unpackImage(r.image);
  if ('problem' in image) return { state: 'damaged', reason: image.problem };
  const sum = (image.image as { sum?: unknown }).sum;
  const key = `${stamp}|${typeof stored.builtAt === 'string' ? stored.builtAt : '?'}|${String(sum)}`;
  const trusted = opts.verified !== undefined && opts.verified === key && typeof stored.builtAt === 'string';
  const index = MatchIndex.fromImage(image.image, !trusted);
  if (typeof index === 'string') return { state: 'damaged', reason: index };
  if (!opts.parties) return { index, state: 'loaded', key };
  const parties = unpackParties(r.parties);
  return 'problem' in parties
    ? { index, state: 'loaded', key, partiesProblem: parties.problem }
    : { index, state: 'loaded', key, parties: parties.parties, runs: parties.runs };
}

/**
 * Store the index for `stamp` with the parties it was built from, replacing any other. A failure
 * (full disk) only costs the next start a rebuild.
 */
export async function saveStoredIndex(
  db: LaborLensDb,
  stamp: string,
  index: MatchIndex,
  parties: readonly Party[],
  now: Date = new Date(),
): Promise<void> {
  // The sources (the listed names as written, 3.6 MB at 100,000 names) are decoded when a page first
  // names a party, not on every wake.
  const image = packImage(index.toImage(), { later: ['sources'] });
  const { value, blob } = toBlobParts({ image, parties: packParties(parties) });
  const row = { key: NAME_INDEX_KEY, stamp, builtAt: now.toISOString(), value, blob };
  await openWithin(db);
  await db.indexes.put(row);
}

/** Forget the stored index (a reset). */
export async function dropStoredIndex(db: LaborLensDb): Promise<void> {
  await openWithin(db);
  await db.indexes.delete(NAME_INDEX_KEY);
}
