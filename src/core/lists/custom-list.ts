// User-supplied watch lists and cleared-supplier lists (CSV or JSON), checked before anything is
// stored: the import either yields a whole valid snapshot or a list of specific problems.
import { readCsvRecords } from './csv';
import { isObject } from './json-fields';
import { ListParseError, type ParseProblem } from './parse-error';
import { IdAllocator, slugify } from './slug';
import { checkSnapshot } from './snapshot-check';
import {
  SEVERITIES,
  SNAPSHOT_FORMAT,
  type ClearedEntry,
  type CustomEntry,
  type Severity,
  type Snapshot,
} from './types';
import { isIsoDate } from './values';

export type CustomRole = 'watch' | 'cleared';
export type CustomListResult =
  { ok: true; snapshot: Snapshot<CustomEntry | ClearedEntry> } | { ok: false; errors: ParseProblem[] };

/**
 * How big a list may be. The browser holds every list and its index in the service worker and a
 * message carries the file: 250,000 names (about 40 MB of index and snapshot, measured by the
 * bench) is the cap there. The CLI holds one list set per run and takes 1,000,000.
 */
export interface ListLimits {
  maxRows: number;
  maxBytes: number;
  /** Where the limit applies, for the error message ("in the browser"). */
  where: string;
}
export const BROWSER_LIMITS: ListLimits = { maxRows: 250_000, maxBytes: 40 * 1024 * 1024, where: 'in the browser' };
export const CLI_LIMITS: ListLimits = { maxRows: 1_000_000, maxBytes: 160 * 1024 * 1024, where: 'in the CLI' };
export const MAX_CUSTOM_BYTES = BROWSER_LIMITS.maxBytes;
export const MAX_CUSTOM_ROWS = BROWSER_LIMITS.maxRows;
const MAX_ERRORS = 20;

const COMMON = ['name', 'aliases', 'country', 'notes'] as const;
const COLUMNS: Record<CustomRole, readonly string[]> = {
  watch: [...COMMON, 'severity'],
  cleared: [...COMMON, 'severity', 'cleared_by', 'cleared_on', 'evidence'],
};
const REQUIRED: Record<CustomRole, readonly string[]> = { watch: ['name'], cleared: ['name'] };
/**
 * Severity of a watchlist row that gives none: the team put the supplier on its own list, so it is
 * shown (above the default sensitivity) without claiming a statutory listing.
 */
export const DEFAULT_WATCH_SEVERITY: Severity = 'medium';
/** JSON rows may use camelCase. */
const JSON_KEYS: Readonly<Record<string, string>> = { clearedBy: 'cleared_by', clearedOn: 'cleared_on' };

type Row = { line: number; get: (col: string) => unknown };

class Problems {
  readonly list: ParseProblem[] = [];
  constructor(readonly file: string) {}
  add(line: number, field: string, message: string): void {
    if (this.list.length < MAX_ERRORS) this.list.push({ file: this.file, line, field, message });
  }
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Problems with the file as a whole: size, encoding, emptiness. */
function checkText(text: string, p: Problems, limits: ListLimits): boolean {
  if (text.length > limits.maxBytes || utf8Length(text) > limits.maxBytes) {
    p.add(
      0,
      '',
      `file is larger than ${limits.maxBytes / 1024 / 1024} MB, the most a list may be ${limits.where}: split it into smaller lists`,
    );
    return false;
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    p.add(lineAt(text, nul), '', 'file contains NUL bytes: it is binary or UTF-16; save it as UTF-8 CSV or JSON');
    return false;
  }
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    p.add(lineAt(text, bad), '', 'file is not valid UTF-8 (replacement character found): save it as UTF-8');
    return false;
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    p.add(0, '', 'file is empty');
    return false;
  }
  return true;
}

const lineAt = (text: string, index: number): number => text.slice(0, index).split('\n').length;

