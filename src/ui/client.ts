// The one module through which pages talk to the background. Components take a Client, so tests
// can render them with a fake.
import browser from 'webextension-polyfill';
import { send } from '../shared/send';
import type { ListSummary, Res, TabFindings } from '../shared/messages';

export interface Client {
  activeTab(): Promise<{ id: number; url: string } | null>;
  tabFindings(tabId: number): Promise<TabFindings | null>;
  lists(): Promise<ListSummary[]>;
  lookup(query: string): Promise<Res<'lookup'>>;
}

export const extensionClient: Client = {
  async activeTab() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
  },
  tabFindings: (tabId) => send('getTabFindings', { tabId }),
  lists: () => send('listSummaries', {}),
  lookup: (query) => send('lookup', { query }),
};
