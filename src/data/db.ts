// The extension's IndexedDB (Dexie). Versions are append-only: never edit a version that has
// shipped; add the next one with its upgrade function and a before/after test.
import Dexie, { type Table } from 'dexie';
import type { ListId, ListMeta } from '../core';
import type { HistoryEntry, ListSource, StatusInfo } from '../shared/records';
import { BLOCKED_MESSAGE, DataStoreError } from './storage-errors';
import type { ChangeRow } from './list-changes';
import type { AlertRow } from './alerts';

export type { ListSource, SupplierStatus } from '../shared/records';

/** One row per list: what is stored, where it came from, and how updates went. */
export interface ListRow extends ListMeta {
  /** ISO timestamp of when this snapshot was stored. */
  fetchedAt: string;
  /** SHA-256 (hex) of the snapshot's JSON. */
  checksum: string;
  entryCount: number;
  /** SNAPSHOT_FORMAT of the stored snapshot. */
  format: number;
  enabled: boolean;
  updateUrl?: string;
  sha256Pin?: string;
  /** Last update or load failure, shown to the user; null after a success. */
  lastError?: string | null;
  lastUpdateAt?: string;
  role?: 'watch' | 'cleared';
  source: ListSource;
  /** Set for organisation lists fetched from policy URLs: the user cannot remove or replace them. */
  managed?: boolean;
  /**
   * Set when the stored snapshot or row failed validation on load: the list is left out of the
   * engine until it is stored again (bundled lists are reloaded at the next start).
   */
  damaged?: string;
}

export interface SnapshotRow {
  listId: ListId;
  meta: ListMeta;
  role?: 'watch' | 'cleared';
  entries: unknown[];
  checksum: string;
}

export type StatusRow = StatusInfo;
export type HistoryRow = HistoryEntry;

/** A compiled index (see index-store.ts): derived data, rebuilt from the lists whenever in doubt. */
export interface IndexRow {
  key: string;
  /** INDEX_FORMAT, the code that built it and every indexed list's checksum. */
  stamp: string;
  builtAt: string;
  /**
   * Since store format 5 (index-store.ts): the packed image and parties, their buffers and long
   * strings replaced by references into `blob` (blob-parts.ts). Earlier formats had `image` and
   * `parties` here; such a row is stale by its stamp.
   */
  value: unknown;
  blob?: unknown;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'laborlens';

/** How long an open may wait for another connection to let go before it fails with a message. */
export const OPEN_TIMEOUT_MS = 10_000;

export interface DbOptions {
  /** See OPEN_TIMEOUT_MS; tests pass a few milliseconds. */
  openTimeoutMs?: number;
}

export class LaborLensDb extends Dexie {
  lists!: Table<ListRow, string>;
  snapshots!: Table<SnapshotRow, string>;
  statuses!: Table<StatusRow, string>;
  history!: Table<HistoryRow, number>;
  settings!: Table<SettingRow, string>;
  indexes!: Table<IndexRow, string>;
  /** v4: one row per list change with its diff (src/data/list-changes.ts). */
  changes!: Table<ChangeRow, number>;
  /** v4: suppliers already checked that a list change newly lists (src/data/alerts.ts). */
  alerts!: Table<AlertRow, number>;
  readonly openTimeoutMs: number;
  /** Date.now() when an open of this connection was first reported blocked; undefined once open. */
  blockedSince: number | undefined;
  /** True after this connection closed itself so another one could upgrade the schema. */
  closedForUpgrade = false;

  constructor(name: string = DB_NAME, upTo: number = SCHEMA_VERSIONS.length, options: DbOptions = {}) {
    super(name);
    this.openTimeoutMs = options.openTimeoutMs ?? OPEN_TIMEOUT_MS;
    SCHEMA_VERSIONS.slice(0, upTo).forEach((declare) => declare(this));
    // An older connection (a page left open across an extension update) must not block the new
    // schema: close at once. Dexie may reopen it on its next query, at whatever version exists then.
    this.on('versionchange', () => {
      this.closedForUpgrade = true;
      this.close({ disableAutoOpen: false });
      return false;
    });
    this.on('blocked', () => {
      this.blockedSince ??= Date.now();
    });
  }
}

/**
 * Open the database, or fail with a clear message when another connection keeps the open (and so
 * a schema upgrade) blocked for longer than `db.openTimeoutMs`. The open itself is not cancelled:
 * it completes once the other connection closes, so the next call succeeds.
 */
export function openWithin(db: LaborLensDb, timeoutMs: number = db.openTimeoutMs): Promise<LaborLensDb> {
  if (db.isOpen()) return Promise.resolve(db);
  return new Promise<LaborLensDb>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const startTimer = (): void => {
      if (timer !== undefined) return;
      const waited = db.blockedSince === undefined ? 0 : Date.now() - db.blockedSince;
      timer = setTimeout(
        () => {
          done();
          reject(new DataStoreError('blocked', BLOCKED_MESSAGE));
        },
        Math.max(0, timeoutMs - waited),
      );
    };
    const done = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      db.on('blocked').unsubscribe(startTimer);
    };
    db.on('blocked', startTimer);
    if (db.blockedSince !== undefined) startTimer();
    db.open().then(
      () => {
        db.blockedSince = undefined;
        db.closedForUpgrade = false;
        done();
        resolve(db);
      },
      (e: unknown) => {
        done();
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/** Stacked declarations; index n-1 declares version n. */
export const SCHEMA_VERSIONS: readonly ((db: Dexie) => void)[] = [
  (db) => {
    db.version(1).stores({
      lists: 'id, source, enabled',
      snapshots: 'listId',
      statuses: 'key, status',
      history: '++id, at, url',
      settings: 'key',
    });
  },
  // v2: lists get a `role` index (the options page filters watch vs cleared lists) and every row
  // an explicit lastError, so "never failed" (null) differs from "not yet checked" in the UI.
  // Custom lists stored before v2 had no role: they were all watch lists.
  (db) => {
    db.version(2)
      .stores({ lists: 'id, source, enabled, role' })
      .upgrade((tx) =>
        tx
          .table<ListRow, string>('lists')
          .toCollection()
          .modify((row) => {
            if (row.lastError === undefined) row.lastError = null;
            if (row.source === 'custom' && row.role === undefined) row.role = 'watch';
          }),
      );
  },
  // v3: the compiled name index is stored, so a woken service worker loads it instead of indexing
  // every name again. Derived data: nothing to migrate, the first start after the upgrade builds it.
  (db) => {
    db.version(3).stores({ indexes: 'key' });
  },
  // v4: list changes with their diffs, and alerts on suppliers
  // already checked. New tables only; existing rows are untouched.
  (db) => {
    db.version(4).stores({ changes: '++id, listId, at', alerts: '++id, at, key, historyId' });
  },
];

export const openDb = (name: string = DB_NAME): LaborLensDb => new LaborLensDb(name);
