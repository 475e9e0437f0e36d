import type { Runtime } from 'webextension-polyfill';
import { clearedListDecision, isStatutory, SEVERITIES, type Severity } from '../../core';
import { recordCheck } from '../../data/history';
import { statusMap } from '../../data/statuses';
import type { Req, Res, ShownFinding } from '../../shared/messages';
import { applyStatus, decisionText } from '../apply-status';
import { assemble } from '../scan-parts';
import { showBadge } from '../badge';
import { getDb, getEngine } from '../engine-holder';
import { listVersions } from '../list-versions';
import { scanSettings } from '../settings';
import { siteAllowed } from '../sites';
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

const BELOW_CAP = 300;

export async function scanPage(part: Req<'scanPage'>, sender: Runtime.MessageSender): Promise<Res<'scanPage'>> {
  const req = assemble(part, `${sender.tab?.id ?? -1}:${sender.frameId ?? 0}:${sender.url ?? ''}`);
  const [engine, { settings }, statuses] = await Promise.all([getEngine(), scanSettings(), statusMap(getDb())]);
  if (!req) return { findings: [], minSeverity: settings.minimumSeverity };
  if (req.document !== undefined) return noteDocument(req, sender, settings.minimumSeverity);
  // The organisation's enabledSites, when set, is where scanning happens (besides the user's sites).
  if (!(await siteAllowed(req.url, settings.enabledSites)))
    return { findings: [], minSeverity: settings.minimumSeverity };
  const minSeverity = settings.minimumSeverity;
  const all = engine
    .scan(req.text, { cells: req.cells, organisations: req.organisations })
    .map((f) => applyStatus(f, statuses));
  const keep = atLeast(minSeverity);
  const shown = all.filter(keep);
  const tabId = sender.tab?.id;
  // A delta is a few new nodes of a page whose full scan follows: that one is recorded.
  if (tabId !== undefined && tabId >= 0 && !req.delta) {
    const unique = distinct(shown);
    const now = new Date().toISOString();
    const frameId = sender.frameId ?? 0;
    const below = distinct(all.filter((f) => !keep(f)));
    // Recording never fails the scan (a full storage.session is logged, the flags still drawn).
    // The tab's record, its badge and the history are written after the reply (30 ms of a cold
    // worker's first flag): the record is queued at once in the tab's queue, so the popup, which
    // reads through that queue, never sees the tab without it.
    void recordFrame(tabId, frameId, {
      url: req.url,
      findings: unique,
      hidden: below.length,
      // Exports list what the sensitivity hides too (marked); capped so a page cannot fill storage.
      below: below.slice(0, BELOW_CAP),
      scannedAt: now,
    })
      .then((merged) => showBadge(tabId, merged.findings))
      .catch(warn('badge not shown'));
    if (frameId === 0) void recordHistory(req, unique, now, supplierNames(all)).catch(warn('check not recorded'));
  }
  return { findings: shown, minSeverity };
}

/**
 * The top frame shows a document in the browser's viewer (the content script sees only the
 * viewer's empty wrapper): the tab is marked as not scanned, so the popup offers to check the
 * document rather than saying "no risk found", and nothing goes into the history.
 */
async function noteDocument(
  req: Req<'scanPage'>,
  sender: Runtime.MessageSender,
  minSeverity: Severity,
): Promise<Res<'scanPage'>> {
  const tabId = sender.tab?.id;
  if (tabId !== undefined && tabId >= 0 && (sender.frameId ?? 0) === 0) {
    const now = new Date().toISOString();
    await recordFrame(tabId, 0, { url: req.url, findings: [], hidden: 0, scannedAt: now, document: req.document });
    await showBadge(tabId, []).catch(warn('badge not cleared'));
  }
  return { findings: [], minSeverity };
}

/** Most supplier names kept per checked page, for re-screening it when lists change. */
const MAX_SUPPLIERS = 200;
const supplierNames = (all: ShownFinding[]): string[] =>
  [...new Set(all.filter((f) => f.kind === 'supplier').map((f) => f.key))].slice(0, MAX_SUPPLIERS);

const warn = (what: string) => (e: unknown) => console.warn(`LaborLens: ${what}:`, e instanceof Error ? e.message : e);

async function recordHistory(
  req: Req<'scanPage'>,
  findings: ShownFinding[],
  at: string,
  suppliers: string[],
): Promise<void> {
  const bySeverity: Partial<Record<Severity, number>> = {};
  for (const f of findings) bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
  const keys = findings.map((f) => `${f.severity}:${f.kind}:${f.key}`).sort();
  // The team's decision at the time of the check, so the history says what was decided then.
  const decisions: Record<string, string> = {};
  for (const f of findings) {
    if (f.status) decisions[f.key] = decisionText(f.status, isStatutory(f.list, f.base?.severity ?? f.severity));
    else if (f.kind === 'supplier') {
      const cleared = clearedListDecision(f.explanation);
      if (cleared) decisions[f.key] = cleared;
    }
  }
  await recordCheck(getDb(), {
    url: req.url,
    title: req.title ?? '',
    at,
    findings: { total: findings.length, bySeverity, keys, ...(Object.keys(decisions).length ? { decisions } : {}) },
    listVersions: await listVersions(),
    suppliers,
  });
}
