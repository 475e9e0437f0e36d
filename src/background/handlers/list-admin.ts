// Options-page actions on lists. Every change rebuilds the engine on the next question.
import { formatProblem } from '../../core';
import { isListId } from '../../core';
import type { ListId } from '../../core';
import { exportCache, importCache, importCustomList, removeCustomList, setEnabled } from '../../data/list-store';
import type { Req, Res } from '../../shared/messages';
import type { ChangeRow } from '../../data/list-changes';
import { getDb, invalidateEngine } from '../engine-holder';
import { afterListChange } from '../list-changed';
import { currentSettings } from '../settings';
import { runUpdates } from '../updates';

export const USER_LISTS_OFF =
  'your organisation has turned off importing your own lists and backups (disableUserLists)';

/** Enforced here, not only in Settings: any extension page could send the message. */
async function userListsAllowed(): Promise<boolean> {
  return !(await currentSettings()).settings.disableUserLists;
}

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
  if (!(await userListsAllowed())) return { ok: false, errors: [USER_LISTS_OFF] };
  const changes: ChangeRow[] = [];
  const r = await importCustomList(getDb(), req.fileName, req.text, req.role, new Date(), changes);
  if (!r.ok) return { ok: false, errors: r.errors.slice(0, 50).map(formatProblem) };
  await afterListChange(changes, true);
  return { ok: true, id: r.id, entries: r.entryCount };
}

export async function removeList(req: Req<'removeList'>): Promise<Res<'removeList'>> {
  const ok = await removeCustomList(getDb(), listId(req.id));
  invalidateEngine();
  return { ok };
}

export const exportCacheHandler = async (): Promise<Res<'exportCache'>> => ({ json: await exportCache(getDb()) });

export async function importCacheHandler(req: Req<'importCache'>): Promise<Res<'importCache'>> {
  if (!(await userListsAllowed())) return { ok: false, errors: [USER_LISTS_OFF] };
  const r = await importCache(getDb(), req.json, {
    ...(req.replaceBuiltin ? { replaceBuiltin: true } : {}),
    ...(req.dryRun ? { dryRun: true } : {}),
  });
  if (!r.ok)
    return {
      ok: false,
      errors: r.errors.slice(0, 50),
      ...(r.plan ? { plan: r.plan } : {}),
      ...(r.needsConfirm ? { needsConfirm: true } : {}),
    };
  await afterListChange(r.changes, true);
  return { ok: true, plan: r.plan };
}
