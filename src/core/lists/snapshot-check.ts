// Run-time validation of any Snapshot: bundled files, update feeds, cache imports and custom
// lists all pass through here before they reach storage or the engine.
import { ENTRY_SCHEMAS, type EntrySchema, type FieldSpec, type SchemaName } from './entry-schemas';
import { describe, isObject } from './json-fields';
import { ListParseError, type ParseProblem } from './parse-error';
import { SNAPSHOT_FORMAT, type BuiltinListId, type BuiltinSnapshot, type ListId, type Snapshot } from './types';
import { isIsoDate } from './values';

export const BUILTIN_IDS: readonly BuiltinListId[] = [
  'uflpa',
  'cbp-wro',
  'dol-tvpra',
  'dol-eo13126',
  'tip-tiers',
  'hs',
  'hs-risk-map',
  'xinjiang-places',
  'countries',
];

const CUSTOM_ID = /^custom:[a-z0-9][a-z0-9-]{0,63}$/;
/** Stop collecting after this many problems: one bad column in 50,000 rows should not flood the UI. */
const MAX_PROBLEMS = 20;

export const isBuiltinId = (id: string): id is BuiltinListId => (BUILTIN_IDS as readonly string[]).includes(id);
export const isListId = (id: string): id is ListId => isBuiltinId(id) || CUSTOM_ID.test(id);

export type CheckResult<S> = { ok: true; snapshot: S } | { ok: false; errors: ParseProblem[] };

class Problems {
  readonly list: ParseProblem[] = [];
  constructor(readonly file: string) {}
  add(field: string, message: string): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push({ file: this.file, line: 0, field, message });
  }
  get full(): boolean {
    return this.list.length >= MAX_PROBLEMS;
  }
}

function checkField(v: unknown, spec: FieldSpec, path: string, p: Problems): void {
  const optional = typeof spec === 'string' ? spec.endsWith('?') : spec.optional === true;
  if (v === undefined && optional) return;
  if (typeof spec === 'object') {
    if (typeof v !== 'string') return p.add(path, `expected text, found ${describe(v)}`);
    if ('oneOf' in spec && !spec.oneOf.includes(v))
      return p.add(path, `expected one of ${spec.oneOf.join(', ')}, found ${describe(v)}`);
    if ('pattern' in spec && !spec.pattern.test(v)) return p.add(path, `expected ${spec.label}, found ${describe(v)}`);
    return;
  }
  switch (spec.replace('?', '')) {
    case 'string':
      if (typeof v !== 'string') p.add(path, `expected text, found ${describe(v)}`);
      return;
    case 'nonempty':
      if (typeof v !== 'string' || v.trim() === '') p.add(path, `expected non-empty text, found ${describe(v)}`);
      return;
    case 'string|null':
      if (v !== null && typeof v !== 'string') p.add(path, `expected text or null, found ${describe(v)}`);
      return;
    case 'date':
      if (typeof v !== 'string' || !isIsoDate(v)) p.add(path, `expected a date as YYYY-MM-DD, found ${describe(v)}`);
      return;
    case 'iso2':
      if (typeof v !== 'string' || !/^[A-Z]{2}$/.test(v))
        p.add(path, `expected an ISO 3166 alpha-2 code, found ${describe(v)}`);
      return;
    case 'boolean':
      if (typeof v !== 'boolean') p.add(path, `expected true/false, found ${describe(v)}`);
      return;
    case 'integer':
      if (typeof v !== 'number' || !Number.isInteger(v)) p.add(path, `expected a whole number, found ${describe(v)}`);
      return;
    case 'string[]':
      if (!Array.isArray(v)) return p.add(path, `expected a list of text, found ${describe(v)}`);
      v.forEach((s, i) => {
        if (typeof s !== 'string') p.add(`${path}[${i}]`, `expected text, found ${describe(s)}`);
      });
      return;
    case 'localNames':
      if (!Array.isArray(v)) return p.add(path, `expected a list, found ${describe(v)}`);
      v.forEach((l, i) => {
        if (!isObject(l)) return p.add(`${path}[${i}]`, 'expected an object');
        checkField(l['name'], 'nonempty', `${path}[${i}].name`, p);
        checkField(l['doubtful'], 'boolean?', `${path}[${i}].doubtful`, p);
        checkField(l['source'], 'string?', `${path}[${i}].source`, p);
      });
      return;
    case 'sections':
      if (!Array.isArray(v) || v.length === 0) return p.add(path, `expected a non-empty list, found ${describe(v)}`);
      v.forEach((s, i) => {
        if (!isObject(s)) return p.add(`${path}[${i}]`, 'expected an object');
        for (const k of ['section', 'citation', 'label']) checkField(s[k], 'nonempty', `${path}[${i}].${k}`, p);
        checkField(s['date'], 'date', `${path}[${i}].date`, p);
      });
      return;
    default:
      p.add(path, `internal: unknown field spec ${spec}`);
  }
}