function csvRows(text: string, role: CustomRole, p: Problems): Row[] | null {
  let records;
  try {
    records = readCsvRecords(text, p.file);
  } catch (e) {
    if (e instanceof ListParseError) p.add(e.line, e.field, e.toProblem().message);
    else throw e;
    return null;
  }
  const header = records[0];
  if (!header) {
    p.add(0, '', 'file is empty');
    return null;
  }
  const cols = header.values.map((h) => h.trim().toLowerCase());
  const unknown = cols.filter((c) => !COLUMNS[role].includes(c));
  if (unknown.length > 0)
    p.add(
      header.line,
      unknown.join(', '),
      `unknown column(s) ${unknown.map((c) => `"${c}"`).join(', ')}; a ${role} list has ${COLUMNS[role].join(', ')}`,
    );
  const missing = REQUIRED[role].filter((c) => !cols.includes(c));
  if (missing.length > 0) p.add(header.line, missing.join(', '), `missing column(s): ${missing.join(', ')}`);
  if (p.list.length > 0) return null;
  return records.slice(1).map((rec) => {
    if (rec.values.length !== cols.length)
      p.add(rec.line, '', `expected ${cols.length} fields, found ${rec.values.length}`);
    return {
      line: rec.line,
      get: (c: string) => {
        const i = cols.indexOf(c);
        return i >= 0 ? rec.values[i] : undefined;
      },
    };
  });
}

