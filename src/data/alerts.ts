// After a list change, the suppliers already checked (history of pages, team statuses) are
// screened again against what the change added or changed, so a buyer hears that a supplier quoted
// last month is listed now. Only the changed entries are compiled, which keeps 5,000 history rows
// well under a second.
import { createEngine, isBuiltinId } from '../core';
import type { ClearedEntry, CustomEntry, Engine, RiskData, Snapshot } from '../core';
import type { HistoryRow, LaborLensDb, StatusRow } from './db';
import type { ChangeRow } from './list-changes';
import type { SupplierAlert } from '../shared/records';

/** Lists whose newly listed entries are worth an alert (parties one trades with). */
const ALERT_LISTS = new Set<string>(['uflpa', 'cbp-wro']);
/** Screening scores below this are "possible" look-alikes: no alert on those. */
export const ALERT_MIN_SCORE = 0.9;
/** Fields whose change can newly list a supplier: a new name or alias, an order back in force. */
const LISTING_FIELDS = new Set(['name', 'aliases', 'formerNames', 'localNames', 'status', 'scope']);

export type AlertRow = SupplierAlert;

export interface RescreenInput {
  changes: readonly ChangeRow[];
  /** The new snapshot of each changed list. */
  snapshots: ReadonlyMap<string, Snapshot>;
  history: readonly HistoryRow[];
  statuses: readonly StatusRow[];
  now: Date;
}

export interface RescreenResult {
  alerts: AlertRow[];
  /** Statuses to store: cleared suppliers reopened as under review, with the reason. */
  reopen: StatusRow[];
}

/** Supplier names a history row saw: the `suppliers` field, or (older rows) supplier finding keys. */
export function namesOf(row: HistoryRow): string[] {
  if (Array.isArray(row.suppliers)) return row.suppliers.filter((s): s is string => typeof s === 'string');
  const keys = Array.isArray(row.findings?.keys) ? row.findings.keys : [];
  return keys.flatMap((k) => {
    const m = /^[a-z]+:supplier:(.+)$/.exec(k);
    return m ? [m[1] as string] : [];
  });
}

function isWatchList(s: Snapshot): boolean {
  return ALERT_LISTS.has(s.meta.id) || (!isBuiltinId(s.meta.id) && s.role !== 'cleared');
}

/** An engine over just the entries a change added or newly listed. */
function changedOnly(change: ChangeRow, snapshot: Snapshot): Engine | null {
  if (!isWatchList(snapshot)) return null;
  const keys = new Set([
    ...change.added.map((a) => a.key),
    ...change.changed.filter((c) => c.fields.some((f) => LISTING_FIELDS.has(f))).map((c) => c.key),
  ]);
  const entries = (snapshot.entries as { id?: unknown; status?: unknown }[]).filter(
    (e) => typeof e.id === 'string' && keys.has(e.id) && (e.status === undefined || e.status === 'active'),
  );
  if (!entries.length) return null;
  const part = { ...snapshot, entries } as Snapshot;
  const data: RiskData = isBuiltinId(part.meta.id)
    ? { builtin: { [part.meta.id]: part }, custom: [] }
    : { builtin: {}, custom: [part as Snapshot<CustomEntry | ClearedEntry>] };
  return createEngine(data);
}

const day = (iso: string): string => iso.slice(0, 10);
const where = (h: HistoryRow): string => h.title.trim() || hostOf(h.url);
function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

