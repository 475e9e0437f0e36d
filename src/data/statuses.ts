// The team's decisions on flagged suppliers, keyed by the flag's data-key.
import type { LaborLensDb, StatusRow } from './db';
import { isStatusRow } from './stored-check';
import { toStoreError } from './storage-errors';

/** Throws a DataStoreError whose message says what to do (a full disk, ...); stored statuses are unchanged then. */
export async function setStatus(db: LaborLensDb, row: StatusRow | { key: string; status: null }): Promise<void> {
  try {
    if (row.status === null) await db.statuses.delete(row.key);
    else await db.statuses.put(row);
  } catch (e) {
    throw toStoreError(e, `save the status of "${row.key}"`);
  }
}

/** Damaged rows (an unknown status, no key) are left out rather than shown as something they are not. */
export async function statusMap(db: LaborLensDb): Promise<Map<string, StatusRow>> {
  return new Map(((await db.statuses.toArray()) as unknown[]).filter(isStatusRow).map((r) => [r.key, r]));
}

export const allStatuses = async (db: LaborLensDb): Promise<StatusRow[]> =>
  ((await db.statuses.orderBy('key').toArray()) as unknown[]).filter(isStatusRow);
