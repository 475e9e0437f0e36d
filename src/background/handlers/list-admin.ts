// Options-page actions on lists. Every change rebuilds the engine on the next question.
import { formatProblem } from '../../core';
import { isListId } from '../../core';
import type { ListId } from '../../core';
import { exportCache, importCache, importCustomList, removeCustomList, setEnabled } from '../../data/list-store';
import type { Req, Res } from '../../shared/messages';
import { getDb, invalidateEngine } from '../engine-holder';
import { runUpdates } from '../updates';

function listId(id: string): ListId {
  if (!isListId(id)) throw new Error(`"${id}" is not a list id`);
  return id;
}

export async function setListEnabled(req: Req<'setListEnabled'>): Promise<Res<'setListEnabled'>> {
  const ok = await setEnabled(getDb(), listId(req.id), req.enabled);
  invalidateEngine();
  return { ok };
}

export const updateLists = (req: Req<'updateLists'>): Promise<Res<'updateLists'>> => runUpdates(req.ids?.map(listId));

export async function importList(req: Req<'importList'>): Promise<Res<'importList'>> {
  const r = await importCustomList(getDb(), req.fileName, req.text, req.role);
  if (!r.ok) return { ok: false, errors: r.errors.slice(0, 50).map(formatProblem) };
  invalidateEngine();
  return { ok: true, id: r.id, entries: r.entryCount };
}

export async function removeList(req: Req<'removeList'>): Promise<Res<'removeList'>> {
  const ok = await removeCustomList(getDb(), listId(req.id));
  invalidateEngine();
  return { ok };
}

export const exportCacheHandler = async (): Promise<Res<'exportCache'>> => ({ json: await exportCache(getDb()) });

export async function importCacheHandler(req: Req<'importCache'>): Promise<Res<'importCache'>> {
  const r = await importCache(getDb(), req.json);
  if (!r.ok) return { ok: false, errors: r.errors.slice(0, 50) };
  invalidateEngine();
  return { ok: true };
}
