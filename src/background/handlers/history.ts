import { clearHistory as clear, recentChecks } from '../../data/history';
import type { Req, Res } from '../../shared/messages';
import { getDb } from '../engine-holder';

/** Rows a later list change concerns carry the alert, so History can mark them. */
export async function getHistory(req: Req<'getHistory'>): Promise<Res<'getHistory'>> {
  const rows = await recentChecks(getDb(), req.limit ?? 500);
  const ids = rows.flatMap((r) => (r.id === undefined ? [] : [r.id]));
  const alerts = ids.length ? await getDb().alerts.where('historyId').anyOf(ids).toArray() : [];
  const byRow = new Map<number, string>();
  for (const a of alerts) if (a.historyId !== undefined && !byRow.has(a.historyId)) byRow.set(a.historyId, a.message);
  return rows.map((r) => {
    const alert = r.id === undefined ? undefined : byRow.get(r.id);
    return alert ? { ...r, alert } : r;
  });
}

export async function clearHistory(): Promise<Res<'clearHistory'>> {
  await clear(getDb());
  return { ok: true };
}
