// Watch and cleared lists as ERPs export them ("Supplier Name", "Vendor", extra columns, `;`,
// a BOM, Windows line ends, country names, US dates, no severity) turned into the list format the
// importer reads, with every assumption said out loud so the user confirms it before anything is
// stored. The column mapping is guessed here; the user can change it, and the UI remembers it
// per file layout (the header row).
import { detectSeparator, separatorName } from '../files/separator';
import { readCsvRecords } from './csv';
import type { CountryEntry } from './types';
import { isIsoDate } from './values';
import type { CustomRole } from './custom-list';

export const LIST_FIELDS = [
  'name',
  'aliases',
  'country',
  'notes',
  'severity',
  'cleared_by',
  'cleared_on',
  'evidence',
] as const;
export type ListField = (typeof LIST_FIELDS)[number];
/** Header (as in the file) -> the list field it fills, or '' to ignore the column. */
export type ListMapping = Record<string, ListField | ''>;

const ALIASES: Record<ListField, string[]> = {
  name: [
    'name',
    'supplier',
    'supplier name',
    'vendor',
    'vendor name',
    'company',
    'company name',
    'legal name',
    'entity',
  ],
  aliases: ['aliases', 'alias', 'aka', 'other names', 'also known as', 'trade names'],
  country: ['country', 'country code', 'country of origin', 'origin', 'land', 'nation', 'iso country'],
  notes: ['notes', 'note', 'comment', 'comments', 'remarks', 'description'],
  severity: ['severity', 'risk', 'risk level', 'risk rating', 'priority'],
  cleared_by: ['cleared_by', 'cleared by', 'approved by', 'reviewer', 'reviewed by'],
  cleared_on: [
    'cleared_on',
    'cleared on',
    'date cleared',
    'cleared date',
    'approval date',
    'approved on',
    'review date',
  ],
  evidence: ['evidence', 'proof', 'audit', 'audit report', 'certificate', 'documentation'],
};

export const FIELD_LABEL: Record<ListField, string> = {
  name: 'supplier name',
  aliases: 'other names',
  country: 'country',
  notes: 'notes',
  severity: 'severity',
  cleared_by: 'reviewer who cleared it',
  cleared_on: 'date cleared',
  evidence: 'evidence',
};

const key = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/** The field each header most likely fills; unknown columns are ignored. */
export function guessListMapping(header: readonly string[], role: CustomRole): ListMapping {
  const out: ListMapping = {};
  const used = new Set<ListField>();
  for (const h of header) {
    const k = key(h);
    const field = LIST_FIELDS.find(
      (f) => !used.has(f) && (role === 'cleared' || !f.startsWith('cleared')) && ALIASES[f].some((a) => key(a) === k),
    );
    out[h] = field ?? '';
    if (field) used.add(field);
  }
  return out;
}

/** A file layout's identity, to remember the user's mapping for the next export of it. */
export const layoutKey = (role: CustomRole, header: readonly string[]): string =>
  `${role}:${header.map(key).join('\u0001')}`;

export interface ConvertedList {
  /** The list in the importer's CSV format (comma-separated, our column names). */
  text: string;
  header: string[];
  mapping: ListMapping;
  /** What was assumed, for the user to confirm before importing. */
  assumed: string[];
}

const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Country names to ISO codes, from the countries list (name and aliases). */
export function countryResolver(entries: readonly CountryEntry[]): (value: string) => string | undefined {
  const by = new Map<string, string>();
  for (const e of entries) for (const n of [e.name, e.iso3, ...e.aliases]) by.set(n.toLowerCase(), e.iso2);
  return (v) => by.get(v.trim().toLowerCase());
}

/** 12/03/2026 (US month first unless the first number cannot be a month), 12.03.2026 (day first). */
function isoFromCommon(v: string): { iso: string; form: 'us' | 'day-first' } | null {
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [month, day] = a > 12 ? [b, a] : [a, b];
    const iso = `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return isIsoDate(iso) ? { iso, form: a > 12 ? 'day-first' : 'us' } : null;
  }
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  if (m) {
    const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    return isIsoDate(iso) ? { iso, form: 'day-first' } : null;
  }
  return null;
}

/**
 * Convert a delimited list file with `mapping` (or the guessed one). Values the importer would
 * refuse are left as they are, so its errors still name the line and the value.
 */
export function convertListFile(
  text: string,
  role: CustomRole,
  opts: { mapping?: ListMapping; country?: (value: string) => string | undefined; file?: string } = {},
): ConvertedList {
  const src = text.replace(/^\uFEFF/, '');
  const sep = detectSeparator(src) ?? ',';
  const records = readCsvRecords(src, opts.file ?? 'list', sep);
  const header = (records[0]?.values ?? []).map((h) => h.trim());
  const mapping = opts.mapping ?? guessListMapping(header, role);
  const assumed: string[] = [];
  if (text.startsWith('\uFEFF')) assumed.push('a byte-order mark (BOM) at the start was removed');
  if (sep !== ',') assumed.push(`fields are separated by ${separatorName(sep)}s`);
  if (/\r\n/.test(src)) assumed.push('Windows line ends');
  const cols = header.map((h) => mapping[h] ?? '');
  const fields = LIST_FIELDS.filter((f) => cols.includes(f));
  for (const f of fields) {
    const from = header[cols.indexOf(f)];
    if (key(from ?? '') !== key(f)) assumed.push(`column "${from}" is the ${FIELD_LABEL[f]}`);
  }
  const ignored = header.filter((_, i) => cols[i] === '');
  if (ignored.length > 0) assumed.push(`ignored column(s): ${ignored.map((h) => `"${h}"`).join(', ')}`);
  if (role === 'watch' && !fields.includes('severity')) assumed.push('no severity column: every row is "medium"');
  const countries = new Map<string, string>();
  const dates = { us: 0, dayFirst: 0 };
  const rows = records.slice(1).map((r) =>
    fields.map((f) => {
      const v = (r.values[cols.indexOf(f)] ?? '').trim();
      if (f === 'country' && v && !/^[A-Za-z]{2}$/.test(v)) {
        const code = opts.country?.(v);
        if (code) {
          countries.set(v, code);
          return code;
        }
      }
      if (f === 'cleared_on' && v && !isIsoDate(v)) {
        const d = isoFromCommon(v);
        if (d) {
          if (d.form === 'us') dates.us++;
          else dates.dayFirst++;
          return d.iso;
        }
      }
      if (f === 'severity') return v.toLowerCase();
      return v;
    }),
  );
  if (countries.size > 0)
    assumed.push(
      `country names read as codes: ${[...countries]
        .slice(0, 6)
        .map(([n, c]) => `${n} → ${c}`)
        .join(', ')}${countries.size > 6 ? ', …' : ''}`,
    );
  if (dates.us > 0) assumed.push(`${dates.us} date(s) such as 12/03/2026 read as US month/day/year (December 3)`);
  if (dates.dayFirst > 0) assumed.push(`${dates.dayFirst} date(s) read as day.month.year`);
  const lines = [fields.join(','), ...rows.map((r) => r.map(cell).join(','))];
  return { text: `${lines.join('\n')}\n`, header, mapping, assumed };
}
