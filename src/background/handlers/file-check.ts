// The "Check a file" page's questions: a quote's text (scanned like a page, recorded in the
// history under the file's name) and a supplier master's names (screened, with the severity a
// page would show, and the team's decisions).
import type { Runtime } from 'webextension-polyfill';
import { SEVERITIES, type Engine, type Severity } from '../../core';
import { recordCheck } from '../../data/history';
import { statusMap } from '../../data/statuses';
import type { StatusRow } from '../../data/db';
import type { Req, Res, ScreenedName, ShownFinding } from '../../shared/messages';
import { applyStatus } from '../apply-status';
import { getDb, getEngine } from '../engine-holder';
import { listVersions } from '../list-versions';
import { assemble } from '../scan-parts';
import { currentSettings } from '../settings';
import { atLeast, distinct } from './scan-page';

const fileUrl = (name: string) => `file:${name}`;

export async function checkFile(part: Req<'checkFile'>, sender: Runtime.MessageSender): Promise<Res<'checkFile'>> {
  const req = assemble({ ...part, url: fileUrl(part.fileName) }, `file:${sender.url ?? ''}`);
  const [engine, { settings }, statuses] = await Promise.all([getEngine(), currentSettings(), statusMap(getDb())]);
  const minSeverity = settings.minimumSeverity;
  if (!req) return { findings: [], hidden: 0, minSeverity };
  const all = engine.scan(req.text, { cells: req.cells }).map((f) => applyStatus(f, statuses));
  const shown = all.filter(atLeast(minSeverity));
  const unique = distinct(shown);
  await record(part.fileName, unique.length, countBy(unique), keysOf(unique)).catch(warn);
  return { findings: shown, hidden: distinct(all).length - unique.length, minSeverity };
}

export async function screenNames(req: Req<'screenNames'>): Promise<Res<'screenNames'>> {
  const [engine, statuses] = await Promise.all([getEngine(), statusMap(getDb())]);
  return { rows: req.names.map((n) => screenOne(engine, statuses, n)) };
}

export async function recordScreening(req: Req<'recordScreening'>): Promise<Res<'recordScreening'>> {
  const total = Object.values(req.bySeverity).reduce((a, b) => a + b, 0);
  await record(req.fileName, total, req.bySeverity, [...req.keys].sort());
  return { ok: true };
}

function screenOne(engine: Engine, statuses: Map<string, StatusRow>, name: string): ScreenedName {
  const matches = engine.screen(name).slice(0, 3);
  const best = matches[0];
  if (!best) return { matches, severity: null, explanation: '' };
  // The name alone, scanned as a page would scan it, gives the card's severity and explanation;
  // a name that only screens close to an entry is a possible match for review.
  const found = engine
    .scan(name)
    .filter((f) => f.kind === 'supplier' && f.list !== null)
    .map((f) => applyStatus(f as ShownFinding, statuses))
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))[0];
  const key = found?.key ?? best.name;
  const status = found?.status ?? statusOf(statuses.get(key));
  return {
    matches,
    severity: found?.severity ?? 'low',
    explanation:
      found?.explanation ??
      `Possibly "${best.name}" (${best.list}, ${best.why}, score ${best.score.toFixed(2)}): check the supplier's address and registration before deciding.`,
    key,
    ...(status ? { status } : {}),
  };
}

const statusOf = (s: StatusRow | undefined) =>
  s ? { key: s.key, status: s.status, note: s.note, by: s.by, at: s.at } : undefined;

function countBy(findings: ShownFinding[]): Partial<Record<Severity, number>> {
  const by: Partial<Record<Severity, number>> = {};
  for (const f of findings) by[f.severity] = (by[f.severity] ?? 0) + 1;
  return by;
}
const keysOf = (findings: ShownFinding[]) => findings.map((f) => `${f.severity}:${f.kind}:${f.key}`).sort();

async function record(
  fileName: string,
  total: number,
  bySeverity: Partial<Record<Severity, number>>,
  keys: string[],
): Promise<void> {
  await recordCheck(getDb(), {
    url: fileUrl(fileName),
    title: fileName,
    at: new Date().toISOString(),
    findings: { total, bySeverity, keys },
    listVersions: await listVersions(),
  });
}

const warn = (e: unknown) => console.warn('LaborLens: check not recorded:', e instanceof Error ? e.message : e);
