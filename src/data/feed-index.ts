// One signed feed for every list: an index (list id, as-of date, entries, SHA-256, size) signed
// with Ed25519, beside one snapshot file per list. The index is fetched with conditional requests
// (a team of thousands polling costs the host a 304 each); only lists whose SHA-256 differs from
// the stored one are downloaded. Nothing is stored unless the signature verifies, the index is not
// older than the last one accepted, no date lies in the future and every changed file matches its
// hash: then all changed lists are replaced in one transaction.
import { checkSnapshot, formatProblem, isListId, isObject } from '../core';
import type { ListId, ListMeta, Snapshot } from '../core';
import { sha256Hex } from './checksum';
import type { LaborLensDb } from './db';
import { download, type FetchFn } from './feed-fetch';
import { verifiedBy } from './feed-signature';
import type { ChangeRow } from './list-changes';
import { replaceSnapshot } from './replace-snapshot';
import { storageMessage } from './storage-errors';

export const FEED_KIND = 'laborlens-feed';
export const MAX_INDEX_BYTES = 1024 * 1024;
export const MAX_LIST_BYTES = 32 * 1024 * 1024;
/** Clock skew tolerated on dates from a feed before they count as "in the future". */
export const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;
const STATE_KEY = 'feedIndexState';

export interface FeedIndexEntry {
  id: ListId;
  file: string;
  entries: number;
  sha256: string;
  bytes: number;
  meta: ListMeta;
}
export interface FeedIndex {
  format: 1;
  kind: typeof FEED_KIND;
  /** When the publisher built this index (ISO timestamp): an older one is a replay. */
  issuedAt: string;
  lists: FeedIndexEntry[];
}

export interface FeedIndexState {
  url: string;
  etag?: string;
  lastModified?: string;
  issuedAt?: string;
  checkedAt?: string;
  lastError?: string | null;
  /** Which key verified the index last (so Settings can show who signed it). */
  key?: string;
  /** SHA-256 of the index last accepted: the same bytes again (a browser-cache revalidation) is "not modified". */
  indexSha256?: string;
}

export type IndexFailure =
  | 'network'
  | 'http'
  | 'too-large'
  | 'redirect'
  | 'unsigned'
  | 'signature'
  | 'malformed'
  | 'replayed'
  | 'future'
  | 'checksum'
  | 'storage';

export type IndexResult =
  | {
      ok: true;
      status: 'not-modified' | 'unchanged' | 'updated';
      updated: ListId[];
      changes: ChangeRow[];
      message: string;
    }
  | { ok: false; reason: IndexFailure; message: string };

const HEX64 = /^[0-9a-f]{64}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FILE = /^[A-Za-z0-9][A-Za-z0-9._:-]*\.json$/;

/** A date (YYYY-MM-DD or ISO timestamp) later than now plus the slack. */
export const inFuture = (date: string, now: Date): boolean => Date.parse(date) > now.getTime() + FUTURE_SLACK_MS;