function jsonRows(value: unknown[], role: CustomRole, p: Problems): Row[] {
  return value.map((item, i) => {
    const line = i + 1;
    if (!isObject(item)) {
      p.add(line, `[${i}]`, 'expected an object with at least "name"');
      return { line, get: () => undefined };
    }
    const keys = Object.keys(item).map((k) => (Object.hasOwn(JSON_KEYS, k) ? JSON_KEYS[k]! : k));
    const unknown = keys.filter((k) => !COLUMNS[role].includes(k) && k !== 'id');
    if (unknown.length > 0)
      p.add(
        line,
        `[${i}].${unknown[0]}`,
        `unknown field(s) ${unknown.join(', ')}; a ${role} list has ${COLUMNS[role].join(', ')}`,
      );
    return { line, get: (c: string) => item[c] ?? item[Object.keys(JSON_KEYS).find((k) => JSON_KEYS[k] === c) ?? ''] };
  });
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

function toEntry(row: Row, role: CustomRole, ids: IdAllocator, p: Problems): CustomEntry | ClearedEntry | null {
  const name = text(row.get('name'));
  if (!name) {
    p.add(row.line, 'name', 'must not be empty');
    return null;
  }
  const rawAliases = row.get('aliases');
  const aliases = Array.isArray(rawAliases)
    ? rawAliases
        .filter((a): a is string => typeof a === 'string')
        .map((a) => a.trim())
        .filter(Boolean)
    : text(rawAliases)
        .split(/[;|]/)
        .map((a) => a.trim())
        .filter(Boolean);
  const id = ids.take(slugify(name));
  // Built field by field in the order the entry is stored and shown (id, name, aliases, country,
  // notes, then the role's fields): spreading optional parts cost a tenth of a 100,000-row import.
  const entry: Record<string, unknown> = { id, name, aliases: aliases.filter((a) => a !== name) };
  const country = text(row.get('country')).toUpperCase();
  if (country && !/^[A-Z]{2}$/.test(country))
    p.add(row.line, 'country', `expected an ISO 3166 alpha-2 code such as CN, found "${country}"`);
  if (country) entry.country = country;
  const notes = text(row.get('notes'));
  if (notes) entry.notes = notes;
  const given = text(row.get('severity')).toLowerCase();
  const severity = given || (role === 'watch' ? DEFAULT_WATCH_SEVERITY : '');
  if (severity) {
    if (!(SEVERITIES as readonly string[]).includes(severity))
      p.add(row.line, 'severity', `expected one of ${SEVERITIES.join(', ')}, found "${severity}"`);
  }
  if (role === 'watch') {
    entry.severity = severity as Severity;
    return entry as unknown as CustomEntry;
  }
  const clearedOn = text(row.get('cleared_on'));
  if (clearedOn && !isIsoDate(clearedOn))
    p.add(row.line, 'cleared_on', `expected a date as YYYY-MM-DD, found "${clearedOn}"`);
  const cleared = entry as unknown as ClearedEntry;
  const by = text(row.get('cleared_by'));
  const evidence = text(row.get('evidence'));
  if (by) cleared.clearedBy = by;
  if (clearedOn) cleared.clearedOn = clearedOn;
  if (evidence) cleared.evidence = evidence;
  return cleared;
}

export function customListId(fileName: string): `custom:${string}` {
  return `custom:${slugify(fileName.replace(/\.[a-z0-9]+$/i, ''), 48)}`;
}

/**
 * Parse a user's CSV or JSON list. `now` sets asOf (defaults to today); the list id is derived
 * from the file name (custom:<slug>).
 */
export function parseCustomList(
  fileName: string,
  input: string,
  role: CustomRole,
  now: Date = new Date(),
  limits: ListLimits = BROWSER_LIMITS,
): CustomListResult {
  const p = new Problems(fileName);
  if (!checkText(input, p, limits)) return { ok: false, errors: p.list };
  const src = input.replace(/^\uFEFF/, '');
  const looksJson = /^\s*[[{]/.test(src);
  let rows: Row[] | null;
  if (looksJson) {
    let value: unknown;
    try {
      value = JSON.parse(src) as unknown;
    } catch (e) {
      return {
        ok: false,
        errors: [
          {
            file: fileName,
            line: 0,
            field: '',
            message: `not valid JSON (${e instanceof Error ? e.message : String(e)})`,
          },
        ],
      };
    }
    if (isObject(value)) return fromSnapshot(value, fileName, role, limits);
    if (!Array.isArray(value))
      return {
        ok: false,
        errors: [
          { file: fileName, line: 0, field: '', message: 'expected a JSON array of entries or a list snapshot object' },
        ],
      };
    if (value.length > limits.maxRows) return tooMany(fileName, '', value.length, 'rows', limits);
    rows = jsonRows(value, role, p);
  } else {
    rows = csvRows(src, role, p);
  }
  if (rows === null || p.list.length > 0) return { ok: false, errors: p.list };
  if (rows.length === 0)
    return { ok: false, errors: [{ file: fileName, line: 0, field: '', message: 'the list has no rows' }] };
  if (rows.length > limits.maxRows) return tooMany(fileName, '', rows.length, 'rows', limits);
  const ids = new IdAllocator();
  const entries = rows.map((r) => toEntry(r, role, ids, p)).filter((e): e is CustomEntry | ClearedEntry => e !== null);
  if (p.list.length > 0) return { ok: false, errors: p.list };
  const name = fileName.replace(/\.[a-z0-9]+$/i, '');
  const snapshot: Snapshot<CustomEntry | ClearedEntry> = {
    format: SNAPSHOT_FORMAT,
    meta: {
      id: customListId(fileName),
      name,
      publisher: role === 'watch' ? 'Your watch list' : 'Your cleared suppliers',
      sourceUrl: '',
      asOf: now.toISOString().slice(0, 10),
    },
    role,
    entries,
  };
  return { ok: true, snapshot };
}

function tooMany(file: string, field: string, n: number, what: string, limits: ListLimits): CustomListResult {
  const message = `the list has ${n} ${what}; at most ${limits.maxRows} are allowed ${limits.where}: split it into smaller lists`;
  return { ok: false, errors: [{ file, line: 0, field, message }] };
}

function fromSnapshot(
  value: Record<string, unknown>,
  fileName: string,
  role: CustomRole,
  limits: ListLimits,
): CustomListResult {
  const r = checkSnapshot(value, fileName);
  if (!r.ok) return r;
  const s = r.snapshot as Snapshot<CustomEntry | ClearedEntry>;
  if (!s.meta.id.startsWith('custom:'))
    return {
      ok: false,
      errors: [
        { file: fileName, line: 0, field: 'meta.id', message: `expected a custom:<name> id, found "${s.meta.id}"` },
      ],
    };
  if (s.role !== role)
    return {
      ok: false,
      errors: [
        { file: fileName, line: 0, field: 'role', message: `this is a ${s.role ?? '?'} list, imported as ${role}` },
      ],
    };
  if (s.entries.length > limits.maxRows) return tooMany(fileName, 'entries', s.entries.length, 'entries', limits);
  return { ok: true, snapshot: s };
}
