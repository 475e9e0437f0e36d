import type { Runtime } from 'webextension-polyfill';
import { SEVERITIES, type Severity } from '../../core';
import { recordCheck } from '../../data/history';
import { statusMap } from '../../data/statuses';
import type { Req, Res, ShownFinding } from '../../shared/messages';
import { applyStatus } from '../apply-status';
import { assemble } from '../scan-parts';
import { showBadge } from '../badge';
import { getDb, getEngine } from '../engine-holder';
import { listVersions } from '../list-versions';
import { scanSettings } from '../settings';
import { recordFrame } from '../tab-findings';

export const atLeast = (min: Severity) => (f: ShownFinding) =>
  SEVERITIES.indexOf(f.severity) <= SEVERITIES.indexOf(min);

/** One finding per (kind, key): the popup and badge count things, the page flags occurrences. */
export function distinct<F extends ShownFinding>(findings: F[]): F[] {
  const best = new Map<string, F>();
  for (const f of findings) {
    const k = `${f.kind}\u0000${f.key}`;
    const had = best.get(k);
    if (!had || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(had.severity)) best.set(k, f);
  }
  return [...best.values()];
}

export async function scanPage(part: Req<'scanPage'>, sender: Runtime.MessageSender): Promise<Res<'scanPage'>> {
  const req = assemble(part, `${sender.tab?.id ?? -1}:${sender.frameId ?? 0}:${sender.url ?? ''}`);
  const [engine, { settings }, statuses] = await Promise.all([getEngine(), scanSettings(), statusMap(getDb())]);
  if (!req) return { findings: [], minSeverity: settings.minimumSeverity };
  const minSeverity = settings.minimumSeverity;
  const all = engine
    .scan(req.text, { cells: req.cells, organisations: req.organisations })
    .map((f) => applyStatus(f, statuses));
  const shown = all.filter(atLeast(minSeverity));
  const tabId = sender.tab?.id;
  if (tabId !== undefined && tabId >= 0) {
    const unique = distinct(shown);
    const now = new Date().toISOString();
    const frameId = sender.frameId ?? 0;
    const merged = await recordFrame(tabId, frameId, {
      url: req.url,
      findings: unique,
      hidden: distinct(all).length - unique.length,
      scannedAt: now,
    });
    await showBadge(tabId, merged.findings);
    // History is a record, not a precondition: a full disk must not stop the flags.
    if (frameId === 0)
      await recordHistory(req, unique, now).catch((e: unknown) =>
        console.warn('LaborLens: check not recorded:', e instanceof Error ? e.message : e),
      );
  }
  return { findings: shown, minSeverity };
}

async function recordHistory(req: Req<'scanPage'>, findings: ShownFinding[], at: string): Promise<void> {
  const bySeverity: Partial<Record<Severity, number>> = {};
  for (const f of findings) bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
  const keys = findings.map((f) => `${f.severity}:${f.kind}:${f.key}`).sort();
  await recordCheck(getDb(), {
    url: req.url,
    title: req.title ?? '',
    at,
    findings: { total: findings.length, bySeverity, keys },
    listVersions: await listVersions(),
  });
}
