// Run-time validation of message payloads. The content script runs beside hostile pages, so the
// background trusts nothing it sends: every field is checked for type and size before use.
import type { Envelope, MessageName, Req } from './messages';
import type { Severity } from '../core';

/** 10 MB of page text is the most we scan at once (hardening issue's load target). */
export const MAX_TEXT = 10 * 1024 * 1024;
/** Longest page URL accepted with a scan; the content script cuts longer ones to this. */
export const MAX_URL = 8_192;
/** Size of one part of a big page's text, and most parts a page may send. */
export const PART_CHARS = 256 * 1024;
export const MAX_PARTS = Math.ceil(MAX_TEXT / PART_CHARS);
const MAX_CELLS = 200_000;
const MAX_ORGS = 2_000;
const MAX_SHORT = 2_048;

type Check<K extends MessageName> = (p: unknown) => Req<K>;

export class InvalidMessage extends Error {}

function obj(p: unknown): Record<string, unknown> {
  if (typeof p !== 'object' || p === null || Array.isArray(p)) throw new InvalidMessage('payload must be an object');
  return p as Record<string, unknown>;
}
function str(o: Record<string, unknown>, k: string, max = MAX_SHORT): string {
  const v = o[k];
  if (typeof v !== 'string') throw new InvalidMessage(`${k} must be a string`);
  if (v.length > max) throw new InvalidMessage(`${k} is longer than ${max} characters`);
  return v;
}
function int(v: unknown, k: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
    throw new InvalidMessage(`${k} must be a non-negative integer`);
  return v;
}
function origin(o: Record<string, unknown>): string {
  const s = str(o, 'origin');
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    throw new InvalidMessage('origin is not a URL');
  }
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.origin !== s)
    throw new InvalidMessage('origin must be an http(s) origin');
  return s;
}
const empty = (p: unknown) => (obj(p), {} as Record<string, never>);
function bool(o: Record<string, unknown>, k: string): boolean {
  if (typeof o[k] !== 'boolean') throw new InvalidMessage(`${k} must be true or false`);
  return o[k] as boolean;
}
function optStr(o: Record<string, unknown>, k: string, max = MAX_SHORT): string | undefined {
  return o[k] === undefined ? undefined : str(o, k, max);
}
function oneOf<T extends string>(o: Record<string, unknown>, k: string, allowed: readonly T[]): T {
  const v = o[k];
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v))
    throw new InvalidMessage(`${k} must be one of ${allowed.join(', ')}`);
  return v as T;
}
/** Custom list and cache files: the data layer refuses anything over its own limits. */
const MAX_FILE = 20 * 1024 * 1024;
const STATUSES = ['under-review', 'cleared', 'false-match'] as const;
const SEVERITY_NAMES = ['critical', 'high', 'medium', 'low', 'info'] as const;
/** Names of a supplier master sent to the background in one message. */
export const MAX_SCREEN_NAMES = 2_000;

