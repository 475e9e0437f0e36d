// Typed readers for untrusted JSON values. Each names the field path in its error so a bad feed
// or file can be fixed without a debugger.
import { fail } from './parse-error';

export type JsonObject = Record<string, unknown>;

export interface Where {
  file: string;
  line: number;
  /** Field path prefix, e.g. `records[12]`. */
  path: string;
}

const at = (w: Where, key: string): string => (w.path ? `${w.path}.${key}` : key);

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) as unknown;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    // V8 reports "at position N" (or line/column in newer versions); turn a position into a line.
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : 0;
    return fail(file, line, '', `not valid JSON (${msg})`);
  }
}

export function obj(v: unknown, w: Where, key = ''): JsonObject {
  if (!isObject(v)) return fail(w.file, w.line, key ? at(w, key) : w.path, 'expected an object');
  return v;
}

export function str(o: JsonObject, key: string, w: Where): string {
  const v = o[key];
  if (typeof v !== 'string') return fail(w.file, w.line, at(w, key), `expected text, found ${describe(v)}`);
  return v;
}

export function optStr(o: JsonObject, key: string, w: Where): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') return fail(w.file, w.line, at(w, key), `expected text, found ${describe(v)}`);
  return v;
}

export function strArray(o: JsonObject, key: string, w: Where, optional = false): string[] {
  const v = o[key];
  if (v === undefined && optional) return [];
  if (!Array.isArray(v)) return fail(w.file, w.line, at(w, key), `expected a list of text, found ${describe(v)}`);
  v.forEach((item, i) => {
    if (typeof item !== 'string') fail(w.file, w.line, `${at(w, key)}[${i}]`, `expected text, found ${describe(item)}`);
  });
  return v as string[];
}

export function bool(o: JsonObject, key: string, w: Where): boolean {
  const v = o[key];
  if (typeof v !== 'boolean') return fail(w.file, w.line, at(w, key), `expected true/false, found ${describe(v)}`);
  return v;
}

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return v.length > 40 ? `"${v.slice(0, 40)}…"` : `"${v}"`;
  return typeof v;
}
