import type { Runtime } from 'webextension-polyfill';
import type { Finding } from '../../core/engine-api';
import { SEVERITIES, type Severity } from '../../core/lists/types';
import type { Req, Res } from '../../shared/messages';
import { showBadge } from '../badge';
import { getEngine } from '../engine-holder';
import { currentSettings } from '../settings';
import { recordFrame } from '../tab-findings';

export const atLeast = (min: Severity) => (f: Finding) => SEVERITIES.indexOf(f.severity) <= SEVERITIES.indexOf(min);

/** One finding per (kind, key): the popup and badge count things, the page flags occurrences. */
export function distinct(findings: Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const f of findings) {
    const k = `${f.kind}\u0000${f.key}`;
    const had = best.get(k);
    if (!had || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(had.severity)) best.set(k, f);
  }
  return [...best.values()];
}

export async function scanPage(req: Req<'scanPage'>, sender: Runtime.MessageSender): Promise<Res<'scanPage'>> {
  const [engine, { settings }] = await Promise.all([getEngine(), currentSettings()]);
  const minSeverity = settings.minimumSeverity;
  const all = engine.scan(req.text, { cells: req.cells, organisations: req.organisations });
  const shown = all.filter(atLeast(minSeverity));
  const tabId = sender.tab?.id;
  if (tabId !== undefined && tabId >= 0) {
    const unique = distinct(shown);
    const merged = await recordFrame(tabId, sender.frameId ?? 0, {
      url: req.url,
      findings: unique,
      hidden: distinct(all).length - unique.length,
      scannedAt: new Date().toISOString(),
    });
    await showBadge(tabId, merged.findings);
  }
  return { findings: shown, minSeverity };
}
