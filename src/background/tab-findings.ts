// Findings per tab and frame. Kept in storage.session as well as in memory, so the popup still
// sees them after the service worker was stopped; session storage never touches the disk.
// One page must not hurt the others: its frames' writes to its record are queued (frames of one
// tab read-modify-write the same key), its record is capped in size, findings of frames that are
// gone are dropped, and a full storage.session never fails a scan (the findings are still
// returned and drawn; the popup then shows what could be stored).
import browser from 'webextension-polyfill';
import type { Finding } from '../core';
import { SEVERITIES } from '../core';
import type { TabFindings } from '../shared/messages';

import { capRecord, type TabRecord } from './tab-cap';
/** A frame is gone when the browser says no one receives the ping; a slow answer is no proof. */
const PING_MS = 1_000;
/** Frames are checked for being gone at most this often per tab. */
const PRUNE_EVERY_MS = 5_000;
/** Asked of a frame's content script: is it still there? (./content answers it). */
export const ALIVE = 'laborlens:alive';

const key = (tabId: number) => `tab:${tabId}`;
const queues = new Map<number, Promise<unknown>>();
const pruned = new Map<number, number>();

/** Runs `job` after every earlier job of the same tab, so no write overwrites another. */
function queued<T>(tabId: number, job: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(job, job);
  const tail = run.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return run;
}

async function read(tabId: number): Promise<TabRecord> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabRecord | undefined) ?? {};
}

/**
 * Records a frame's findings and returns the tab's merged findings. Never throws for storage: a
 * full storage.session leaves the stored record as it was and the merged result is still right.
 */
export function recordFrame(tabId: number, frameId: number, data: TabRecord[string]): Promise<TabFindings> {
  return queued(tabId, async () => {
    const rec = await read(tabId).catch(() => ({}) as TabRecord);
    // A new top-frame document replaces everything the tab had. Subframes often report before
    // their top frame: with no top frame recorded yet, their findings are the new document's.
    const next: TabRecord = frameId === 0 && rec['0'] && rec['0'].url !== data.url ? {} : rec;
    next[String(frameId)] = data;
    await store(tabId, capRecord(next, frameId));
    if (Object.keys(next).some((f) => f !== '0' && f !== String(frameId))) void dropGoneFrames(tabId);
    return merge(next);
  });
}

async function store(tabId: number, rec: TabRecord): Promise<void> {
  try {
    await browser.storage.session.set({ [key(tabId)]: rec });
  } catch (e) {
    console.warn('LaborLens: findings of this tab not stored:', e instanceof Error ? e.message : e);
  }
}

/**
 * Frames whose content script no longer answers (removed, navigated away) lose their findings.
 * Runs after the scan's reply, at most every PRUNE_EVERY_MS per tab, in the tab's queue.
 */
function dropGoneFrames(tabId: number): Promise<void> {
  const now = Date.now();
  if (now - (pruned.get(tabId) ?? 0) < PRUNE_EVERY_MS) return Promise.resolve();
  pruned.set(tabId, now);
  return queued(tabId, async () => {
    const rec = await read(tabId).catch(() => ({}) as TabRecord);
    const others = Object.keys(rec).filter((f) => f !== '0');
    const alive = await Promise.all(others.map((f) => ping(tabId, Number(f))));
    if (alive.every(Boolean)) return;
    others.forEach((f, i) => {
      if (!alive[i]) delete rec[f];
    });
    await store(tabId, rec);
  }).catch(() => undefined);
}

async function ping(tabId: number, frameId: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<boolean>((ok) => (timer = setTimeout(() => ok(true), PING_MS)));
  try {
    return await Promise.race([
      browser.tabs.sendMessage(tabId, ALIVE, { frameId }).then(
        () => true,
        () => false,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export async function tabFindings(tabId: number): Promise<TabFindings | null> {
  const rec = await queued(tabId, () => read(tabId));
  return Object.keys(rec).length ? merge(rec) : null;
}

export async function forgetTab(tabId: number): Promise<void> {
  pruned.delete(tabId);
  await queued(tabId, () => browser.storage.session.remove(key(tabId)));
}

function merge(rec: TabRecord): TabFindings {
  const frames = Object.entries(rec).sort(([a], [b]) => Number(a) - Number(b));
  const findings = frames.flatMap(([, f]) => f.findings);
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
  findings.sort((a, b) => rank(a) - rank(b) || a.key.localeCompare(b.key));
  const top = rec['0'];
  return {
    url: frames[0]?.[1].url ?? '',
    ...(top?.document ? { document: top.document } : {}),
    findings,
    hidden: frames.reduce((n, [, f]) => n + f.hidden, 0),
    belowFindings: frames.flatMap(([, f]) => f.below ?? []),
    scannedAt:
      frames
        .map(([, f]) => f.scannedAt)
        .sort()
        .at(-1) ?? '',
  };
}
