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
import { ackNews, getAlerts, getFeedStatus, getListChanges, getNews } from './handlers/news';
import { afterListChange } from './list-changed';
import { getEngine, onBundledChanges, prefetchBundled } from './engine-holder';
import { forgetTab } from './tab-findings';
import { syncRegistration } from './sites';
import { runUpdates, scheduleUpdates, updateIfConfigured, UPDATE_ALARM } from './updates';
import { checkFile, recordScreening, screenNames } from './handlers/file-check';
import { createMenu, listenMenu } from './context-menu';
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
  getNews,
  ackNews,
  getListChanges,
  getAlerts,
  getFeedStatus,
  checkFile,
  screenNames,
  recordScreening,
};
const logError = (what: string) => (e: unknown) => console.error(`LaborLens: ${what}`, e);
listen(handlers);
watchPolicy();
// An extension update that changed a bundled list is a list change like any other.
onBundledChanges((changes) => void afterListChange(changes).catch(logError('could not re-screen after an update')));

browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install' || details.reason === 'update') prefetchBundled(details.reason === 'install');
  void getEngine().catch(logError('could not load its lists'));
  void syncRegistration().catch(logError('could not register user sites'));
  void scheduleUpdates().catch(logError('could not schedule list updates'));
  // A browser set up by policy gets the organisation's feed and lists at once, not in an hour.
  void updateIfConfigured().catch(logError('first list update failed'));
  void createMenu().catch(logError('could not add its context menu'));
});
// Policy can change while the browser runs: sites and schedules follow it.
browser.storage.onChanged.addListener((_changes, area) => {
  if (area !== 'managed') return;
  void syncRegistration().catch(logError('could not register policy sites'));
  void scheduleUpdates().catch(logError('could not schedule list updates'));
  void updateIfConfigured().catch(logError('list update after a policy change failed'));
});
listenMenu();
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === UPDATE_ALARM) void runUpdates().catch(logError('scheduled list update failed'));
});
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
