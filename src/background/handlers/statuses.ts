import { allStatuses, setStatus as store } from '../../data/statuses';
import type { Req, Res } from '../../shared/messages';
import { getDb, getEngine } from '../engine-holder';

const fold = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * A decision must name a listed entry (a status on a name the lists do not have would have no
 * effect, silently), and must say who decided and on what ground: evidence for "cleared", a
 * reason for "false match". Removing a status needs neither.
 */
export async function setStatus(req: Req<'setStatus'>): Promise<Res<'setStatus'>> {
  if (req.status === null) {
    await store(getDb(), { key: req.key, status: null });
    return { ok: true, key: req.key };
  }
  const by = req.by?.trim();
  const note = req.note?.trim();
  if (!by) return { ok: false, error: 'Name the reviewer who made this decision.' };
  if (req.status === 'cleared' && !note)
    return { ok: false, error: 'A clearance needs its evidence (an audit report, a certificate, a tracing file).' };
  if (req.status === 'false-match' && !note)
    return { ok: false, error: 'Say why this is a false match (a different address, registration number, owner).' };
  const engine = await getEngine();
  const matches = engine.screen(req.key);
  const want = fold(req.key);
  const exact =
    matches.find((m) => fold(m.name) === want) ??
    // An exact alias or former name stands for its entry, stored under the entry's listed name.
    (matches[0] && matches[0].score >= 1 && matches.filter((m) => m.score >= 1).length === 1 ? matches[0] : undefined);
  if (!exact) {
    const suggestions = [...new Set([...matches, ...engine.nearest(req.key)].map((m) => m.name))].slice(0, 5);
    return {
      ok: false,
      error: suggestions.length
        ? `"${req.key}" is not the name of a listed entry, so a status on it would change nothing. Nearest entries: ${suggestions.join('; ')}.`
        : `"${req.key}" matches no entry on the enabled lists, so a status on it would change nothing.`,
      suggestions,
    };
  }
  await store(getDb(), { key: exact.name, status: req.status, note, by, at: new Date().toISOString() });
  return { ok: true, key: exact.name };
}

export const getStatuses = async (): Promise<Res<'getStatuses'>> => allStatuses(getDb());
