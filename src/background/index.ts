// Service worker: wiring only. Handlers live in ./handlers, one file per concern.
import browser from 'webextension-polyfill';
import { listen, type HandlerTable } from './router';
import { scanPage } from './handlers/scan-page';
import { getTabFindings } from './handlers/tab-findings';
import { lookup } from './handlers/lookup';
import { listSummariesHandler } from './handlers/lists';
import { disableSite, enableSite, getSites } from './handlers/sites';
import {
  exportCacheHandler,
  importCacheHandler,
  importList,
  removeList,
  setListEnabled,
  updateLists,
} from './handlers/list-admin';
import { getSettings, saveSettings } from './handlers/settings';
import { getStatuses, setStatus } from './handlers/statuses';
import { clearHistory, getHistory } from './handlers/history';
import { resetAll } from './handlers/reset';
import { getEngine } from './engine-holder';
import { forgetTab } from './tab-findings';
import { syncRegistration } from './sites';
import { runUpdates, scheduleUpdates, UPDATE_ALARM } from './updates';
import { watchPolicy } from './settings';

const handlers: HandlerTable = {
  scanPage,
  listSummaries: listSummariesHandler,
  getTabFindings,
  lookup,
  enableSite,
  disableSite,
  getSites,
  setListEnabled,
  updateLists,
  importList,
  removeList,
  exportCache: exportCacheHandler,
  importCache: importCacheHandler,
  getSettings,
  saveSettings,
  setStatus,
  getStatuses,
  getHistory,
  clearHistory,
  resetAll,
};
listen(handlers);
watchPolicy();

const logError = (what: string) => (e: unknown) => console.error(`LaborLens: ${what}`, e);

browser.runtime.onInstalled.addListener(() => {
  void getEngine().catch(logError('could not load its lists'));
  void syncRegistration().catch(logError('could not register user sites'));
  void scheduleUpdates().catch(logError('could not schedule list updates'));
});
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === UPDATE_ALARM) void runUpdates().catch(logError('scheduled list update failed'));
});
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
