// Service worker: wiring only. Handlers live in ./handlers, one per message.
import browser from 'webextension-polyfill';
import { listen, type HandlerTable } from './router';
import { scanPage } from './handlers/scan-page';
import { getTabFindings } from './handlers/tab-findings';
import { lookup } from './handlers/lookup';
import { listSummariesHandler } from './handlers/lists';
import { disableSite, enableSite, getSites } from './handlers/sites';
import { getEngine } from './engine-holder';
import { forgetTab } from './tab-findings';
import { syncRegistration } from './sites';

const handlers: HandlerTable = {
  scanPage,
  getTabFindings,
  lookup,
  listSummaries: listSummariesHandler,
  enableSite,
  disableSite,
  getSites,
};
listen(handlers);

browser.runtime.onInstalled.addListener(() => {
  void getEngine().catch((e: unknown) => console.error('LaborLens could not load its lists', e));
  void syncRegistration().catch((e: unknown) => console.error('LaborLens could not register user sites', e));
});
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
