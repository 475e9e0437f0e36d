// One-file backup of everything the user would miss: every list with its snapshot (custom lists
// included) and the supplier statuses. Import validates the whole file before one transaction.
import { isObject } from '../core';
import { formatProblem } from '../core';
import { checkSnapshot, isListId } from '../core';
import type { Snapshot } from '../core';
import { isBuiltinId } from '../core';
import { snapshotChecksum } from './checksum';
import { inFuture } from './feed-index';
import { changeRow, type ChangeRow } from './list-changes';
import { addChange } from './replace-snapshot';
import { storageMessage } from './custom-lists';
import { isStatusRow, listRowProblem } from './stored-check';
import { openWithin, type LaborLensDb, type ListRow, type ListSource, type SnapshotRow, type StatusRow } from './db';

export const CACHE_FORMAT = 'laborlens-cache';
export const CACHE_VERSION = 1;

export interface CacheFile {
  format: typeof CACHE_FORMAT;
  version: typeof CACHE_VERSION;
  exportedAt: string;
  lists: { row: ListRow; snapshot: Snapshot }[];
  statuses: StatusRow[];
}

export async function exportCache(db: LaborLensDb, now: Date = new Date()): Promise<string> {
  const file = await db.transaction('r', db.lists, db.snapshots, db.statuses, async (): Promise<CacheFile> => {
    const rows = await db.lists.toArray();
    const snaps = new Map((await db.snapshots.toArray()).map((s) => [s.listId, s] as const));
    // A damaged list (see stored-check.ts) is left out: importCache refuses a file with one bad
    // list, and a backup must restore everything that is still good.
    const lists = rows.flatMap((row) => {
      const s = snaps.get(row.id);
      if (!s || listRowProblem(row) !== null) return [];
      const snapshot = { format: 1 as const, meta: s.meta, ...(s.role ? { role: s.role } : {}), entries: s.entries };
      return checkSnapshot(snapshot, 'export', row.id).ok ? [{ row, snapshot }] : [];
    });
    const statuses = ((await db.statuses.toArray()) as unknown[]).filter(isStatusRow);
    return { format: CACHE_FORMAT, version: CACHE_VERSION, exportedAt: now.toISOString(), lists, statuses };
  });
  return JSON.stringify(file);
}

/** What an import will do to one list, shown before a statutory list is replaced. */
export interface ImportPlanItem {
  id: string;
  name: string;
  action: 'add' | 'replace' | 'same' | 'keep' | 'remove';
  /** For replace: "3 entities added, 1 removed" */
  summary?: string;
  builtin: boolean;
}

export type CacheImportResult =
  | { ok: true; lists: number; statuses: number; plan: ImportPlanItem[]; changes: ChangeRow[] }
  | { ok: false; errors: string[]; plan?: ImportPlanItem[]; needsConfirm?: boolean };

export interface CacheImportOptions {
  /** The user saw the plan and agreed to replace built-in (statutory) lists with the file's. */
  replaceBuiltin?: boolean;
  /** Only work out the plan; store nothing. */
  dryRun?: boolean;
  now?: Date;
}

const STATUSES = ['under-review', 'cleared', 'false-match'];

function checkStatus(s: unknown, i: number): string | null {
  if (!isObject(s)) return `statuses[${i}]: expected an object`;
  if (typeof s['key'] !== 'string' || s['key'] === '') return `statuses[${i}].key: expected text`;
  if (typeof s['status'] !== 'string' || !STATUSES.includes(s['status']))
    return `statuses[${i}].status: expected one of ${STATUSES.join(', ')}`;
  if (typeof s['at'] !== 'string') return `statuses[${i}].at: expected a timestamp`;
  if (s['note'] !== undefined && typeof s['note'] !== 'string') return `statuses[${i}].note: expected text`;
  if (s['by'] !== undefined && typeof s['by'] !== 'string') return `statuses[${i}].by: expected text`;
  return null;
}

const HTTPS = /^https:\/\/\S+$/;
const HEX64 = /^[0-9a-f]{64}$/;

/**
 * The list row to store for an imported snapshot: derived from the checked snapshot, plus only the
 * file's fields that are known and well-formed. A tampered backup cannot plant an http:// update
 * URL, a fake checksum, a lastError or arbitrary fields.
 */
