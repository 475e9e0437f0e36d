// Findings per tab and frame. Kept in storage.session as well as in memory, so the popup still
// sees them after the service worker was stopped; session storage never touches the disk.
import browser from 'webextension-polyfill';
import type { Finding } from '../core';
import { SEVERITIES } from '../core';
import type { TabFindings } from '../shared/messages';

interface FrameFindings {
  url: string;
  findings: Finding[];
  hidden: number;
  /** Findings below the sensitivity, kept for exports (capped by the caller). */
  below?: Finding[];
  scannedAt: string;
}
type TabRecord = Record<string, FrameFindings>;

const key = (tabId: number) => `tab:${tabId}`;

async function read(tabId: number): Promise<TabRecord> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabRecord | undefined) ?? {};
}

export async function recordFrame(tabId: number, frameId: number, data: FrameFindings): Promise<TabFindings> {
  const rec = await read(tabId);
  // A new top-frame document replaces everything the tab had.
  const next: TabRecord = frameId === 0 && rec['0']?.url !== data.url ? {} : rec;
  next[String(frameId)] = data;
  await browser.storage.session.set({ [key(tabId)]: next });
  return merge(next);
}

export async function tabFindings(tabId: number): Promise<TabFindings | null> {
  const rec = await read(tabId);
  return Object.keys(rec).length ? merge(rec) : null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

function merge(rec: TabRecord): TabFindings {
  const frames = Object.entries(rec).sort(([a], [b]) => Number(a) - Number(b));
  const findings = frames.flatMap(([, f]) => f.findings);
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
  findings.sort((a, b) => rank(a) - rank(b) || a.key.localeCompare(b.key));
  return {
    url: frames[0]?.[1].url ?? '',
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
