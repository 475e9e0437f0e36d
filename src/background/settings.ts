// Settings as the service worker applies them: the user's, overridden by enterprise policy
// (chrome.storage.managed, see public/managed_schema.json).
import browser from 'webextension-polyfill';
import { loadUserSettings, mergeManaged, type MergedSettings } from '../data/settings';
import { getDb } from './engine-holder';

export async function managedPolicy(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    // No policy set (or storage.managed unsupported, as in Firefox without a policy file).
    return {};
  }
}

export async function currentSettings(): Promise<MergedSettings> {
  const [user, managed] = await Promise.all([loadUserSettings(getDb()), managedPolicy()]);
  return mergeManaged(user, managed);
}