function importedRow(raw: Record<string, unknown>, s: Snapshot, checksum: string): ListRow {
  const str = (k: string): string | undefined => (typeof raw[k] === 'string' ? (raw[k] as string) : undefined);
  const fetchedAt = str('fetchedAt');
  const updateUrl = str('updateUrl');
  const pin = str('sha256Pin')?.toLowerCase();
  // How the data arrived, never what the file says: a backup cannot pass as bundled or feed data.
  const source: ListSource = isBuiltinId(s.meta.id) ? 'import' : 'custom';
  const lastUpdateAt = str('lastUpdateAt');
  return {
    id: s.meta.id,
    name: s.meta.name,
    publisher: s.meta.publisher,
    sourceUrl: s.meta.sourceUrl,
    asOf: s.meta.asOf,
    fetchedAt: fetchedAt !== undefined && !Number.isNaN(Date.parse(fetchedAt)) ? fetchedAt : new Date().toISOString(),
    checksum,
    entryCount: s.entries.length,
    format: s.format,
    enabled: raw['enabled'] !== false,
    // Shown as text only; a backup keeps the note of the last failed update.
    lastError: str('lastError') ?? null,
    ...(lastUpdateAt !== undefined && !Number.isNaN(Date.parse(lastUpdateAt)) ? { lastUpdateAt } : {}),
    source,
    ...(updateUrl !== undefined && HTTPS.test(updateUrl) ? { updateUrl } : {}),
    ...(pin !== undefined && HEX64.test(pin) ? { sha256Pin: pin } : {}),
    ...(s.role ? { role: s.role } : {}),
    ...(s.meta.license ? { license: s.meta.license } : {}),
    ...(s.meta.caveats ? { caveats: s.meta.caveats } : {}),
  };
}

const STATUS_FIELDS = ['key', 'status', 'note', 'by', 'at'];
/** Only the known fields of a checked status row (in the file's order). */
const importedStatus = (raw: unknown): StatusRow =>
  Object.fromEntries(
    Object.entries(raw as Record<string, unknown>).filter(([k]) => STATUS_FIELDS.includes(k)),
  ) as unknown as StatusRow;

/**
 * Restore the file's lists and statuses, or change nothing. Custom lists and statuses are
 * replaced by the file's; a built-in list is replaced only when the caller confirms it
 * (`replaceBuiltin`, after showing the plan) or when the file's copy is what is stored already,
 * and a built-in list the file leaves out is kept: a backup cannot switch a statutory list off.
 */
