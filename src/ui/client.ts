// The one module through which pages talk to the background. Components take a Client, so tests
// can render them with a fake.
import browser from 'webextension-polyfill';
import { send } from '../shared/send';
import { originPattern } from '../shared/site-patterns';
import type { Req, Res, TabFindings } from '../shared/messages';

export interface Client {
  activeTab(): Promise<{ id: number; url: string } | null>;
  tabFindings(tabId: number): Promise<TabFindings | null>;
  /** A tab's URL where LaborLens may see it (its site granted); '' otherwise. */
  tabUrl?(tabId: number): Promise<string>;
  lists(): Promise<Res<'listSummaries'>>;
  lookup(query: string): Promise<Res<'lookup'>>;
  /** Asks the user for a site's permission (must run in a click handler), then turns scanning on. */
  enableSite(origin: string): Promise<Res<'enableSite'>>;
  disableSite(origin: string): Promise<Res<'disableSite'>>;
  sites(): Promise<Res<'getSites'>>;
  /** True where the manifest's own content script already runs (the built-in sourcing sites). */
  builtInSite(url: string): boolean;
  /**
   * Asks for access to a feed's host (call it from the click that saves the URL), so the service
   * worker can fetch a feed that sends no CORS headers. False when the user declines.
   */
  allowFeedHost(url: string): Promise<boolean>;
  setListEnabled(id: string, enabled: boolean): Promise<Res<'setListEnabled'>>;
  updateLists(ids?: string[]): Promise<Res<'updateLists'>>;
  importList(req: Req<'importList'>): Promise<Res<'importList'>>;
  removeList(id: string): Promise<Res<'removeList'>>;
  exportCache(): Promise<Res<'exportCache'>>;
  importCache(json: string, opts?: { replaceBuiltin?: boolean; dryRun?: boolean }): Promise<Res<'importCache'>>;
  settings(): Promise<Res<'getSettings'>>;
  saveSettings(patch: Req<'saveSettings'>['patch']): Promise<Res<'saveSettings'>>;
  setStatus(req: Req<'setStatus'>): Promise<Res<'setStatus'>>;
  statuses(): Promise<Res<'getStatuses'>>;
  history(limit?: number): Promise<Res<'getHistory'>>;
  clearHistory(): Promise<Res<'clearHistory'>>;
  resetAll(): Promise<Res<'resetAll'>>;
  // Optional so clients written before lists could change (test fakes) still type-check.
  /** Unseen list changes and unread alerts on suppliers already checked. */
  news?(): Promise<Res<'getNews'>>;
  ackNews?(): Promise<Res<'ackNews'>>;
  listChanges?(id?: string): Promise<Res<'getListChanges'>>;
  feedStatus?(): Promise<Res<'getFeedStatus'>>;
}

function matches(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern);
  if (!m) return false;
  const [, scheme, anySub, host] = m;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return url.hostname === host || (!!anySub && url.hostname.endsWith(`.${host}`));
}

export const extensionClient: Client = {
  async activeTab() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
  },
  tabFindings: (tabId) => send('getTabFindings', { tabId }),
  async tabUrl(tabId) {
    try {
      return (await browser.tabs.get(tabId)).url ?? '';
    } catch {
      return '';
    }
  },
  lists: () => send('listSummaries', {}),
  lookup: (query) => send('lookup', { query }),
  async enableSite(origin) {
    const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
    if (!granted) return { ok: false, error: 'Permission was not granted' };
    return send('enableSite', { origin });
  },
  disableSite: (origin) => send('disableSite', { origin }),
  sites: () => send('getSites', {}),
  builtInSite(url) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return false;
    }
    const patterns = browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? [];
    return patterns.some((p) => matches(p, u));
  },
  async allowFeedHost(url) {
    const origins = [originPattern(url)];
    if (await browser.permissions.contains({ origins })) return true;
    return browser.permissions.request({ origins });
  },
  setListEnabled: (id, enabled) => send('setListEnabled', { id, enabled }),
  updateLists: (ids) => send('updateLists', ids ? { ids } : {}),
  importList: (req) => send('importList', req),
  removeList: (id) => send('removeList', { id }),
  exportCache: () => send('exportCache', {}),
  importCache: (json, opts) => send('importCache', { json, ...opts }),
  settings: () => send('getSettings', {}),
  saveSettings: (patch) => send('saveSettings', { patch }),
  setStatus: (req) => send('setStatus', req),
  statuses: () => send('getStatuses', {}),
  history: (limit) => send('getHistory', limit === undefined ? {} : { limit }),
  clearHistory: () => send('clearHistory', {}),
  resetAll: () => send('resetAll', {}),
  news: () => send('getNews', {}),
  ackNews: () => send('ackNews', {}),
  listChanges: (id) => send('getListChanges', id === undefined ? {} : { id }),
  feedStatus: () => send('getFeedStatus', {}),
};
