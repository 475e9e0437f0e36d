// Validation of what IndexedDB hands back. Storage can be damaged (a browser bug, a disk error, an
// old build that wrote another shape, a hand-edited profile), so rows are checked before the
// engine sees them: a bad list is left out with a specific reason, the others are still used.
import { isObject } from '../core';
import { formatProblem } from '../core';
import { checkSnapshot, isListId } from '../core';
import type { ListId, Snapshot } from '../core';
import { snapshotChecksum } from './checksum';
import type { ListRow, ListSource, SnapshotRow, StatusRow, SupplierStatus } from './db';

const SOURCES: readonly ListSource[] = ['bundled', 'feed', 'custom', 'import'];
const STATUSES: readonly SupplierStatus[] = ['under-review', 'cleared', 'false-match'];

/** Problems with a list row's own fields, or null. */
export function listRowProblem(row: unknown): string | null {
  if (!isObject(row)) return 'the list row is not an object';
  if (typeof row['id'] !== 'string' || !isListId(row['id'])) return 'the list row has no valid id';
  const bad: string[] = [];
  for (const k of ['name', 'asOf', 'checksum'] as const) if (typeof row[k] !== 'string') bad.push(k);
  for (const k of ['publisher', 'sourceUrl', 'fetchedAt'] as const)
    if (row[k] !== undefined && typeof row[k] !== 'string') bad.push(k);
  if (typeof row['entryCount'] !== 'number' || !Number.isInteger(row['entryCount']) || row['entryCount'] < 0)
    bad.push('entryCount');
  if (typeof row['enabled'] !== 'boolean') bad.push('enabled');
  if (!(SOURCES as readonly unknown[]).includes(row['source'])) bad.push('source');
  return bad.length > 0 ? `the list row has missing or invalid field(s): ${bad.join(', ')}` : null;
}

export const toSnapshot = (row: SnapshotRow): Snapshot => ({
  format: 1,
  meta: row.meta,
  ...(row.role ? { role: row.role } : {}),
  entries: row.entries,
});

/**
 * Why a stored list cannot be used, or null when its row and snapshot are whole and agree:
 * the snapshot passes checkSnapshot, and its checksum matches the bytes and the list row.
 */
export async function storedListProblem(id: ListId, row: unknown, snap: unknown): Promise<string | null> {
  const rowProblem = listRowProblem(row);
  if (rowProblem) return rowProblem;
  if (!isObject(snap)) return 'its snapshot is missing';
  const checked = checkSnapshot(
    {
      format: 1,
      meta: snap['meta'],
      ...(snap['role'] !== undefined ? { role: snap['role'] } : {}),
      entries: snap['entries'],
    },
    `stored ${id}`,
    id,
  );
  if (!checked.ok) return `its snapshot is invalid: ${checked.errors.slice(0, 2).map(formatProblem).join('; ')}`;
  const actual = await snapshotChecksum(checked.snapshot);
  if (snap['checksum'] !== actual) return 'its snapshot does not match its checksum (an interrupted or damaged write)';
  if ((row as ListRow).checksum !== actual)
    return 'its list row and snapshot disagree (an interrupted or damaged write)';
  return null;
}

/** Stored list row with any missing display fields filled, so summaries never throw. */
export function displayRow(raw: unknown): ListRow | null {
  if (!isObject(raw) || typeof raw['id'] !== 'string') return null;
  const { caveats, ...r } = raw as Partial<ListRow> & { id: ListId };
  const text = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
  const problem = listRowProblem(raw);
  return {
    ...r,
    name: text(r.name, r.id),
    publisher: text(r.publisher),
    sourceUrl: text(r.sourceUrl),
    asOf: text(r.asOf),
    fetchedAt: text(r.fetchedAt),
    checksum: text(r.checksum),
    entryCount: typeof r.entryCount === 'number' && Number.isFinite(r.entryCount) ? r.entryCount : 0,
    format: typeof r.format === 'number' ? r.format : 1,
    enabled: r.enabled === true,
    source: (SOURCES as readonly unknown[]).includes(r.source) ? (r.source as ListSource) : 'import',
    // A malformed row not yet seen by loadRiskData still says what is wrong with it.
    lastError: typeof r.lastError === 'string' ? r.lastError : problem ? `stored list is damaged: ${problem}` : null,
    ...(Array.isArray(caveats) ? { caveats: caveats.filter((c): c is string => typeof c === 'string') } : {}),
  };
}

export function isStatusRow(v: unknown): v is StatusRow {
  if (!isObject(v)) return false;
  return (
    typeof v['key'] === 'string' &&
    v['key'] !== '' &&
    (STATUSES as readonly unknown[]).includes(v['status']) &&
    typeof v['at'] === 'string' &&
    (v['note'] === undefined || typeof v['note'] === 'string') &&
    (v['by'] === undefined || typeof v['by'] === 'string')
  );
}
