// List updates from the feed URLs the user or the administrator configured: on a schedule
// (chrome.alarms) and on demand. The data layer keeps the old snapshot on any failure.
import browser from 'webextension-polyfill';
import type { ListId } from '../core';
import { updateFromFeed, type FeedResponse } from '../data/list-store';
import type { UpdateOutcome } from '../shared/messages';
import { getDb, invalidateEngine } from './engine-holder';
import { currentSettings } from './settings';

export const UPDATE_ALARM = 'laborlens-update-lists';

// Feeds are the only network requests LaborLens makes; credentials and referrers stay home.
const fetchFeed = (url: string): Promise<FeedResponse> =>
  fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' });

export async function runUpdates(only?: ListId[]): Promise<UpdateOutcome[]> {
  const { settings } = await currentSettings();
  const ids = Object.keys(settings.feedUrls).filter((id) => !only || only.includes(id as ListId)) as ListId[];
  const out: UpdateOutcome[] = [];
  for (const id of only ?? [])
    if (!settings.feedUrls[id]) out.push({ id, ok: false, message: 'no update URL is configured for this list' });
  let changed = false;
  for (const id of ids) {
    const url = settings.feedUrls[id]!;
    const r = await updateFromFeed(getDb(), id, { url, sha256: settings.feedSha256[id] }, fetchFeed);
    if (r.ok) {
      changed ||= r.changed;
      out.push({
        id,
        ok: true,
        message: r.changed ? `updated to ${r.asOf} (${r.entryCount} entries)` : 'already up to date',
      });
    } else out.push({ id, ok: false, message: r.message });
  }
  if (changed) invalidateEngine();
  return out;
}

/** Keeps the alarm in step with the configured interval. */
export async function scheduleUpdates(): Promise<void> {
  const { settings } = await currentSettings();
  const period = settings.updateIntervalHours * 60;
  const existing = await browser.alarms.get(UPDATE_ALARM);
  if (!Object.keys(settings.feedUrls).length) {
    if (existing) await browser.alarms.clear(UPDATE_ALARM);
    return;
  }
  if (existing?.periodInMinutes === period) return;
  await browser.alarms.create(UPDATE_ALARM, { periodInMinutes: period, delayInMinutes: 1 });
}
