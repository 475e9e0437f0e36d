// A local history of checks (page, time, findings, list versions) for the sourcing file.
import type { HistoryRow, LaborLensDb } from './db';
import { toStoreError } from './storage-errors';

/** Most checks kept; older ones are dropped so history cannot fill the disk. */
export const HISTORY_LIMIT = 5_000;

/**
 * Adds a check unless the last one of the same page found the same things: a page that re-renders
 * is one check, not hundreds. On a storage failure (a full disk) it throws a DataStoreError that
 * says what to do; the history stored so far is unchanged.
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
    const last = await db.history.where('url').equals(row.url).last();
    if (last && sameFindings(last, row)) return false;
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