/** Shape and dates of an index; the snapshots themselves are checked when downloaded. */
export function checkFeedIndex(
  value: unknown,
  now: Date,
): { ok: true; index: FeedIndex } | { ok: false; reason: IndexFailure; message: string } {
  const bad = (message: string) => ({
    ok: false as const,
    reason: 'malformed' as const,
    message: `feed index: ${message}`,
  });
  if (!isObject(value) || value['format'] !== 1 || value['kind'] !== FEED_KIND)
    return bad(`not a ${FEED_KIND} index of format 1`);
  const issuedAt = value['issuedAt'];
  if (typeof issuedAt !== 'string' || Number.isNaN(Date.parse(issuedAt))) return bad('issuedAt: expected a timestamp');
  if (inFuture(issuedAt, now))
    return { ok: false, reason: 'future', message: `feed index is dated ${issuedAt}, in the future: refused` };
  if (!Array.isArray(value['lists'])) return bad('lists: expected a list');
  const seen = new Set<string>();
  for (const [i, e] of (value['lists'] as unknown[]).entries()) {
    if (!isObject(e) || !isObject(e['meta']))
      return bad(`lists[${i}]: expected {id, file, entries, sha256, bytes, meta}`);
    const id = e['id'];
    if (typeof id !== 'string' || !isListId(id)) return bad(`lists[${i}].id: not a list id`);
    if (seen.has(id)) return bad(`"${id}" appears twice`);
    seen.add(id);
    if (typeof e['file'] !== 'string' || !FILE.test(e['file'])) return bad(`${id}: file must be a plain *.json name`);
    if (typeof e['sha256'] !== 'string' || !HEX64.test(e['sha256'])) return bad(`${id}: sha256 must be 64 hex digits`);
    if (typeof e['bytes'] !== 'number' || !(e['bytes'] > 0) || e['bytes'] > MAX_LIST_BYTES)
      return bad(`${id}: bytes must be a size up to ${MAX_LIST_BYTES}`);
    const asOf = e['meta']['asOf'];
    if (typeof asOf !== 'string' || !DATE.test(asOf)) return bad(`${id}: meta.asOf must be YYYY-MM-DD`);
    if (e['meta']['id'] !== id) return bad(`${id}: meta.id differs`);
    if (inFuture(asOf, now))
      return { ok: false, reason: 'future', message: `${id} is dated ${asOf}, in the future: the feed is refused` };
  }
  return { ok: true, index: value as unknown as FeedIndex };
}

export async function feedIndexState(db: LaborLensDb): Promise<FeedIndexState | undefined> {
  const v = (await db.settings.get(STATE_KEY))?.value;
  return isObject(v) && typeof v['url'] === 'string' ? (v as unknown as FeedIndexState) : undefined;
}

export interface IndexSource {
  url: string;
  /** Trusted public keys: shipped with the extension plus those set by policy or the user. */
  keys: readonly string[];
}

export async function updateFromIndex(
  db: LaborLensDb,
  source: IndexSource,
  fetchFn: FetchFn,
  now: Date = new Date(),
): Promise<IndexResult> {
  const prior = await feedIndexState(db);
  const state: FeedIndexState = prior?.url === source.url ? { ...prior } : { url: source.url };
  const result = await attempt(db, source, state, fetchFn, now);
  const next: FeedIndexState = { ...state, checkedAt: now.toISOString(), lastError: result.ok ? null : result.message };
  if (!result.ok) {
    // Only the error note and check time change: validators and issuedAt stay those last accepted.
    const keep: FeedIndexState = {
      ...(prior?.url === source.url ? prior : { url: source.url }),
      checkedAt: next.checkedAt,
      lastError: result.message,
    };
    await db.settings.put({ key: STATE_KEY, value: keep }).catch(() => undefined);
  }
  return result;
}

