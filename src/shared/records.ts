// Plain records that storage (src/data) keeps and messages carry: one definition each, so the
// database and the message map cannot drift apart. Nothing here knows about messages.
import type { ListMeta, Severity } from '../core';

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
  findings: { total: number; bySeverity: Partial<Record<string, number>>; keys: string[] };
  /** listId -> asOf/checksum used for the scan, so an old result can be explained later. */
  listVersions: Record<string, string>;
  /** Every supplier name seen (listed or not), so a later list change can re-screen them. */
  suppliers?: string[];
  /** Set when showing history: what a later list change said about a supplier seen here. */
  alert?: string;
}
