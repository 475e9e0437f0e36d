// A local history of checks (page, time, findings, list versions) for the sourcing file.
import type { HistoryRow, LaborLensDb } from './db';
import { toStoreError } from './storage-errors';

/** Most checks kept; older ones are dropped so history cannot fill the disk. */
export const HISTORY_LIMIT = 5_000;

/**
 * One history row per page (origin and path, without query or fragment) per window: a page that
 * rewrites its URL every 250 ms (history.replaceState) or re-renders must not write a row each
 * time and evict the audit trail. Ten minutes is one sitting on a supplier's page; a later visit
 * is a new check. Findings met within the window are merged into the row (none is lost), which
 * keeps the latest URL, title, time and list versions.
 */
export const HISTORY_WINDOW_MS = 10 * 60_000;
/** How many of the newest rows are looked through for the same page. */
const RECENT_ROWS = 50;

/**
 * Adds a check, or merges it into the row of the same page within HISTORY_WINDOW_MS. On a storage
 * failure (a full disk) it throws a DataStoreError that says what to do; the history stored so far
 * is unchanged. Returns true when a row was added or changed.
 */
export async function recordCheck(db: LaborLensDb, row: HistoryRow): Promise<boolean> {
  try {
    return await addCheck(db, row);
  } catch (e) {
    throw toStoreError(e, 'record this check in the history');
  }
}

function addCheck(db: LaborLensDb, row: HistoryRow): Promise<boolean> {
  return db.transaction('rw', db.history, async () => {
    const page = pageOf(row.url);
    const at = Date.parse(row.at);
    const recent = await db.history.orderBy('id').reverse().limit(RECENT_ROWS).toArray();
    const last = recent.find((r) => isHistoryRow(r) && pageOf(r.url) === page);
    if (last?.id !== undefined && Math.abs(at - Date.parse(last.at)) < HISTORY_WINDOW_MS) {
      const merged = mergeChecks(last, row);
      if (sameFindings(last, merged) && last.url === merged.url && last.title === merged.title) return false;
      await db.history.put({ ...merged, id: last.id });
      return true;
    }
    await db.history.add(row);
    const n = await db.history.count();
    if (n > HISTORY_LIMIT) {
      const old = await db.history
        .orderBy('id')
        .limit(n - HISTORY_LIMIT)
        .primaryKeys();
      await db.history.bulkDelete(old);
    }
    return true;
  });
}

/** A page: origin and path. The query and fragment are the page's to rewrite at will. */
export function pageOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url;
  }
}

/** `earlier` with `later`'s URL, title, time and list versions, and the findings of both. */
export function mergeChecks(earlier: HistoryRow, later: HistoryRow): HistoryRow {
  const keys = [...new Set([...earlier.findings.keys, ...later.findings.keys])].sort();
  const bySeverity: Partial<Record<string, number>> = {};
  for (const k of keys) {
    const sev = k.slice(0, k.indexOf(':'));
    bySeverity[sev] = (bySeverity[sev] ?? 0) + 1;
  }
  const decisions = { ...earlier.findings.decisions, ...later.findings.decisions };
  const suppliers = [...new Set([...(earlier.suppliers ?? []), ...(later.suppliers ?? [])])];
  return {
    ...later,
    findings: { total: keys.length, bySeverity, keys, ...(Object.keys(decisions).length ? { decisions } : {}) },
    ...(suppliers.length ? { suppliers } : {}),
  };
}

function sameFindings(a: HistoryRow, b: HistoryRow): boolean {
  // `a` comes from storage and may be damaged: a row without findings is never "the same".
  const keys = (r: HistoryRow): string | null =>
    Array.isArray(r.findings?.keys) ? r.findings.keys.join('\u0000') : null;
  const ka = keys(a);
  // A new decision on the same findings is a new line in the history.
  const decisions = (r: HistoryRow): string => JSON.stringify(r.findings?.decisions ?? {});
  return ka !== null && a.findings.total === b.findings.total && ka === keys(b) && decisions(a) === decisions(b);
}

/** Newest first; damaged rows (no findings, no url) are left out rather than breaking the list. */
export const recentChecks = async (db: LaborLensDb, limit = 500): Promise<HistoryRow[]> =>
  (await db.history.orderBy('id').reverse().limit(limit).toArray()).filter(isHistoryRow);

function isHistoryRow(r: HistoryRow): boolean {
  const f = r.findings as Partial<HistoryRow['findings']> | undefined;
  return (
    typeof r.url === 'string' &&
    typeof r.at === 'string' &&
    typeof f === 'object' &&
    f !== null &&
    typeof f.total === 'number' &&
    Array.isArray(f.keys)
  );
}

export const clearHistory = (db: LaborLensDb): Promise<void> => db.history.clear();