export async function importCache(
  db: LaborLensDb,
  text: string,
  opts: CacheImportOptions = {},
): Promise<CacheImportResult> {
  const now = opts.now ?? new Date();
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (e) {
    return { ok: false, errors: [`not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  if (!isObject(value) || value['format'] !== CACHE_FORMAT || value['version'] !== CACHE_VERSION) {
    return { ok: false, errors: [`not a ${CACHE_FORMAT} file of version ${CACHE_VERSION}`] };
  }
  const errors: string[] = [];
  const listOf = (key: string): unknown[] => {
    const v = value[key];
    if (Array.isArray(v)) return v as unknown[];
    errors.push(`${key}: expected a list`);
    return [];
  };
  const lists = listOf('lists');
  const statuses = listOf('statuses');
  const rows: ListRow[] = [];
  const snaps: SnapshotRow[] = [];
  for (const [i, item] of lists.entries()) {
    if (!isObject(item) || !isObject(item['row'])) {
      errors.push(`lists[${i}]: expected {row, snapshot}`);
      continue;
    }
    const row = item['row'];
    if (typeof row['id'] !== 'string' || !isListId(row['id'])) {
      errors.push(`lists[${i}].row.id: not a list id`);
      continue;
    }
    const checked = checkSnapshot(item['snapshot'], `lists[${i}].snapshot`, row['id']);
    if (!checked.ok) {
      errors.push(...checked.errors.slice(0, 3).map(formatProblem));
      continue;
    }
    const s = checked.snapshot;
    if (inFuture(s.meta.asOf, now)) {
      errors.push(`lists[${i}]: "${s.meta.id}" is dated ${s.meta.asOf}, in the future`);
      continue;
    }
    // Recompute: the stored checksum must describe the stored bytes, whatever the file claims.
    const checksum = await snapshotChecksum(s);
    rows.push(importedRow(item['row'], s, checksum));
    snaps.push({ listId: s.meta.id, meta: s.meta, ...(s.role ? { role: s.role } : {}), entries: s.entries, checksum });
  }
  statuses.forEach((s, i) => {
    const problem = checkStatus(s, i);
    if (problem) errors.push(problem);
  });
  const ids = new Set<string>();
  for (const r of rows) {
    if (ids.has(r.id)) errors.push(`lists: "${r.id}" appears twice`);
    ids.add(r.id);
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 20) };
  try {
    await openWithin(db);
    const current = await db.lists.toArray();
    const currentSnaps = new Map(
      (await db.snapshots.bulkGet(current.map((r) => r.id))).flatMap((x) => (x ? [[x.listId, x] as const] : [])),
    );
    const plan: ImportPlanItem[] = [];
    const changes: ChangeRow[] = [];
    const at = now.toISOString();
    const fileIds = new Set(rows.map((r) => r.id));
    const store: { row: ListRow; snap: SnapshotRow }[] = [];
    for (const [i, row] of rows.entries()) {
      const snap = snaps[i] as SnapshotRow;
      const had = current.find((r) => r.id === row.id);
      if (had?.managed) {
        plan.push({ id: row.id, name: row.name, action: 'keep', builtin: false });
        continue;
      }
      const builtin = isBuiltinId(row.id);
      if (had?.checksum === row.checksum) {
        plan.push({ id: row.id, name: row.name, action: 'same', builtin });
        // Same data: restore the user's own settings on it (enabled, feed URL), not its source.
        store.push({ row: { ...row, source: had.source }, snap });
        continue;
      }
      const oldSnap = currentSnaps.get(row.id);
      const change = oldSnap ? changeRow(had?.asOf ?? null, oldSnap.entries, toSnap(snap), 'import', at) : null;
      plan.push({
        id: row.id,
        name: row.name,
        action: had ? 'replace' : 'add',
        builtin,
        ...(change ? { summary: change.summary } : {}),
      });
      if (change) changes.push(change);
      store.push({ row, snap });
    }
    for (const r of current)
      if (!fileIds.has(r.id))
        plan.push({
          id: r.id,
          name: r.name,
          action: isBuiltinId(r.id) ? 'keep' : 'remove',
          builtin: isBuiltinId(r.id),
        });
    const statutory = plan.filter((p) => p.builtin && p.action === 'replace');
    if (opts.dryRun) return { ok: false, errors: [], plan, needsConfirm: statutory.length > 0 };
    if (statutory.length && !opts.replaceBuiltin)
      return {
        ok: false,
        needsConfirm: true,
        plan,
        errors: [
          `this backup would replace built-in lists (${statutory.map((p) => p.name).join(', ')}): confirm to replace them`,
        ],
      };
    await db.transaction('rw', [db.lists, db.snapshots, db.statuses, db.changes], async () => {
      // Organisation lists (policy URLs) are not the user's to restore: they stay.
      const drop = current.filter((r) => !isBuiltinId(r.id) && !r.managed).map((r) => r.id);
      await Promise.all([db.lists.bulkDelete(drop), db.snapshots.bulkDelete(drop), db.statuses.clear()]);
      await db.snapshots.bulkPut(store.map((x) => x.snap));
      await db.lists.bulkPut(store.map((x) => x.row));
      await db.statuses.bulkPut(statuses.map(importedStatus));
      for (const c of changes) await addChange(db, c);
    });
    return { ok: true, lists: rows.length, statuses: statuses.length, plan, changes };
  } catch (e) {
    return { ok: false, errors: [`could not store the backup: ${storageMessage(e)}`] };
  }
}

const toSnap = (s: SnapshotRow): Snapshot =>
  ({ format: 1, meta: s.meta, ...(s.role ? { role: s.role } : {}), entries: s.entries }) as Snapshot;
