// List updates from the feeds the user or the administrator configured: the signed feed (one URL
// for every list), per-list pinned feeds and the organisation's lists, on a schedule
// (chrome.alarms) and on demand. The data layer keeps the old snapshot on any failure; every
// change is then screened against the suppliers already checked.
import browser from 'webextension-polyfill';
import type { ListId } from '../core';
import { updateFromFeed, updateFromIndex, updateOrgList, type ChangeRow, type FeedResponse } from '../data/list-store';
import type { FetchInit } from '../data/feed-fetch';
import type { UpdateOutcome } from '../shared/messages';
import { getDb, listsStored } from './engine-holder';
import { SHIPPED_FEED_KEYS } from './feed-keys';
import { afterListChange } from './list-changed';
import { currentSettings } from './settings';

export const UPDATE_ALARM = 'laborlens-update-lists';

// Feeds are the only network requests LaborLens makes; credentials and referrers stay home.
// Conditional requests are left to the browser's HTTP cache ('no-cache' revalidates with the
// stored ETag / Last-Modified and turns a 304 into the cached body): headers of our own such as
// If-None-Match would make every cross-origin check a CORS preflight that static hosts refuse.
const fetchFeed = (url: string, _init?: FetchInit): Promise<FeedResponse> =>
  fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-cache', redirect: 'follow' });

export async function runUpdates(only?: ListId[]): Promise<UpdateOutcome[]> {
  // The bundled lists are stored first, so a feed never races the first install.
  await listsStored();
  const { settings } = await currentSettings();
  const db = getDb();
  const out: UpdateOutcome[] = [];
  const changes: ChangeRow[] = [];
  let stored = false;
  const keys = [...SHIPPED_FEED_KEYS, ...(settings.feedPublicKeys ?? [])];
  const indexUrl = settings.feedIndexUrl ?? '';
  if (indexUrl) {
    const r = await updateFromIndex(db, { url: indexUrl, keys }, fetchFeed);
    if (r.ok) {
      changes.push(...r.changes);
      stored ||= r.status === 'updated';
      out.push({ id: 'feed', ok: true, message: r.message });
    } else out.push({ id: 'feed', ok: false, message: `${r.message} (the lists in use are kept)` });
  }
  const ids = Object.keys(settings.feedUrls).filter((id) => !only || only.includes(id as ListId)) as ListId[];
  for (const id of only ?? [])
    if (!settings.feedUrls[id] && !indexUrl)
      out.push({ id, ok: false, message: 'no update URL is configured for this list' });
  for (const id of ids) {
    const url = settings.feedUrls[id]!;
    const r = await updateFromFeed(db, id, { url, sha256: settings.feedSha256[id] }, fetchFeed);
    if (r.ok) {
      if (r.change) changes.push(r.change);
      stored ||= r.changed;
      out.push({
        id,
        ok: true,
        message: r.changed ? `updated to ${r.asOf} (${r.entryCount} entries)` : 'already up to date',
      });
    } else out.push({ id, ok: false, message: r.message });
  }
  for (const url of settings.customListUrls) {
    const r = await updateOrgList(db, url, keys, fetchFeed);
    const id = (r.id ?? 'custom:organisation') as ListId;
    if (r.ok) {
      changes.push(...r.changes);
      stored ||= r.changed;
      out.push({
        id,
        ok: true,
        message: r.changed ? 'organisation list updated' : 'organisation list already up to date',
      });
    } else out.push({ id, ok: false, message: r.message });
  }
  await afterListChange(changes, stored);
  return out;
}

/** Keeps the alarm in step with the configured interval. */
export async function scheduleUpdates(): Promise<void> {
  const { settings } = await currentSettings();
  const period = settings.updateIntervalHours * 60;
  const existing = await browser.alarms.get(UPDATE_ALARM);
  const anything =
    Object.keys(settings.feedUrls).length > 0 || !!settings.feedIndexUrl || settings.customListUrls.length > 0;
  if (!anything) {
    if (existing) await browser.alarms.clear(UPDATE_ALARM);
    return;
  }
  if (existing?.periodInMinutes === period) return;
  await browser.alarms.create(UPDATE_ALARM, { periodInMinutes: period, delayInMinutes: 1 });
}

/** Runs the updates now when a feed, a per-list feed or an organisation list is configured. */
export async function updateIfConfigured(): Promise<void> {
  const { settings } = await currentSettings();
  if (settings.feedIndexUrl || settings.customListUrls.length || Object.keys(settings.feedUrls).length)
    await runUpdates();
}