const checks: { [K in MessageName]: Check<K> } = {
  scanPage(p) {
    const o = obj(p);
    const text = str(o, 'text', MAX_TEXT);
    const url = str(o, 'url', MAX_URL);
    const out: Req<'scanPage'> = { url, text };
    if (o.title !== undefined) out.title = str(o, 'title', 1_000);
    if (o.frame !== undefined) out.frame = int(o.frame, 'frame');
    if (o.document !== undefined) out.document = str(o, 'document', 100);
    if (o.part !== undefined) {
      const po = obj(o.part);
      const count = int(po.count, 'part.count');
      const index = int(po.index, 'part.index');
      if (count < 1 || count > MAX_PARTS || index >= count) throw new InvalidMessage('part out of range');
      out.part = { id: str(po, 'id', 64), index, count };
      if (text.length > PART_CHARS) throw new InvalidMessage(`a part holds at most ${PART_CHARS} characters`);
    }
    if (o.delta !== undefined) {
      if (o.delta !== true || out.part) throw new InvalidMessage('delta must be true, and only on a one-part scan');
      out.delta = true;
    }
    // A part's cells point into the whole text, which only the background assembles.
    const textLength = out.part ? MAX_TEXT : text.length;
    if (o.cells !== undefined) {
      if (!Array.isArray(o.cells) || o.cells.length > MAX_CELLS) throw new InvalidMessage('cells must be an array');
      out.cells = o.cells.map((c) => {
        const co = obj(c);
        const start = int(co.start, 'cells.start');
        const end = int(co.end, 'cells.end');
        if (end < start || end > textLength) throw new InvalidMessage('cell range outside the text');
        return { start, end, header: str(co, 'header', 200) };
      });
    }
    if (o.organisations !== undefined) {
      if (!Array.isArray(o.organisations) || o.organisations.length > MAX_ORGS)
        throw new InvalidMessage('organisations must be an array');
      out.organisations = o.organisations.map((s) => {
        if (typeof s !== 'string' || s.length > 500) throw new InvalidMessage('organisation must be a short string');
        return s;
      });
    }
    return out;
  },
  getTabFindings: (p) => ({ tabId: int(obj(p).tabId, 'tabId') }),
  lookup: (p) => ({ query: str(obj(p), 'query', 500) }),
  listSummaries: empty,
  enableSite: (p) => ({ origin: origin(obj(p)) }),
  disableSite: (p) => ({ origin: origin(obj(p)) }),
  getSites: empty,
  setListEnabled: (p) => {
    const o = obj(p);
    return { id: str(o, 'id', 200), enabled: bool(o, 'enabled') };
  },
  updateLists: (p) => {
    const o = obj(p);
    if (o.ids === undefined) return {};
    if (!Array.isArray(o.ids) || o.ids.length > 100 || !o.ids.every((x) => typeof x === 'string' && x.length <= 200))
      throw new InvalidMessage('ids must be a list of list ids');
    return { ids: o.ids as string[] };
  },
  importList: (p) => {
    const o = obj(p);
    return {
      fileName: str(o, 'fileName', 500),
      text: str(o, 'text', MAX_FILE),
      role: oneOf(o, 'role', ['watch', 'cleared'] as const),
    };
  },
  removeList: (p) => ({ id: str(obj(p), 'id', 200) }),
  exportCache: empty,
  importCache: (p) => {
    const o = obj(p);
    const out: Req<'importCache'> = { json: str(o, 'json', MAX_FILE * 5) };
    if (o.replaceBuiltin !== undefined) out.replaceBuiltin = bool(o, 'replaceBuiltin');
    if (o.dryRun !== undefined) out.dryRun = bool(o, 'dryRun');
    return out;
  },
  getSettings: empty,
  // Each setting's value is checked by the data layer's own settings validator.
  saveSettings: (p) => ({ patch: obj(obj(p).patch) }),
  setStatus: (p) => {
    const o = obj(p);
    const status = o.status === null ? null : oneOf(o, 'status', STATUSES);
    return { key: str(o, 'key', 500), status, note: optStr(o, 'note', 4_000), by: optStr(o, 'by', 200) };
  },
  getStatuses: empty,
  getHistory: (p) => {
    const o = obj(p);
    return o.limit === undefined ? {} : { limit: Math.min(int(o.limit, 'limit'), 5_000) };
  },
  clearHistory: empty,
  resetAll: empty,
  getNews: empty,
  ackNews: empty,
  getListChanges: (p) => {
    const o = obj(p);
    return o.id === undefined ? {} : { id: str(o, 'id', 200) };
  },
  getAlerts: empty,
  getFeedStatus: empty,
  checkFile: (p) => {
    const o = obj(p);
    // The file page's text has the shape of a page's: the same checks, under the file's name.
    const scan = checks.scanPage({ ...o, url: 'file:' });
    const out: Req<'checkFile'> = { fileName: str(o, 'fileName', 500), text: scan.text };
    if (scan.cells) out.cells = scan.cells;
    if (scan.part) out.part = scan.part;
    return out;
  },
  screenNames: (p) => {
    const o = obj(p);
    if (!Array.isArray(o.names) || o.names.length > MAX_SCREEN_NAMES)
      throw new InvalidMessage(`names must be a list of at most ${MAX_SCREEN_NAMES} names`);
    return {
      names: o.names.map((n) => {
        if (typeof n !== 'string' || n.length > 1_000) throw new InvalidMessage('a name must be a short string');
        return n;
      }),
    };
  },
  recordScreening: (p) => {
    const o = obj(p);
    if (
      !Array.isArray(o.keys) ||
      o.keys.length > 200_000 ||
      !o.keys.every((k) => typeof k === 'string' && k.length < 1_200)
    )
      throw new InvalidMessage('keys must be a list of short strings');
    const by = obj(o.bySeverity);
    const bySeverity: Partial<Record<Severity, number>> = {};
    for (const s of SEVERITY_NAMES) if (by[s] !== undefined) bySeverity[s] = int(by[s], `bySeverity.${s}`);
    return { fileName: str(o, 'fileName', 500), rows: int(o.rows, 'rows'), keys: o.keys as string[], bySeverity };
  },
};

/** Returns a well-formed envelope or throws InvalidMessage with a specific reason. */
export function parseEnvelope(raw: unknown): Envelope {
  const o = obj(raw);
  if (o.laborlens !== 1) throw new InvalidMessage('not a LaborLens message');
  const name = o.name;
  if (typeof name !== 'string' || !Object.hasOwn(checks, name))
    throw new InvalidMessage(`unknown message ${String(name)}`);
  const k = name as MessageName;
  return { laborlens: 1, name: k, payload: checks[k](o.payload) } as Envelope;
}
