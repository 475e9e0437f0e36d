// Organisation watch and cleared lists from policy (`customListUrls`): each URL serves one list
// snapshot (meta.id custom:<name>, with its role). It is used only when signed (<url>.sig, verified
// against the trusted feed keys) or pinned (a #sha256=<hex> fragment on the URL); it is stored as
// a managed list the user cannot remove or replace.
import { checkSnapshot, formatProblem, isBuiltinId } from '../core';
import { sha256Hex, snapshotChecksum } from './checksum';
import type { LaborLensDb } from './db';
import { download, type FetchFn } from './feed-fetch';
import { inFuture, MAX_LIST_BYTES } from './feed-index';
import { verifiedBy } from './feed-signature';
import type { ChangeRow } from './list-changes';
import { recordListError, replaceSnapshot } from './replace-snapshot';
import { storageMessage } from './storage-errors';

export type OrgListResult =
  | { ok: true; url: string; id: string; changed: boolean; changes: ChangeRow[] }
  | { ok: false; url: string; id?: string; message: string };

const PIN = /#sha256=([0-9a-fA-F]{64})$/;

export async function updateOrgList(
  db: LaborLensDb,
  url: string,
  keys: readonly string[],
  fetchFn: FetchFn,
  now: Date = new Date(),
): Promise<OrgListResult> {
  const fail = (message: string, id?: string): OrgListResult => ({ ok: false, url, message, ...(id ? { id } : {}) });
  const pin = PIN.exec(url)?.[1]?.toLowerCase();
  const bare = url.replace(/#.*$/, '');
  if (!bare.startsWith('https://')) return fail(`${bare} is not https`);
  const got = await download(fetchFn, bare, MAX_LIST_BYTES);
  if (got.kind !== 'body') return fail(got.kind === 'error' ? got.message : `${bare}: no body`);
  if (pin) {
    const actual = await sha256Hex(got.text);
    if (actual !== pin) return fail(`organisation list ${bare}: SHA-256 ${actual} does not match the pinned ${pin}`);
  } else {
    if (!keys.length)
      return fail(`organisation list ${bare} is neither pinned (#sha256=) nor verifiable (no feed key is set)`);
    const sig = await download(fetchFn, `${bare}.sig`, 4096);
    if (sig.kind !== 'body' || !(await verifiedBy(got.text, sig.text, keys)))
      return fail(`organisation list ${bare}: its signature (${bare}.sig) does not verify against any trusted key`);
  }
  let value: unknown;
  try {
    value = JSON.parse(got.text.replace(/^\uFEFF/, '')) as unknown;
  } catch (e) {
    return fail(`organisation list ${bare} is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const checked = checkSnapshot(value, bare);
  if (!checked.ok)
    return fail(`organisation list ${bare}: ${checked.errors.slice(0, 3).map(formatProblem).join('; ')}`);
  const snapshot = checked.snapshot;
  const id = snapshot.meta.id;
  if (isBuiltinId(id) || !snapshot.role)
    return fail(`organisation list ${bare} must be a custom:<name> list with a role (watch or cleared)`, id);
  if (inFuture(snapshot.meta.asOf, now))
    return fail(`organisation list ${id} is dated ${snapshot.meta.asOf}, in the future`, id);
  const current = await db.lists.get(id);
  if (current && !current.managed)
    return fail(`"${id}" is already one of your own lists; rename it to let the organisation's list in`, id);
  const checksum = await snapshotChecksum(snapshot);
  if (current?.checksum === checksum) {
    await db.lists.update(id, { lastError: null, lastUpdateAt: now.toISOString() });
    return { ok: true, url, id, changed: false, changes: [] };
  }
  const changes: ChangeRow[] = [];
  try {
    await replaceSnapshot(db, snapshot, 'feed', { checksum, now, row: { updateUrl: bare, managed: true }, changes });
  } catch (e) {
    if (current)
      await recordListError(db, id, `could not store the update: ${storageMessage(e)}`, now).catch(() => undefined);
    return fail(`could not store ${id}: ${storageMessage(e)}`, id);
  }
  return { ok: true, url, id, changed: true, changes };
}
