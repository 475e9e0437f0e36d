import { SEVERITIES } from '../../core';
import { statusMap } from '../../data/statuses';
import type { Req, Res, ShownFinding } from '../../shared/messages';
import { applyStatus } from '../apply-status';
import { getDb } from '../engine-holder';
import { currentSettings } from '../settings';
import { tabFindings } from '../tab-findings';
import { atLeast } from './scan-page';

/**
 * The tab's findings with the team's current decisions applied, so a status saved after the scan
 * shows in the popup and its exports at once (the page's flags follow on its next scan).
 */
export async function getTabFindings(req: Req<'getTabFindings'>): Promise<Res<'getTabFindings'>> {
  const tab = await tabFindings(req.tabId);
  if (!tab) return null;
  const [statuses, { settings }] = await Promise.all([statusMap(getDb()), currentSettings()]);
  const keep = atLeast(settings.minimumSeverity);
  const all = [...tab.findings, ...(tab.belowFindings ?? [])].map((f) => applyStatus(f, statuses));
  const findings: ShownFinding[] = [];
  const below: ShownFinding[] = [];
  for (const f of all) {
    if (keep(f)) findings.push(f);
    else below.push({ ...f, below: true });
  }
  const rank = (f: ShownFinding) => SEVERITIES.indexOf(f.severity);
  findings.sort((a, b) => rank(a) - rank(b) || a.key.localeCompare(b.key));
  // Decisions move findings across the sensitivity line; the count follows them.
  const hidden = Math.max(0, tab.hidden + tab.findings.length - findings.length);
  return { ...tab, findings, belowFindings: below, hidden };
}
