// Reading the stored lists back: for the engine (RiskData) and for the options page (summaries).
// Every stored list is checked first; a damaged one is left out (and marked, with the reason, on
// its row) while the others are still used.
import { BUILTIN_IDS, isBuiltinId } from '../core';
import type { ClearedEntry, CustomEntry, ListId, RiskData, Snapshot } from '../core';
import { openWithin, type LaborLensDb, type ListRow, type SnapshotRow } from './db';
import { BUNDLED_MARKER_KEY } from './ensure-bundled';
import { storageMessage } from './storage-errors';
import { displayRow, listRowProblem, storedListProblem, toSnapshot } from './stored-check';

export interface LoadReport {
  /** Lists left out because their stored data is damaged, with the reason. */
  damaged: { id: ListId; error: string }[];
  /** Filled with the checksum of each list loaded (a stored index is valid for exactly these). */
  checksums?: Map<ListId, string>;
}

export interface LoadOptions {
  /**
   * Lists (id -> checksum) whose stored snapshot this browser session has already checked in full:
   * for them the SHA-256 and the entry-by-entry check are skipped when the row, the snapshot's own
   * checksum and its entry count still agree. A woken service worker then reads 100,000 names
   * without hashing them again; any write changes the checksum and brings the full check back.
   */
  trusted?: ReadonlyMap<ListId, string>;
  /** Lists this worker has just checked and written (the bundled lists on install): trusted alike. */
  fresh?: ReadonlySet<ListId>;
  /**
   * Lists not read at all (the caller has their parties from the stored index: a woken worker).
   * They are neither in the result nor in `report`.
   */
  skip?: ReadonlySet<ListId>;
  /** Snapshots just stored by this worker (ensureBundled's `stored`), used instead of reading them back. */
  stored?: ReadonlyMap<ListId, SnapshotRow>;
}

/** The lastError shown for a damaged list; bundled ones are reloaded at the next start. */
export function damagedMessage(id: ListId, problem: string): string {
  const fix = isBuiltinId(id)
    ? 'it is left out until LaborLens reloads its bundled copy at the next browser start (or a successful update)'
    : 'it is left out until you import it again';
  return `stored data for this list is damaged (${problem}); ${fix}`;
}

/** Enabled lists only, as the engine wants them. Damaged lists are skipped; see `report`. */
export async function loadRiskData(db: LaborLensDb, report?: LoadReport, opts: LoadOptions = {}): Promise<RiskData> {
  await openWithin(db);
  const { rows, snaps } = await db.transaction('r', db.lists, db.snapshots, async () => {
    const all = (await db.lists.toArray()) as unknown[];
    const enabled = all.filter((r): r is ListRow => isEnabledRow(r) && opts.skip?.has(r.id) !== true);
    // Snapshots this worker has just stored (opts.stored) are not read back.
    const given = (r: ListRow): SnapshotRow | undefined => {
      const s = opts.stored?.get(r.id);
      return s && s.checksum === r.checksum ? s : undefined;
    };
    const read = enabled.filter((r) => !given(r)).map((l) => l.id);
    const got = await db.snapshots.bulkGet(read);
    return { rows: enabled, snaps: enabled.map((r) => given(r) ?? got[read.indexOf(r.id)]) };
  });
  const data: RiskData = { builtin: {}, custom: [] };
  const builtin = data.builtin as Record<string, Snapshot>;
  const damaged: { id: ListId; error: string }[] = [];
  for (const [i, row] of rows.entries()) {
    const snap: SnapshotRow | undefined = snaps[i];
    // Web Crypto is async: checks run outside the read transaction.
    const problem = stillTrusted(opts, row, snap) ? null : await storedListProblem(row.id, row, snap);
    if (problem) {
      damaged.push({ id: row.id, error: damagedMessage(row.id, problem) });
      continue;
    }
    const s = toSnapshot(snap as SnapshotRow);
    report?.checksums?.set(row.id, row.checksum);
    if (isBuiltinId(row.id)) builtin[row.id] = s;
    else data.custom.push(s as Snapshot<CustomEntry | ClearedEntry>);
  }
  report?.damaged.push(...damaged);
  if (damaged.length > 0) await markDamaged(db, damaged);
  return data;
}

