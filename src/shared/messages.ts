// One message map for content scripts, pages and the service worker. Each entry names its request
// and response; the background's handler table is typed by it, so a missing handler is a compile
// error. Run-time checks of every payload live in ./validate.ts.
import type { Finding, NameMatch } from '../core/engine-api';
import type { ListId, Severity } from '../core/lists/types';

export interface ListSummary {
  id: ListId;
  name: string;
  publisher: string;
  sourceUrl: string;
  asOf: string;
  entries: number;
  enabled: boolean;
  fetchedAt?: string;
  lastError?: string | null;
  caveats?: string[];
  source?: 'bundled' | 'feed' | 'custom' | 'import';
  license?: string;
  lastUpdateAt?: string;
  role?: 'watch' | 'cleared';
}

export type SupplierStatus = 'under-review' | 'cleared' | 'false-match';
export interface StatusInfo {
  key: string;
  status: SupplierStatus;
  note?: string;
  by?: string;
  at: string;
}

/** A finding as shown to the user: with the team's status for that supplier, if any. */
export interface ShownFinding extends Finding {
  status?: StatusInfo;
}

export interface TabFindings {
  url: string;
  findings: ShownFinding[];
  /** Findings below the user's sensitivity, counted but not drawn. */
  hidden: number;
  scannedAt: string;
}

export interface ScanRequest {
  url: string;
  title?: string;
  text: string;
  cells?: { start: number; end: number; header: string }[];
  organisations?: string[];
  /** Distinguishes frames of one tab; 0 is the top frame. */
  frame?: number;
  /**
   * Big pages send their text in parts, each in its own message (one 8 MB message is one long
   * task in the page). Cells and organisations come with the last part; offsets are the whole
   * text's.
   */
  part?: { id: string; index: number; count: number };
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
}
export interface SettingsView {
  settings: SettingsValues;
  /** Keys set by the organisation's policy: read-only. */
  locked: string[];
  problems: { key: string; message: string }[];
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
}

export interface UpdateOutcome {
  id: ListId;
  ok: boolean;
  message: string;
}

export interface Messages {
  // ---- Questions a content script may ask ----
  /** Scan this page's text. Read-only apart from the tab's badge and the local history. */
  scanPage: { req: ScanRequest; res: { findings: ShownFinding[]; minSeverity: Severity } };
  /** The lists and their freshness (public information). */
  listSummaries: { req: Record<string, never>; res: ListSummary[] };

  // ---- Extension pages only (popup, options, demo) ----
  getTabFindings: { req: { tabId: number }; res: TabFindings | null };
  lookup: { req: { query: string }; res: { names: NameMatch[]; findings: Finding[] } };
  enableSite: { req: { origin: string }; res: { ok: boolean; error?: string } };
  disableSite: { req: { origin: string }; res: { ok: boolean } };
  getSites: { req: Record<string, never>; res: { origins: string[] } };
  setListEnabled: { req: { id: string; enabled: boolean }; res: { ok: boolean } };
  updateLists: { req: { ids?: string[] }; res: UpdateOutcome[] };
  importList: { req: { fileName: string; text: string; role: 'watch' | 'cleared' }; res: { ok: boolean; id?: string; entries?: number; errors?: string[] } };
  removeList: { req: { id: string }; res: { ok: boolean } };
  exportCache: { req: Record<string, never>; res: { json: string } };
  importCache: { req: { json: string }; res: { ok: boolean; errors?: string[] } };
  getSettings: { req: Record<string, never>; res: SettingsView };
  saveSettings: { req: { patch: Partial<SettingsValues> }; res: { problems: { key: string; message: string }[] } };
  setStatus: { req: { key: string; status: SupplierStatus | null; note?: string; by?: string }; res: { ok: boolean } };
  getStatuses: { req: Record<string, never>; res: StatusInfo[] };
  getHistory: { req: { limit?: number }; res: HistoryEntry[] };
  clearHistory: { req: Record<string, never>; res: { ok: boolean } };
  resetAll: { req: Record<string, never>; res: { ok: boolean } };
}

export type MessageName = keyof Messages;
export type Req<K extends MessageName> = Messages[K]['req'];
export type Res<K extends MessageName> = Messages[K]['res'];

export interface Envelope<K extends MessageName = MessageName> {
  laborlens: 1;
  name: K;
  payload: Req<K>;
}

/**
 * The only messages a content script (which a hostile page can drive) may send. Everything else,
 * including every state change and every read of the user's own data, is for extension pages.
 */
export const CONTENT_ALLOWED: ReadonlySet<MessageName> = new Set<MessageName>(['scanPage', 'listSummaries']);

export type Reply<K extends MessageName> = { ok: true; value: Res<K> } | { ok: false; error: string };
