// Reading the stored lists back: for the engine (RiskData) and for the options page (summaries).
import { BUILTIN_IDS, isBuiltinId } from '../core/lists/snapshot-check';
import type { ClearedEntry, CustomEntry, ListId, RiskData, Snapshot } from '../core/lists/types';
import type { LaborLensDb, ListRow, SnapshotRow } from './db';

const toSnapshot = (row: SnapshotRow): Snapshot => ({ format: 1, meta: row.meta, ...(row.role ? { role: row.role } : {}), entries: row.entries });

/** Enabled lists only, as the engine wants them. */
export async function loadRiskData(db: LaborLensDb): Promise<RiskData> {
  return db.transaction('r', db.lists, db.snapshots, async () => {
    const enabled = (await db.lists.toArray()).filter((l) => l.enabled);
    const rows = await db.snapshots.bulkGet(enabled.map((l) => l.id));
    const data: RiskData = { builtin: {}, custom: [] };
    const builtin = data.builtin as Record<string, Snapshot>;
    for (const row of rows) {
      if (!row) continue;
      if (isBuiltinId(row.listId)) builtin[row.listId] = toSnapshot(row);
      else data.custom.push(toSnapshot(row) as Snapshot<CustomEntry | ClearedEntry>);
    }
    return data;
  });
}

const order = (id: string): number => {
  const i = (BUILTIN_IDS as readonly string[]).indexOf(id);
  return i >= 0 ? i : BUILTIN_IDS.length;
};

/** All list rows: builtin lists in their fixed order, then custom lists by name. */
export async function listSummaries(db: LaborLensDb): Promise<ListRow[]> {
  const rows = await db.lists.toArray();
  return rows.sort((a, b) => order(a.id) - order(b.id) || a.name.localeCompare(b.name));
}

export async function setEnabled(db: LaborLensDb, id: ListId, on: boolean): Promise<boolean> {
  return (await db.lists.update(id, { enabled: on })) === 1;
}
