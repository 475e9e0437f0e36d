// Plain records that storage (src/data) keeps and messages carry: one definition each, so the
// database and the message map cannot drift apart. Nothing here knows about messages.
import type { ListId, ListMeta, Severity } from '../core';

/** How a list's data arrived: set by the code that stored it, never read from a file. */
export type ListSource = 'bundled' | 'feed' | 'custom' | 'import';

/** A list as the popup and Settings show it: its metadata plus how it is kept. */
export interface ListSummary extends ListMeta {
  entries: number;
  enabled: boolean;
  fetchedAt?: string;
  lastError?: string | null;
  source?: ListSource;
  lastUpdateAt?: string;
  role?: 'watch' | 'cleared';
  /** An organisation list from policy (customListUrls): shown locked. */
  managed?: boolean;
}

export type SupplierStatus = 'under-review' | 'cleared' | 'false-match';

/** A team's decision on a supplier, as stored and as shown. */
export interface StatusInfo {
  /** Supplier key: the primary listed name (the flag contract's data-key) or a normalised name. */
  key: string;
  status: SupplierStatus;
  note?: string;
  by?: string;
  at: string;
}

/** The settings, as stored (src/data/settings.ts) and as the options page sees them. */
export interface SettingsValues {
  /** Update feed URL per list id (builtin or custom). */
  feedUrls: Record<string, string>;
  /** Pinned SHA-256 (hex) of each feed's body, per list id. */
  feedSha256: Record<string, string>;
  updateIntervalHours: number;
  freshnessThresholdDays: number;
  minimumSeverity: Severity;
  /** Host patterns the content script may scan (empty = all sites the manifest allows). */
  enabledSites: string[];
  /** Custom watch lists fetched from URLs (policy-provided). */
  customListUrls: string[];
  /** Policy: users may not import their own lists. */
  disableUserLists: boolean;
  // Optional so settings objects written before they existed still type-check; defaults fill them.
  /** One signed feed (an index of every list) to update from; '' or absent for none. */
  feedIndexUrl?: string;
  /** Ed25519 public keys (base64 of the raw 32 bytes) trusted to sign feeds, besides the shipped ones. */
  feedPublicKeys?: string[];
}

/** One checked page, as stored (src/data/history.ts) and as the options page lists it. */
export interface HistoryEntry {
  id?: number;
  url: string;
  title: string;
  at: string;
  findings: {
    total: number;
    bySeverity: Partial<Record<string, number>>;
    keys: string[];
    /** Supplier key -> the team's decision in words at the time of the check. */
    decisions?: Record<string, string>;
  };
  /** listId -> asOf/checksum used for the scan, so an old result can be explained later. */
  listVersions: Record<string, string>;
  /** Every supplier name seen (listed or not), so a later list change can re-screen them. */
  suppliers?: string[];
  /** Set when showing history: what a later list change said about a supplier seen here. */
  alert?: string;
}

/** One entry in a list change: its identity in the list and how people know it. */
export interface DiffEntry {
  key: string;
  label: string;
}

/** A list change (feed, import, extension update) and what it did, as stored and as shown. */
export interface ListChange {
  id?: number;
  listId: ListId;
  listName: string;
  at: string;
  source: ListSource;
  fromAsOf: string | null;
  toAsOf: string;
  counts: { added: number; removed: number; changed: number };
  added: DiffEntry[];
  removed: DiffEntry[];
  /** `fields`: the entry's top-level fields that differ (name, aliases, status, date ...). */
  changed: (DiffEntry & { fields: string[] })[];
  /** "UFLPA Entity List: 3 entities added on 2026-12-01" */
  summary: string;
  /** Set once the popup has shown it. */
  seen: boolean;
}

/** A supplier already checked that a list change newly lists. */
export interface SupplierAlert {
  id?: number;
  at: string;
  /** The supplier as it was seen (the history's name or the status key). */
  key: string;
  listId: ListId;
  listName: string;
  entryName: string;
  url?: string;
  title?: string;
  /** When the supplier was seen (history row time) or its status set. */
  seenAt: string;
  historyId?: number;
  message: string;
  /** Set when a cleared supplier was reopened as under review. */
  reopened?: boolean;
  read: boolean;
}
