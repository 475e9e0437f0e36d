// Updating one list from its own feed URL (a Snapshot JSON file, unsigned): accepted only with a
// pinned SHA-256, since nothing else says who made it (signed feeds: feed-index.ts). The fetch is
// injected so the service worker passes `fetch` and tests pass a fake. Every failure keeps the old
// data and is recorded on the list row as a specific message.
import { formatProblem } from '../core';
import { BROWSER_LIMITS, checkSnapshot } from '../core';
import type { ListId } from '../core';
import { sha256Hex, snapshotChecksum } from './checksum';
import { storageMessage, isQuotaError } from './custom-lists';
import type { LaborLensDb } from './db';
import { download, type FetchFn } from './feed-fetch';
import { inFuture } from './feed-index';
import type { ChangeRow } from './list-changes';
import { recordListError, replaceSnapshot } from './replace-snapshot';

export type { FeedResponse, FetchFn } from './feed-fetch';

/** Largest feed body accepted: a 250,000-entry snapshot is about 40 MB of JSON. */
export const MAX_FEED_CHARS = 64 * 1024 * 1024;

export type FeedFailure =
  'network' | 'http' | 'redirect' | 'unpinned' | 'checksum' | 'malformed' | 'older' | 'future' | 'quota' | 'storage';
export type FeedResult =
  | {
      ok: true;
      id: ListId;
      changed: boolean;
      entryCount: number;
      asOf: string;
      checksum: string;
      change?: ChangeRow;
    }
  | { ok: false; id: ListId; reason: FeedFailure; message: string };

export interface FeedSource {
  url: string;
  /** Expected SHA-256 (hex) of the response body; pinned by policy or settings. */
  sha256?: string;
}

async function attempt(
  db: LaborLensDb,
  id: ListId,
  feed: FeedSource,
  fetchFn: FetchFn,
  now: Date,
): Promise<FeedResult> {
  const fail = (reason: FeedFailure, message: string): FeedResult => ({ ok: false, id, reason, message });
  if (!feed.sha256)
    return fail(
      'unpinned',
      `feed ${feed.url} is not signed: pin its SHA-256 to use it, or publish a signed feed (one URL for every list)`,
    );
  const got = await download(fetchFn, feed.url, MAX_FEED_CHARS);
  if (got.kind === 'error') return fail(got.reason === 'too-large' ? 'malformed' : got.reason, got.message);
  if (got.kind === 'not-modified') return fail('http', `feed ${feed.url} answered 304 to an unconditional request`);
  const body = got.text;
  const actual = await sha256Hex(body);
  if (actual !== feed.sha256.toLowerCase())
    return fail('checksum', `feed SHA-256 ${actual} does not match the pinned ${feed.sha256}`);
  let value: unknown;
  try {
    value = JSON.parse(body.replace(/^\uFEFF/, '')) as unknown;
  } catch (e) {
    return fail('malformed', `feed is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const checked = checkSnapshot(value, feed.url, id);
  if (!checked.ok)
    return fail(
      'malformed',
      `feed is not a valid "${id}" snapshot: ${checked.errors.slice(0, 3).map(formatProblem).join('; ')}`,
    );
  const snapshot = checked.snapshot;
  if (inFuture(snapshot.meta.asOf, now))
    return fail('future', `feed is dated ${snapshot.meta.asOf}, in the future: refused`);
  if (snapshot.entries.length > BROWSER_LIMITS.maxRows)
    return fail(
      'malformed',
      `feed has ${snapshot.entries.length} entries; at most ${BROWSER_LIMITS.maxRows} are allowed in the browser: refused`,
    );
  const checksum = await snapshotChecksum(snapshot);
  const current = await db.lists.get(id);
  if (current && current.checksum === checksum) {
    await db.lists.update(id, { lastError: null, lastUpdateAt: now.toISOString(), updateUrl: feed.url });
    return { ok: true, id, changed: false, entryCount: snapshot.entries.length, asOf: snapshot.meta.asOf, checksum };
  }
  if (current && snapshot.meta.asOf < current.asOf)
    return fail('older', `feed is dated ${snapshot.meta.asOf}, older than the data in use (${current.asOf})`);
  const changes: ChangeRow[] = [];
  try {
    await replaceSnapshot(db, snapshot, 'feed', {
      checksum,
      now,
      row: { updateUrl: feed.url, sha256Pin: feed.sha256.toLowerCase() },
      changes,
    });
  } catch (e) {
    return fail(isQuotaError(e) ? 'quota' : 'storage', `could not store the update: ${storageMessage(e)}`);
  }
  return {
    ok: true,
    id,
    changed: true,
    entryCount: snapshot.entries.length,
    asOf: snapshot.meta.asOf,
    checksum,
    ...(changes[0] ? { change: changes[0] } : {}),
  };
}

export async function updateFromFeed(
  db: LaborLensDb,
  id: ListId,
  feed: FeedSource,
  fetchFn: FetchFn,
  now: Date = new Date(),
): Promise<FeedResult> {
  const result = await attempt(db, id, feed, fetchFn, now);
  if (!result.ok) {
    // On a full disk even this small write can fail: the result still carries the message.
    await recordListError(db, id, result.message, now).catch((e: unknown) =>
      console.error(`LaborLens: could not record the update error: ${storageMessage(e)}`),
    );
  }
  return result;
}
