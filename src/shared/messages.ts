// One message map for content scripts, pages and the service worker. Each entry names its request
// and response; the background's handler table is typed by it, so a missing handler is a compile
// error. Run-time checks of every payload live in ./validate.ts.
import type { Finding, NameMatch } from '../core';
import type { ListId, Severity } from '../core';
import type { HistoryEntry, ListSummary, SettingsValues, StatusInfo, SupplierStatus } from './records';

export type { HistoryEntry, ListSummary, SettingsValues, StatusInfo, SupplierStatus } from './records';

export interface ShownFinding extends Finding {
  status?: StatusInfo;
  /** Severity and explanation as the engine gave them, before a team decision was applied. */
  base?: { severity: Severity; explanation: string };
  /** Below the user's sensitivity: counted and exported, not drawn. */
  below?: boolean;
}

export interface TabFindings {
  url: string;
  findings: ShownFinding[];
  /** Findings below the user's sensitivity, counted but not drawn. */
  hidden: number;
  /** Those findings themselves (capped), for exports; marked `below`. */
  belowFindings?: ShownFinding[];
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

export interface SettingsView {
  settings: SettingsValues;
  /** Keys set by the organisation's policy: read-only. */
  locked: string[];
  problems: { key: string; message: string }[];
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
  /** `names`: matches; `near`: the closest entries when a name is not a match (leads to check). */
  lookup: { req: { query: string }; res: { names: NameMatch[]; near?: NameMatch[]; findings: Finding[] } };
  enableSite: { req: { origin: string }; res: { ok: boolean; error?: string } };
  disableSite: { req: { origin: string }; res: { ok: boolean } };
  getSites: { req: Record<string, never>; res: { origins: string[] } };
  setListEnabled: { req: { id: string; enabled: boolean }; res: { ok: boolean } };
  updateLists: { req: { ids?: string[] }; res: UpdateOutcome[] };
  importList: {
    req: { fileName: string; text: string; role: 'watch' | 'cleared' };
    res: { ok: boolean; id?: string; entries?: number; errors?: string[] };
  };
  removeList: { req: { id: string }; res: { ok: boolean } };
  exportCache: { req: Record<string, never>; res: { json: string } };
  importCache: { req: { json: string }; res: { ok: boolean; errors?: string[] } };
  getSettings: { req: Record<string, never>; res: SettingsView };
  saveSettings: { req: { patch: Partial<SettingsValues> }; res: { problems: { key: string; message: string }[] } };
  /**
   * Refused (ok false) when the name matches no listed entry (`suggestions`: the nearest entries)
   * or when a decision lacks its reviewer or its evidence / reason (`error`).
   */
  setStatus: {
    req: { key: string; status: SupplierStatus | null; note?: string; by?: string };
    res: { ok: boolean; key?: string; error?: string; suggestions?: string[] };
  };
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
