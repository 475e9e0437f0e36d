// An in-memory Client for rendering pages in unit tests: records every call.
import type { Finding } from '../../../src/core/engine/engine-api';
import type { HistoryEntry, ListSummary, SettingsView, StatusInfo, TabFindings } from '../../../src/shared/messages';
import type { Client } from '../../../src/ui/client';

export const UFLPA: ListSummary = {
  id: 'uflpa',
  name: 'UFLPA Entity List',
  publisher: 'U.S. Department of Homeland Security',
  sourceUrl: 'https://www.dhs.gov/uflpa-entity-list',
  asOf: '2026-08-10',
  entries: 187,
  enabled: true,
  fetchedAt: '2026-11-28T09:00:00.000Z',
  lastError: null,
  caveats: ['Entities added after 2026-08-10 are missing.'],
  source: 'bundled',
};

export const HOSHINE: Finding = {
  kind: 'supplier',
  text: 'HOSHINE SILICON INDUSTRY (SHANSHAN) CO., LTD',
  key: 'Hoshine Silicon Industry (Shanshan) Co., Ltd',
  severity: 'critical',
  explanation: 'On the UFLPA Entity List, section (v), since 2022-06-21.',
  list: 'uflpa',
  score: 1,
  why: 'exact name',
  start: 0,
  end: 10,
  refs: [],
};

export interface FakeState {
  tab: TabFindings | null;
  lists: ListSummary[];
  statuses: StatusInfo[];
  history: HistoryEntry[];
  settings: SettingsView;
  sites: string[];
  calls: { name: string; args: unknown[] }[];
}

export function fakeClient(over: Partial<FakeState> = {}): Client & { state: FakeState } {
  const state: FakeState = {
    tab: null,
    lists: [UFLPA],
    statuses: [],
    history: [],
    settings: {
      settings: {
        feedUrls: {},
        feedSha256: {},
        updateIntervalHours: 24,
        freshnessThresholdDays: 180,
        minimumSeverity: 'low',
        enabledSites: [],
        customListUrls: [],
        disableUserLists: false,
      },
      locked: [],
      problems: [],
    },
    sites: [],
    calls: [],
    ...over,
  };
  const log = (name: string, ...args: unknown[]) => state.calls.push({ name, args });
  return {
    state,
    activeTab: async () => ({ id: 7, url: 'https://www.example.test/p/1' }),
    tabFindings: async (id) => (log('tabFindings', id), id === 7 ? state.tab : null),
    lists: async () => state.lists,
    lookup: async (q) => (log('lookup', q), { names: [], findings: [] }),
    enableSite: async (o) => (log('enableSite', o), state.sites.push(o), { ok: true }),
    disableSite: async (o) => (log('disableSite', o), (state.sites = state.sites.filter((s) => s !== o)), { ok: true }),
    sites: async () => ({ origins: state.sites }),
    builtInSite: (url) => /alibaba\.com/.test(url),
    allowFeedHost: async (url) => (log('allowFeedHost', url), true),
    setListEnabled: async (id, enabled) => (log('setListEnabled', id, enabled), { ok: true }),
    updateLists: async (ids) => (log('updateLists', ids), []),
    importList: async (req) => (log('importList', req), { ok: true, id: 'custom:x', entries: 1 }),
    removeList: async (id) => (log('removeList', id), { ok: true }),
    exportCache: async () => ({ json: '{}' }),
    importCache: async (json) => (log('importCache', json), { ok: true }),
    settings: async () => state.settings,
    saveSettings: async (patch) => (log('saveSettings', patch), { problems: [] }),
    setStatus: async (req) => (log('setStatus', req), { ok: true }),
    statuses: async () => state.statuses,
    history: async () => state.history,
    clearHistory: async () => (log('clearHistory'), { ok: true }),
    resetAll: async () => (log('resetAll'), { ok: true }),
  };
}
