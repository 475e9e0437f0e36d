// Reassembles a big page's text sent in parts (see ScanRequest.part). Parts must arrive in order
// from one tab and frame; a page that starts a new scan drops its unfinished one, and parts left
// behind are forgotten after a minute, so a content script cannot pin memory here.
import type { ScanRequest } from '../shared/messages';
import { MAX_TEXT } from '../shared/validate';

interface Pending {
  id: string;
  parts: string[];
  length: number;
  at: number;
}
const pending = new Map<string, Pending>();
const TTL_MS = 60_000;

/** The whole request once its last part is in; undefined while parts are still due. */
export function assemble(req: ScanRequest, sender: string, now = Date.now()): ScanRequest | undefined {
  const part = req.part;
  if (!part) return req;
  for (const [k, p] of pending) if (now - p.at > TTL_MS) pending.delete(k);
  let p = pending.get(sender);
  if (part.index === 0 || !p || p.id !== part.id) p = { id: part.id, parts: [], length: 0, at: now };
  if (p.parts.length !== part.index) {
    pending.delete(sender);
    throw new Error(`scan part ${part.index + 1} of ${part.count} arrived out of order`);
  }
  p.parts.push(req.text);
  p.length += req.text.length;
  p.at = now;
  if (p.length > MAX_TEXT) {
    pending.delete(sender);
    throw new Error('page text is longer than LaborLens scans at once');
  }
  if (part.index < part.count - 1) {
    pending.set(sender, p);
    return undefined;
  }
  pending.delete(sender);
  const text = p.parts.join('');
  for (const c of req.cells ?? []) if (c.end > text.length) throw new Error('cell range outside the text');
  const { part: _part, ...rest } = req;
  return { ...rest, text };
}