function checkEntries(entries: unknown[], schema: EntrySchema, p: Problems): void {
  const ids = new Set<string>();
  const hasId = 'id' in schema;
  for (let i = 0; i < entries.length && !p.full; i += 1) {
    const e = entries[i];
    if (!isObject(e)) {
      p.add(`entries[${i}]`, `expected an object, found ${describe(e)}`);
      continue;
    }
    for (const [key, spec] of Object.entries(schema)) checkField(e[key], spec, `entries[${i}].${key}`, p);
    if (hasId && typeof e['id'] === 'string') {
      if (ids.has(e['id'])) p.add(`entries[${i}].id`, `duplicate id "${e['id']}"`);
      ids.add(e['id']);
    }
  }
}

function checkMeta(meta: unknown, p: Problems): string | undefined {
  if (!isObject(meta)) {
    p.add('meta', `expected an object, found ${describe(meta)}`);
    return undefined;
  }
  const id = meta['id'];
  if (typeof id !== 'string' || !isListId(id))
    p.add('meta.id', `expected a list id (${BUILTIN_IDS.join(', ')} or custom:<slug>), found ${describe(id)}`);
  for (const k of ['name', 'publisher']) checkField(meta[k], 'nonempty', `meta.${k}`, p);
  checkField(meta['sourceUrl'], 'string', 'meta.sourceUrl', p);
  checkField(meta['asOf'], 'date', 'meta.asOf', p);
  checkField(meta['license'], 'string?', 'meta.license', p);
  checkField(meta['caveats'], 'string[]?', 'meta.caveats', p);
  return typeof id === 'string' ? id : undefined;
}

function schemaFor(id: string, role: unknown, p: Problems): EntrySchema | undefined {
  if (isBuiltinId(id)) {
    if (role !== undefined) p.add('role', 'only custom lists have a role');
    return ENTRY_SCHEMAS[id];
  }
  if (role !== 'watch' && role !== 'cleared') {
    p.add('role', `custom lists need role "watch" or "cleared", found ${describe(role)}`);
    return undefined;
  }
  const name: SchemaName = role === 'watch' ? 'custom-watch' : 'custom-cleared';
  return ENTRY_SCHEMAS[name];
}

/** Validate any snapshot; collects up to 20 specific problems. `expectedId` guards feeds against a wrong list. */
export function checkSnapshot(value: unknown, file: string, expectedId?: ListId): CheckResult<Snapshot> {
  const p = new Problems(file);
  if (!isObject(value)) {
    p.add('', `expected a snapshot object, found ${describe(value)}`);
    return { ok: false, errors: p.list };
  }
  if (value['format'] !== SNAPSHOT_FORMAT)
    p.add('format', `expected ${SNAPSHOT_FORMAT}, found ${describe(value['format'])}`);
  const id = checkMeta(value['meta'], p);
  if (expectedId !== undefined && id !== undefined && id !== expectedId)
    p.add('meta.id', `expected list "${expectedId}", found "${id}"`);
  const entries = value['entries'];
  if (!Array.isArray(entries)) p.add('entries', `expected a list, found ${describe(entries)}`);
  const schema = id !== undefined && isListId(id) ? schemaFor(id, value['role'], p) : undefined;
  if (schema && Array.isArray(entries)) checkEntries(entries, schema, p);
  if (p.list.length > 0) return { ok: false, errors: p.list };
  return { ok: true, snapshot: value as unknown as Snapshot };
}

/** Throwing form for build scripts and loaders; the error lists every problem found. */
export function assertSnapshot(value: unknown, file: string, expectedId?: ListId): Snapshot {
  const r = checkSnapshot(value, file, expectedId);
  if (r.ok) return r.snapshot;
  const first = r.errors[0] as ParseProblem;
  const err = new ListParseError(first);
  if (r.errors.length > 1)
    err.message += ` (and ${r.errors.length - 1} more: ${r.errors
      .slice(1, 4)
      .map((e) => `${e.field}: ${e.message}`)
      .join('; ')})`;
  throw err;
}

export function assertBuiltinSnapshot<K extends BuiltinListId>(
  value: unknown,
  file: string,
  id: K,
): BuiltinSnapshot<K> {
  return assertSnapshot(value, file, id) as BuiltinSnapshot<K>;
}
