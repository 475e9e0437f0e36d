// The extension's IndexedDB (Dexie). Versions are append-only: never edit a version that has
// shipped; add the next one with its upgrade function and a before/after test.
import Dexie, { type Table } from 'dexie';
import type { ListId, ListMeta } from '../core/lists/types';

export type ListSource = 'bundled' | 'feed' | 'custom' | 'import';

/** One row per list: what is stored, where it came from, and how updates went. */
export interface ListRow {
  id: ListId;
  name: string;
  publisher: string;
  sourceUrl: string;
  asOf: string;
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
  license?: string;
  caveats?: string[];
}

export interface SnapshotRow {
  listId: ListId;
  meta: ListMeta;
  role?: 'watch' | 'cleared';
  entries: unknown[];
  checksum: string;
}

export type SupplierStatus = 'under-review' | 'cleared' | 'false-match';
export interface StatusRow {
  /** Supplier key: the primary listed name (the flag contract's data-key) or a normalised name. */
  key: string;
  status: SupplierStatus;
  note?: string;
  by?: string;
  at: string;
}

export interface HistoryRow {
  id?: number;
  url: string;
  title: string;
  at: string;
  findings: { total: number; bySeverity: Partial<Record<string, number>>; keys: string[] };
  /** listId -> asOf/checksum used for the scan, so an old result can be explained later. */
  listVersions: Record<string, string>;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'laborlens';

export class LaborLensDb extends Dexie {
  lists!: Table<ListRow, string>;
  snapshots!: Table<SnapshotRow, string>;
  statuses!: Table<StatusRow, string>;
  history!: Table<HistoryRow, number>;
  settings!: Table<SettingRow, string>;

  constructor(name: string = DB_NAME, upTo: number = SCHEMA_VERSIONS.length) {
    super(name);
    SCHEMA_VERSIONS.slice(0, upTo).forEach((declare) => declare(this));
  }
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
];

export const openDb = (name: string = DB_NAME): LaborLensDb => new LaborLensDb(name);
