// First run and extension updates: put the bundled snapshots into IndexedDB. A service-worker
// restart must not re-read the bundled files, so a stored marker (extension version + index.json
// checksum) short-circuits the whole thing after reading one settings row.
import type { BundleIndex } from '../core';
import { assertBuiltinSnapshot, BUILTIN_IDS } from '../core';
import type { BuiltinListId, BuiltinSnapshot } from '../core';
import { sha256Hex, snapshotChecksum } from './checksum';
import { openWithin, type LaborLensDb, type SnapshotRow } from './db';
import { storageMessage } from './storage-errors';
import { listRowProblem } from './stored-check';
import { inFuture } from './feed-index';
import type { ChangeRow } from './list-changes';
import { recordListError, replaceSnapshot } from './replace-snapshot';

export const BUNDLED_MARKER_KEY = 'bundledVersion';

export interface EnsureBundledOptions {
  /** e.g. `${manifest.version}:${sha256 of index.json}`; equal to the stored marker = nothing to do. */
  marker: string;
  /** index.json, when at hand: lists whose stored checksum equals the index hash are not loaded. */
  index?: BundleIndex;
  ids?: readonly BuiltinListId[];
  /** Collects the diff of each list an extension update changed, for alerts. */
  changes?: ChangeRow[];
  now?: Date;
  /**
   * When nothing is stored yet (a first install), return as soon as every file is parsed, with
   * the snapshots in `stored`, and leave the writes to `written`: the caller builds its engine
   * (and flags the first page) without waiting ~170 ms for the database to commit 1.7 MB.
   */
  deferFirstWrites?: boolean;
  /**
   * With deferFirstWrites: the caller was told the extension was just installed, which normally
   * leaves an empty database. The files are handed over without waiting for it to open (~300 ms on
   * install on a busy 2-core machine), and `empty` says, once it has opened, whether that held: a
   * browser that lost its profile's record of an unpacked extension, or a Firefox temporary
   * add-on, reports an install over a database with lists in it. That database gets the regular
   * update instead of the deferred writes, and `notFresh` says so.
   */
  fresh?: boolean;
}

export interface EnsureBundledResult {
  skipped: boolean;
  loaded: BuiltinListId[];
  kept: BuiltinListId[];
  failed: { id: BuiltinListId; error: string }[];
  /** What was stored for each list in `loaded`, so a caller can use it without reading it back. */
  stored: Map<BuiltinListId, SnapshotRow>;
  /**
   * Only with `deferFirstWrites` on a first install: the writes still running. `loaded` and
   * `stored` then hold what is being written, and `failed` gains any write that fails.
   */
  written?: Promise<void>;
  /** With `fresh`: whether the database was indeed empty (what `stored` holds is then the data). */
  empty?: Promise<boolean>;
  /** Set (once `written` settles) when `fresh` was wrong: `stored` and `loaded` are then the regular update's. */
  notFresh?: boolean;
  /** The time the deferred writes give their list rows (fetchedAt, lastUpdateAt), so a caller can make the same rows. */
  writtenAt?: Date;
}

/**
 * `loadBundled` gives a bundled file's text (as fetched), a PreparedBundled, or its parsed JSON.
 * Text whose SHA-256 is the one index.json gives is exactly what the data build checked
 * (build-data.ts asserts every list before hashing it) and index.json is compiled into the worker:
 * such a file is parsed and stored without walking its entries or serialising it again to hash it
 * (on install, ~150 ms of a 2-core machine's worker time). Any other file, or parsed JSON, is
 * checked entry by entry.
 */
