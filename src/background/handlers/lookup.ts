import type { Req, Res } from '../../shared/messages';
import { getEngine } from '../engine-holder';

/** A sourcing manager checks a name or an HS code typed into the popup. */
export async function lookup(req: Req<'lookup'>): Promise<Res<'lookup'>> {
  const engine = await getEngine();
  const query = req.query.trim();
  if (!query) return { names: [], near: [], findings: [] };
  // A bare code typed into a lookup box is an HS code by context, which the page detector needs.
  const text = /^[\d.\s]+$/.test(query) ? `HS code: ${query}` : query;
  const names = engine.screen(query);
  return { names, near: engine.nearest(query), findings: engine.scan(text) };
}
