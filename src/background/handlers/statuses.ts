import { allStatuses, setStatus as store } from '../../data/statuses';
import type { Req, Res } from '../../shared/messages';
import { getDb } from '../engine-holder';

export async function setStatus(req: Req<'setStatus'>): Promise<Res<'setStatus'>> {
  if (req.status === null) await store(getDb(), { key: req.key, status: null });
  else
    await store(getDb(), {
      key: req.key,
      status: req.status,
      note: req.note,
      by: req.by,
      at: new Date().toISOString(),
    });
  return { ok: true };
}

export const getStatuses = async (): Promise<Res<'getStatuses'>> => allStatuses(getDb());
