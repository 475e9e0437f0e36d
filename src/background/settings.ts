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

// The first read of storage.managed in a browser session can take seconds (Chromium loading its
// policy service: 2.7 s in a fresh profile here), while later reads take under a millisecond. So
// the read starts when the worker does, and is given SCAN_POLICY_WAIT_MS from then: a page scan
// past that uses the policy last seen (kept in storage.local, read at start-up too), or none on a
// fresh install, until it answers. (Counting from the scan instead held the first page after an
// install 250 ms more whenever the worker had started earlier, as it does on install.)
const POLICY_CACHE = 'managedPolicyCache';
const SCAN_POLICY_WAIT_MS = 250;
let policyRead: Promise<unknown> | undefined;
let policyKnown = false;
let readStarted = 0;
let lastSeen: Promise<unknown> | undefined;

function readPolicy(): Promise<unknown> {
  if (!policyRead) readStarted = performance.now();
  policyRead ??= managedPolicy().then((p) => {
    policyKnown = true;
    lastSeen = Promise.resolve(p);
    void browser.storage.local.set({ [POLICY_CACHE]: p }).catch(() => undefined);
    return p;
  });
  return policyRead;
}

/** Starts the policy read (worker start-up) and follows policy changes. */
export function watchPolicy(): void {
  void readPolicy();
  lastSeen ??= lastSeenPolicy();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    policyRead = undefined;
    policyKnown = false;
    void readPolicy();
  });
}

async function lastSeenPolicy(): Promise<unknown> {
  try {
    return (await browser.storage.local.get(POLICY_CACHE))[POLICY_CACHE] ?? {};
  } catch {
    return {};
  }
}

/** Settings for scanning a page: like currentSettings, but never held up by a slow first policy read. */
export async function scanSettings(): Promise<MergedSettings> {
  const read = readPolicy();
  const left = Math.max(0, SCAN_POLICY_WAIT_MS - (performance.now() - readStarted));
  const managed = policyKnown
    ? read
    : Promise.race([read, new Promise((r) => setTimeout(r, left)).then(() => (lastSeen ??= lastSeenPolicy()))]);
  const [user, policy] = await Promise.all([loadUserSettings(getDb()), managed]);
  return mergeManaged(user, policy);
}

export async function currentSettings(): Promise<MergedSettings> {
  const [user, managed] = await Promise.all([loadUserSettings(getDb()), managedPolicy()]);
  return mergeManaged(user, managed);
}