/**
 * The rows of the enabled lists, in the order loadRiskData reads them, each with whether its
 * stored snapshot was checked in full this session and its row still agrees (`opts.trusted` /
 * `opts.fresh`). Reads no entries.
 */
export async function enabledListRows(
  db: LaborLensDb,
  opts: LoadOptions = {},
): Promise<{ row: ListRow; trusted: boolean }[]> {
  await openWithin(db);
  const all = (await db.lists.toArray()) as unknown[];
  return all.filter(isEnabledRow).map((row) => ({ row, trusted: rowTrusted(opts, row) }));
}

/** An enabled list's row. Filtered by hand: a damaged row may have a non-boolean `enabled`. */
function isEnabledRow(r: unknown): r is ListRow {
  return (
    typeof r === 'object' && r !== null && (r as ListRow).enabled !== false && typeof (r as ListRow).id === 'string'
  );
}

/** The row was checked in full this session (or just written) and still agrees with itself. */
function rowTrusted(opts: LoadOptions, row: ListRow): boolean {
  const known = opts.trusted?.get(row.id) === row.checksum || opts.fresh?.has(row.id) === true;
  return known && listRowProblem(row) === null;
}

function stillTrusted(opts: LoadOptions, row: ListRow, snap: unknown): boolean {
  if (!rowTrusted(opts, row)) return false;
  const s = snap as Partial<SnapshotRow> | undefined;
  return (
    typeof s === 'object' &&
    s !== null &&
    s.checksum === row.checksum &&
    Array.isArray(s.entries) &&
    s.entries.length === row.entryCount &&
    typeof s.meta === 'object' &&
    s.meta !== null &&
    s.meta.id === row.id
  );
}

/**
 * Record the reason on each damaged row (the options page shows lastError) and forget the bundled
 * marker, so the next ensureBundled looks at every builtin list again and reloads damaged ones.
 * Storing the note may itself fail (a full disk): the lists in use are unaffected either way.
 */
async function markDamaged(db: LaborLensDb, damaged: { id: ListId; error: string }[]): Promise<void> {
  try {
    await db.transaction('rw', db.lists, db.settings, async () => {
      for (const d of damaged) {
        const row = (await db.lists.get(d.id)) as unknown;
        if (typeof row === 'object' && row !== null)
          await db.lists.put({ ...(row as ListRow), id: d.id, lastError: d.error, damaged: d.error });
      }
      if (damaged.some((d) => isBuiltinId(d.id))) await db.settings.delete(BUNDLED_MARKER_KEY);
    });
  } catch (e) {
    console.error(`LaborLens: could not record damaged lists: ${storageMessage(e)}`);
  }
}

const order = (id: string): number => {
  const i = (BUILTIN_IDS as readonly string[]).indexOf(id);
  return i >= 0 ? i : BUILTIN_IDS.length;
};

/** All list rows: builtin lists in their fixed order, then custom lists by name. Never throws on damaged rows. */
export async function listSummaries(db: LaborLensDb): Promise<ListRow[]> {
  await openWithin(db);
  const rows = ((await db.lists.toArray()) as unknown[]).map(displayRow).filter((r): r is ListRow => r !== null);
  return inListOrder(rows);
}

/** Builtin lists in their fixed order, then custom lists by name (sorts `rows` in place). */
export function inListOrder(rows: ListRow[]): ListRow[] {
  return rows.sort((a, b) => order(a.id) - order(b.id) || a.name.localeCompare(b.name));
}

export async function setEnabled(db: LaborLensDb, id: ListId, on: boolean): Promise<boolean> {
  return (await db.lists.update(id, { enabled: on })) === 1;
}