export function rescreen(input: RescreenInput): RescreenResult {
  const alerts: AlertRow[] = [];
  const reopen: StatusRow[] = [];
  const at = input.now.toISOString();
  // Newest sighting of each name: history is scanned newest first.
  const seen = new Map<string, HistoryRow>();
  for (let i = input.history.length - 1; i >= 0; i--) {
    const h = input.history[i] as HistoryRow;
    for (const n of namesOf(h)) {
      const had = seen.get(n);
      if (!had || had.at < h.at) seen.set(n, h);
    }
  }
  for (const change of input.changes) {
    const snapshot = input.snapshots.get(change.listId);
    const engine = snapshot ? changedOnly(change, snapshot) : null;
    if (!engine) continue;
    const best = (name: string) => engine.screen(name).find((m) => m.score >= ALERT_MIN_SCORE);
    const alerted = new Set<string>();
    for (const [name, h] of seen) {
      const m = best(name);
      if (!m || alerted.has(name)) continue;
      alerted.add(name);
      alerts.push({
        at,
        key: name,
        listId: change.listId,
        listName: change.listName,
        entryName: m.name,
        url: h.url,
        title: h.title,
        seenAt: h.at,
        ...(h.id !== undefined ? { historyId: h.id } : {}),
        message: `Supplier ${name}, seen on ${where(h)} on ${day(h.at)}, is now on the ${change.listName}${m.name !== name ? ` (as ${m.name})` : ''}.`,
        read: false,
      });
    }
    for (const s of input.statuses) {
      const m = best(s.key);
      if (!m) continue;
      const reopened = s.status === 'cleared';
      if (reopened) {
        const reason = `Reopened on ${day(at)}: newly listed on the ${change.listName} as "${m.name}" (was cleared${s.by ? ` by ${s.by}` : ''} on ${day(s.at)}${s.note ? `: ${s.note}` : ''}).`;
        reopen.push({ key: s.key, status: 'under-review', note: reason, by: 'LaborLens', at });
      }
      if (alerted.has(s.key) && !reopened) continue;
      alerted.add(s.key);
      alerts.push({
        at,
        key: s.key,
        listId: change.listId,
        listName: change.listName,
        entryName: m.name,
        seenAt: s.at,
        message: reopened
          ? `Supplier ${s.key}, cleared on ${day(s.at)}, is now on the ${change.listName}: reopened as under review.`
          : `Supplier ${s.key}, marked ${s.status.replace('-', ' ')} on ${day(s.at)}, is now on the ${change.listName}.`,
        ...(reopened ? { reopened: true } : {}),
        read: false,
      });
    }
  }
  return { alerts, reopen };
}

/** Screens what is stored against the given changes and stores alerts and reopened statuses. */
export async function rescreenStored(
  db: LaborLensDb,
  changes: readonly ChangeRow[],
  now = new Date(),
): Promise<AlertRow[]> {
  if (!changes.length) return [];
  const ids = [...new Set(changes.map((c) => c.listId))];
  const snaps = await db.snapshots.bulkGet(ids);
  const snapshots = new Map<string, Snapshot>();
  for (const s of snaps)
    if (s)
      snapshots.set(s.listId, {
        format: 1,
        meta: s.meta,
        ...(s.role ? { role: s.role } : {}),
        entries: s.entries,
      } as Snapshot);
  const [history, statuses, earlier] = await Promise.all([
    db.history.toArray(),
    db.statuses.toArray(),
    db.alerts.toArray(),
  ]);
  const result = rescreen({ changes, snapshots, history, statuses, now });
  // A supplier already alerted for the same entry (a later edit of that entry) is not alerted again.
  const said = new Set(earlier.map((a) => `${a.key}\u0000${a.listId}\u0000${a.entryName}`));
  const alerts = result.alerts.filter((a) => a.reopened || !said.has(`${a.key}\u0000${a.listId}\u0000${a.entryName}`));
  const { reopen } = result;
  if (alerts.length || reopen.length)
    await db.transaction('rw', db.alerts, db.statuses, async () => {
      await db.alerts.bulkAdd(alerts);
      if (reopen.length) await db.statuses.bulkPut(reopen);
    });
  return alerts;
}

export const unreadAlerts = async (db: LaborLensDb): Promise<AlertRow[]> =>
  (await db.alerts.orderBy('id').reverse().limit(200).toArray()).filter((a) => !a.read);

export async function markAlertsRead(db: LaborLensDb): Promise<void> {
  await db.alerts.toCollection().modify((a) => {
    a.read = true;
  });
}
