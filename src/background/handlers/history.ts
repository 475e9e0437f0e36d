import { clearHistory as clear, recentChecks } from '../../data/history';
import type { Req, Res } from '../../shared/messages';
import { getDb } from '../engine-holder';

export const getHistory = async (req: Req<'getHistory'>): Promise<Res<'getHistory'>> =>
  recentChecks(getDb(), req.limit ?? 500);

export async function clearHistory(): Promise<Res<'clearHistory'>> {
  await clear(getDb());
  return { ok: true };
}
