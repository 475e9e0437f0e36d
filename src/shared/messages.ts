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

export interface TabFindings {
  url: string;
  findings: Finding[];
  /** Findings below the user's sensitivity, counted but not drawn. */
  hidden: number;
  scannedAt: string;
}

export interface ScanRequest {
  url: string;
  text: string;
  cells?: { start: number; end: number; header: string }[];
  organisations?: string[];
  /** Distinguishes frames of one tab; 0 is the top frame. */
  frame?: number;
}

export interface Messages {
  /** Content script or demo page: scan this page's text. Read-only apart from the tab's badge. */
  scanPage: { req: ScanRequest; res: { findings: Finding[]; minSeverity: Severity } };
  /** Popup: findings for a tab. */
  getTabFindings: { req: { tabId: number }; res: TabFindings | null };
  /** Popup lookup box: a supplier name or an HS code. */
  lookup: { req: { query: string }; res: { names: NameMatch[]; findings: Finding[] } };
  /** Pages: the lists and their freshness. */
  listSummaries: { req: Record<string, never>; res: ListSummary[] };
  /** Popup: a site was granted by the user; start scanning it. Privileged. */
  enableSite: { req: { origin: string }; res: { ok: boolean; error?: string } };
  /** Popup: stop scanning a site the user had turned on. Privileged. */
  disableSite: { req: { origin: string }; res: { ok: boolean } };
  /** Pages: sites the user turned on. */
  getSites: { req: Record<string, never>; res: { origins: string[] } };
}

export type MessageName = keyof Messages;
export type Req<K extends MessageName> = Messages[K]['req'];
export type Res<K extends MessageName> = Messages[K]['res'];

export interface Envelope<K extends MessageName = MessageName> {
  laborlens: 1;
  name: K;
  payload: Req<K>;
}

/** Messages that change state: accepted only from our own extension pages, never content scripts. */
export const PRIVILEGED: ReadonlySet<MessageName> = new Set<MessageName>(['enableSite', 'disableSite']);

export type Reply<K extends MessageName> = { ok: true; value: Res<K> } | { ok: false; error: string };