export async function ensureBundled(
  db: LaborLensDb,
  loadBundled: (id: BuiltinListId) => Promise<unknown>,
  opts: EnsureBundledOptions,
): Promise<EnsureBundledResult> {
  const result: EnsureBundledResult = { skipped: false, loaded: [], kept: [], failed: [], stored: new Map() };
  const fresh = opts.deferFirstWrites === true && opts.fresh === true;
  if (fresh) {
    result.empty = isEmpty(db);
    result.empty.catch(() => undefined); // awaited by the caller and the writes
  } else {
    await openWithin(db);
    const stored = await db.settings.get(BUNDLED_MARKER_KEY);
    if (stored?.value === opts.marker) return { ...result, skipped: true };
  }
  const ids = opts.ids ?? BUILTIN_IDS;
  // Every file that may be needed is asked for at once (on install, all of them): each is then
  // checked and stored in turn while the others are still being read.
  const rows = fresh ? ids.map(() => undefined) : await db.lists.bulkGet([...ids]);
  const first =
    fresh || (opts.deferFirstWrites === true && rows.every((r) => r === undefined) && (await db.lists.count()) === 0);
  const early = new Map<BuiltinListId, Promise<unknown>>();
  ids.forEach((id, i) => {
    const indexed = opts.index?.lists.find((l) => l.id === id);
    if (!indexed || rows[i]?.checksum !== indexed.sha256) {
      const p = loadBundled(id);
      p.catch(() => undefined); // awaited, and its failure handled, in the loop below
      early.set(id, p);
    }
  });
  // Each list is stored in its own transaction; the next file is checked and hashed while the
  // previous one is being written (the database runs the writes in the order they were begun).
  const writes: Promise<void>[] = [];
  /** On a first install with deferFirstWrites: the writes, begun once the result is returned. */
  const later: (() => Promise<void>)[] = [];
  const fail = async (id: BuiltinListId, had: boolean, e: unknown): Promise<void> => {
    const error = storageMessage(e);
    result.failed.push({ id, error });
    if (had) await recordListError(db, id, `bundled data could not be loaded: ${error}`).catch(() => undefined);
  };
  for (const [i, id] of ids.entries()) {
    // Read before any of these writes began; each write touches its own list only.
    const got = rows[i];
    // A row that loadRiskData found damaged, or that is itself malformed, is never kept.
    const row = got && !got.damaged && listRowProblem(got) === null ? got : undefined;
    const indexed = opts.index?.lists.find((l) => l.id === id);
    // Same bytes as bundled, or a feed at least as new as the bundled data: keep what is stored.
    // A feed row dated in the future (stored by an older version, or planted) is never kept: it
    // would hold the bundled data out for good and make every genuine feed look older.
    const feedKept = (asOf: string): boolean =>
      row?.source === 'feed' && row.asOf >= asOf && !inFuture(row.asOf, opts.now ?? new Date());
    if (row && indexed && (row.checksum === indexed.sha256 || feedKept(indexed.meta.asOf))) {
      result.kept.push(id);
      continue;
    }
    try {
      const { snapshot, checksum } = await bundledSnapshot(
        id,
        await (early.get(id) ?? loadBundled(id)),
        indexed?.sha256,
      );
      const feedIsNewer = feedKept(snapshot.meta.asOf);
      if (row && (row.checksum === checksum || feedIsNewer)) {
        result.kept.push(id);
        continue;
      }
      const stored: SnapshotRow = {
        listId: id,
        meta: snapshot.meta,
        ...(snapshot.role ? { role: snapshot.role } : {}),
        entries: snapshot.entries,
        checksum,
      };
      const now = first ? (result.writtenAt ??= opts.now ?? new Date()) : opts.now;
      const write = (): Promise<void> =>
        replaceSnapshot(db, snapshot, 'bundled', {
          checksum,
          ...(now ? { now } : {}),
          ...(opts.changes ? { changes: opts.changes } : {}),
        }).then(
          () => {
            result.stored.set(id, stored);
          },
          (e: unknown) => {
            result.stored.delete(id);
            return fail(id, got !== undefined, e);
          },
        );
      if (first) {
        result.stored.set(id, stored);
        later.push(write);
      } else writes.push(write());
    } catch (e) {
      await fail(id, got !== undefined, e);
    }
  }
  const finish = async (): Promise<void> => {
    await Promise.all(writes);
    // `stored` holds exactly the lists written (a deferred write that fails takes its list out).
    result.loaded.splice(0, result.loaded.length, ...ids.filter((id) => result.stored.has(id)));
    // A failed list is retried at the next start instead of being marked done.
    if (result.failed.length === 0) await db.settings.put({ key: BUNDLED_MARKER_KEY, value: opts.marker });
  };
  if (!first) {
    await finish();
    return result;
  }
  result.loaded.push(...ids.filter((id) => result.stored.has(id)));
  // A task later, so whatever waits for this result runs first.
  result.written = new Promise<void>((ok) => setTimeout(ok, 0)).then(async () => {
    if (result.empty && !(await result.empty)) {
      // Not a new database after all: what it holds decides, as on any start.
      result.notFresh = true;
      const again = await ensureBundled(db, loadBundled, { ...opts, fresh: false, deferFirstWrites: false });
      result.stored = again.stored;
      result.loaded.splice(0, result.loaded.length, ...again.loaded);
      result.failed.splice(0, result.failed.length, ...again.failed);
      return;
    }
    writes.push(...later.map((w) => w()));
    return finish();
  });
  return result;
}

async function isEmpty(db: LaborLensDb): Promise<boolean> {
  await openWithin(db);
  return (await db.settings.get(BUNDLED_MARKER_KEY)) === undefined && (await db.lists.count()) === 0;
}

/**
 * A bundled file's text already hashed and, when its bytes are the ones index.json names, parsed:
 * made as the file arrives (see prefetchBundled), while the database is still opening, instead of
 * after it. Anything else is left for ensureBundled's full check.
 */
export class PreparedBundled {
  private constructor(
    readonly text: string,
    readonly checksum: string,
    readonly snapshot: unknown,
  ) {}

  /** `indexed`: the file's SHA-256 from index.json. */
  static async of(text: string, indexed: string): Promise<PreparedBundled | string> {
    const checksum = await sha256Hex(text);
    if (checksum !== indexed) return text;
    try {
      return new PreparedBundled(text, checksum, JSON.parse(text));
    } catch {
      return text; // reported by ensureBundled, which parses it again
    }
  }
}

/** A bundled file as a checked snapshot and its checksum (see ensureBundled on trusted bytes). */
async function bundledSnapshot<K extends BuiltinListId>(
  id: K,
  file: unknown,
  indexed: string | undefined,
): Promise<{ snapshot: BuiltinSnapshot<K>; checksum: string }> {
  const name = `bundled ${id}.json`;
  // Trusted only when its checksum is the one this index gives the list.
  if (file instanceof PreparedBundled)
    if (file.checksum === indexed) return { snapshot: file.snapshot as BuiltinSnapshot<K>, checksum: file.checksum };
    else file = file.text;
  if (typeof file === 'string') {
    const bytes = indexed === undefined ? undefined : await sha256Hex(file);
    let parsed: unknown;
    try {
      parsed = JSON.parse(file);
    } catch (e) {
      throw new Error(`${name} is not JSON: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
    if (bytes !== undefined && bytes === indexed) return { snapshot: parsed as BuiltinSnapshot<K>, checksum: bytes };
    file = parsed;
  }
  const snapshot = assertBuiltinSnapshot(file, name, id);
  return { snapshot, checksum: await snapshotChecksum(snapshot) };
}