async function attempt(
  db: LaborLensDb,
  source: IndexSource,
  state: FeedIndexState,
  fetchFn: FetchFn,
  now: Date,
): Promise<IndexResult> {
  const fail = (reason: IndexFailure, message: string): IndexResult => ({ ok: false, reason, message });
  if (!source.url.startsWith('https://')) return fail('malformed', `feed URL ${source.url} is not https`);
  const got = await download(fetchFn, source.url, MAX_INDEX_BYTES, state);
  if (got.kind === 'error') return fail(got.reason, got.message);
  const checkedAt = now.toISOString();
  if (got.kind === 'not-modified') {
    await db.settings.put({ key: STATE_KEY, value: { ...state, checkedAt, lastError: null } });
    return {
      ok: true,
      status: 'not-modified',
      updated: [],
      changes: [],
      message: 'feed not modified since the last check',
    };
  }
  const indexSha256 = await sha256Hex(got.text);
  if (state.indexSha256 === indexSha256 && state.issuedAt) {
    await db.settings.put({ key: STATE_KEY, value: { ...state, ...got.validators, checkedAt, lastError: null } });
    return {
      ok: true,
      status: 'not-modified',
      updated: [],
      changes: [],
      message: 'feed not modified since the last check',
    };
  }
  if (!source.keys.length)
    return fail('unsigned', 'no feed public key is configured (feedPublicKeys): a signed feed cannot be verified');
  const sig = await download(fetchFn, `${source.url}.sig`, 4096);
  if (sig.kind !== 'body')
    return fail(
      'signature',
      `feed signature ${source.url}.sig could not be read${sig.kind === 'error' ? `: ${sig.message}` : ''}`,
    );
  const key = await verifiedBy(got.text, sig.text, source.keys);
  if (!key) return fail('signature', 'feed signature does not verify against any trusted key: nothing was changed');
  let value: unknown;
  try {
    value = JSON.parse(got.text) as unknown;
  } catch (e) {
    return fail('malformed', `feed index is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const checked = checkFeedIndex(value, now);
  if (!checked.ok) return fail(checked.reason, checked.message);
  const index = checked.index;
  if (state.issuedAt && Date.parse(index.issuedAt) < Date.parse(state.issuedAt))
    return fail(
      'replayed',
      `feed index of ${index.issuedAt} is older than the one already accepted (${state.issuedAt}): a replay, refused`,
    );

  const todo: { entry: FeedIndexEntry; snapshot: Snapshot }[] = [];
  const kept: string[] = [];
  for (const entry of index.lists) {
    const current = await db.lists.get(entry.id);
    if (current?.checksum === entry.sha256 && !current.damaged) continue;
    // The data in use is newer (e.g. an extension update bundled a later edition): keep it.
    if (current && !current.damaged && entry.meta.asOf < current.asOf) {
      kept.push(`${entry.id} (in use ${current.asOf} is newer than the feed's ${entry.meta.asOf})`);
      continue;
    }
    const url = new URL(entry.file, source.url).href;
    const file = await download(fetchFn, url, Math.min(entry.bytes, MAX_LIST_BYTES));
    if (file.kind !== 'body')
      return fail(
        file.kind === 'error' ? file.reason : 'http',
        file.kind === 'error' ? file.message : `${url}: no body`,
      );
    const hash = await sha256Hex(file.text);
    if (hash !== entry.sha256)
      return fail(
        'checksum',
        `${entry.file}: SHA-256 ${hash} differs from the signed index (${entry.sha256}): nothing was changed`,
      );
    let parsed: unknown;
    try {
      parsed = JSON.parse(file.text) as unknown;
    } catch (e) {
      return fail('malformed', `${entry.file} is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    const snap = checkSnapshot(parsed, entry.file, entry.id);
    if (!snap.ok)
      return fail(
        'malformed',
        `${entry.file} is not a valid "${entry.id}" snapshot: ${snap.errors.slice(0, 3).map(formatProblem).join('; ')}`,
      );
    if (snap.snapshot.meta.asOf !== entry.meta.asOf)
      return fail('malformed', `${entry.file} is dated ${snap.snapshot.meta.asOf}, the index says ${entry.meta.asOf}`);
    todo.push({ entry, snapshot: snap.snapshot });
  }
  const changes: ChangeRow[] = [];
  const nextState: FeedIndexState = {
    ...state,
    ...got.validators,
    issuedAt: index.issuedAt,
    checkedAt: now.toISOString(),
    lastError: null,
    key,
    indexSha256,
  };
  if (!got.validators.etag) delete nextState.etag;
  if (!got.validators.lastModified) delete nextState.lastModified;
  try {
    await db.transaction('rw', db.lists, db.snapshots, db.changes, db.settings, async () => {
      for (const { entry, snapshot } of todo)
        await replaceSnapshot(db, snapshot, 'feed', {
          checksum: entry.sha256,
          now,
          row: { updateUrl: source.url },
          changes,
        });
      await db.settings.put({ key: STATE_KEY, value: nextState });
    });
  } catch (e) {
    return fail('storage', `could not store the update: ${storageMessage(e)}`);
  }
  const updated = todo.map((t) => t.entry.id);
  const note = kept.length ? `; kept ${kept.join(', ')}` : '';
  return {
    ok: true,
    status: updated.length ? 'updated' : 'unchanged',
    updated,
    changes,
    message: updated.length
      ? `updated ${updated.join(', ')} from the signed feed of ${index.issuedAt}${note}`
      : `every list already matches the signed feed of ${index.issuedAt}${note}`,
  };
}
