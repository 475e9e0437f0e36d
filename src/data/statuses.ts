// The team's decisions on flagged suppliers, keyed by the flag's data-key.
import type { LaborLensDb, StatusRow, SupplierStatus } from './db';

export const SUPPLIER_STATUSES: readonly SupplierStatus[] = ['under-review', 'cleared', 'false-match'];

export async function setStatus(db: LaborLensDb, row: StatusRow | { key: string; status: null }): Promise<void> {
  if (row.status === null) await db.statuses.delete(row.key);
  else await db.statuses.put(row);
}

export async function statusMap(db: LaborLensDb): Promise<Map<string, StatusRow>> {
  return new Map((await db.statuses.toArray()).map((r) => [r.key, r]));
}

export const allStatuses = (db: LaborLensDb): Promise<StatusRow[]> => db.statuses.orderBy('key').toArray();
