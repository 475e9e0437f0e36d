// One message map for content scripts, pages and the service worker. Each entry names its request
// and response; the background's handler table is typed by it, so a missing handler is a compile
// error. Run-time checks of every payload live in ./validate.ts.
import type { Finding, NameMatch } from '../core';
import type { ListId, Severity } from '../core';
import type {
  HistoryEntry,
  ListChange,
  ListSummary,
  SettingsValues,
  StatusInfo,
  SupplierAlert,
  SupplierStatus,
} from './records';

export type {
  HistoryEntry,
  ListChange,
  ListSummary,
  SettingsValues,
  StatusInfo,
  SupplierAlert,
  SupplierStatus,
} from './records';

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
  /**
   * Set when the tab shows a document in the browser's own viewer (a PDF): the page was not
   * scanned, and the popup offers to check the document instead. Holds its content type.
   */
  document?: string;
}

export interface ScanRequest {
  url: string;
  title?: string;
  text: string;
  /** The top frame shows a document (this content type) in the browser's viewer: nothing to scan. */
  document?: string;
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
  /**
   * Only content just added to a page already scanned, for its flags without waiting for the
   * page's next full scan: not recorded as the page's findings (that full scan follows).
   */
  delta?: true;
}

export interface SettingsView {
  settings: SettingsValues;
  /** Keys set by the organisation's policy: read-only. */
  locked: string[];
  problems: { key: string; message: string }[];
}

export interface UpdateOutcome {
  /** A list, or 'feed' for the signed feed as a whole (its refusals name no one list). */
  id: ListId | 'feed';
  ok: boolean;
  message: string;
}

/** A file's text sent from the "Check a file" page (in parts when big, like a page's). */
export interface FileCheckRequest {
  fileName: string;
  text: string;
  cells?: { start: number; end: number; header: string }[];
  part?: { id: string; index: number; count: number };
}

/** One supplier name of a supplier master, screened. */
export interface ScreenedName {
  /** Best matches first (at most three). */
  matches: NameMatch[];
  /** Severity of the best match as a page would flag it; null when nothing matched. */
  severity: Severity | null;
  /** The card's explanation for the best match, with the team's decision if there is one. */
  explanation: string;
  /** The listed name a team status is kept under. */
  key?: string;
  status?: StatusInfo;
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
  importCache: {
    /** replaceBuiltin: the user saw the plan and agreed to replace built-in lists; dryRun: plan only. */
    req: { json: string; replaceBuiltin?: boolean; dryRun?: boolean };
    res: { ok: boolean; errors?: string[]; plan?: ImportPlanItem[]; needsConfirm?: boolean };
  };
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
  /** List changes not yet shown and alerts not yet read: the popup says so once. */
  getNews: { req: Record<string, never>; res: { changes: ListChange[]; alerts: SupplierAlert[] } };
  /** The popup showed the news: mark it seen and clear the badge. */
  ackNews: { req: Record<string, never>; res: { ok: boolean } };
  /** Recorded list changes, newest first (one list's, or every list's). */
  getListChanges: { req: { id?: string }; res: ListChange[] };
  /** Alerts on suppliers already checked, newest first (History marks its rows with them). */
  getAlerts: { req: Record<string, never>; res: SupplierAlert[] };
  /** The signed feed's state: URL, when it was issued and checked, the last error. */
  getFeedStatus: { req: Record<string, never>; res: FeedStatus };
  /** Check a quote or invoice read on the file page; recorded in the history like a page. */
  checkFile: { req: FileCheckRequest; res: { findings: ShownFinding[]; hidden: number; minSeverity: Severity } };
  /** Screen a chunk of a supplier master's names. */
  screenNames: { req: { names: string[] }; res: { rows: ScreenedName[] } };
  /** Record a finished screening in the history of checks. */
  recordScreening: {
    req: { fileName: string; rows: number; keys: string[]; bySeverity: Partial<Record<Severity, number>> };
    res: { ok: boolean };
  };
}

export interface ImportPlanItem {
  id: string;
  name: string;
  action: 'add' | 'replace' | 'same' | 'keep' | 'remove';
  summary?: string;
  builtin: boolean;
}

export interface FeedStatus {
  url: string;
  issuedAt?: string;
  checkedAt?: string;
  lastError?: string | null;
  /** Trusted keys: shipped with the extension and set by policy or the user. */
  keys: string[];
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
