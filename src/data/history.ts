// A local history of checks (page, time, findings, list versions) for the sourcing file.
import type { HistoryRow, LaborLensDb } from './db';

/** Most checks kept; older ones are dropped so history cannot fill the disk. */
export const HISTORY_LIMIT = 5_000;

/**
 * Adds a check unless the last one of the same page found the same things: a page that re-renders
 * is one check, not hundreds.
 */
export async function recordCheck(db: LaborLensDb, row: HistoryRow): Promise<boolean> {
  return db.transaction('rw', db.history, async () => {
    const last = await db.history.where('url').equals(row.url).last();
    if (last && sameFindings(last, row)) return false;
    await db.history.add(row);
    const n = await db.history.count();
    if (n > HISTORY_LIMIT) {
      const old = await db.history.orderBy('id').limit(n - HISTORY_LIMIT).primaryKeys();
      await db.history.bulkDelete(old);
    }
    return true;
  });
}

function sameFindings(a: HistoryRow, b: HistoryRow): boolean {
  return a.findings.total === b.findings.total && a.findings.keys.join('\u0000') === b.findings.keys.join('\u0000');
}

export const recentChecks = (db: LaborLensDb, limit = 500): Promise<HistoryRow[]> => db.history.orderBy('id').reverse().limit(limit).toArray();

export const clearHistory = (db: LaborLensDb): Promise<void> => db.history.clear();
