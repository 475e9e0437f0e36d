// What changed in the lists and which suppliers already checked it concerns.
import { isListId } from '../../core';
import {
  feedIndexState,
  markAlertsRead,
  markChangesSeen,
  recentChanges,
  unreadAlerts,
  unseenChanges,
} from '../../data/list-store';
import type { Req, Res } from '../../shared/messages';
import { getDb } from '../engine-holder';
import { SHIPPED_FEED_KEYS } from '../feed-keys';
import { clearNews } from '../list-changed';
import { currentSettings } from '../settings';

export async function getNews(): Promise<Res<'getNews'>> {
  const db = getDb();
  return { changes: await unseenChanges(db), alerts: await unreadAlerts(db) };
}

export async function ackNews(): Promise<Res<'ackNews'>> {
  const db = getDb();
  await markChangesSeen(db);
  await markAlertsRead(db);
  await clearNews();
  return { ok: true };
}

export async function getListChanges(req: Req<'getListChanges'>): Promise<Res<'getListChanges'>> {
  if (req.id !== undefined && !isListId(req.id)) throw new Error(`"${req.id}" is not a list id`);
  return recentChanges(getDb(), req.id);
}

export const getAlerts = async (): Promise<Res<'getAlerts'>> =>
  getDb().alerts.orderBy('id').reverse().limit(500).toArray();

export async function getFeedStatus(): Promise<Res<'getFeedStatus'>> {
  const { settings } = await currentSettings();
  const url = settings.feedIndexUrl ?? '';
  const state = await feedIndexState(getDb());
  const same = state?.url === url ? state : undefined;
  return {
    url,
    keys: [...SHIPPED_FEED_KEYS, ...(settings.feedPublicKeys ?? [])],
    ...(same?.issuedAt ? { issuedAt: same.issuedAt } : {}),
    ...(same?.checkedAt ? { checkedAt: same.checkedAt } : {}),
    ...(same ? { lastError: same.lastError ?? null } : {}),
  };
}
