// CBP Withhold Release Orders and Findings (cbp_wro_findings.csv): one WroEntry per row.
import { BUILTIN_META } from './builtin-meta';
import { wroAliases } from './cbp-wro-aliases';
import { readCsv, type CsvRow } from '../core';
import { fail } from '../core';
import { IdAllocator, slugify } from '../core';
import { SNAPSHOT_FORMAT, type BuiltinSnapshot, type WroEntry, type WroStatus } from '../core';
import { isIsoDate, isoDate, ISO2, oneOf, yesNo } from '../core';

const COLUMNS = [
  'effective_date',
  'country_code',
  'fishing_vessel',
  'entity',
  'merchandise',
  'status',
  'status_as_of',
  'type',
  'note',
] as const;

const STATUS: Readonly<Record<string, WroStatus>> = {
  Active: 'active',
  'Partially Modified': 'partially-modified',
  Modified: 'modified',
  Revoked: 'revoked',
  Superseded: 'superseded',
  Inactive: 'inactive',
  // Kingtom: CBP's own wording. The order is not lifted (litigation pending), so no liftedOn.
  'Inactive-Pending Litigation': 'inactive',
  Unknown: 'unknown',
};

/** Orders on a whole region or country rather than on a named party; keyed by CBP's entity text. */
function scopeOf(entity: string, country: string): Pick<WroEntry, 'scope' | 'region'> {
  if (/^Xinjiang Uyghur Autonomous Region\b/.test(entity)) return { scope: 'region', region: 'CN-XJ' };
  if (/^All Turkmenistan Cotton\b/.test(entity) && country === 'TM') return { scope: 'country' };
  if (/^Tobacco produced in Malawi\b/.test(entity) && country === 'MW') return { scope: 'country' };
  // "Artisanal Small Mines" names no party: the order covers artisanal gold from eastern DRC, a
  // region with no single ISO 3166-2 code, so scope is region without a code.
  if (/^Artisanal Small Mines$/.test(entity) && country === 'CD') return { scope: 'region' };
  return { scope: 'entity' };
}

/** Date the order stopped being enforced, when it has been lifted. */
function liftedOn(status: WroStatus, rawStatus: string, statusAsOf: string, note: string): string | undefined {
  if (status === 'modified' || status === 'revoked' || status === 'superseded')
    return isIsoDate(statusAsOf) ? statusAsOf : undefined;
  if (status === 'inactive' && rawStatus === 'Inactive') {
    // FGV: CBP lists it as Inactive; the release gives the date from which goods are admitted.
    const m = /no longer detained from (\d{4}-\d{2}-\d{2})/.exec(note);
    return m?.[1];
  }
  return undefined;
}

function toEntry(row: CsvRow, file: string, usedIds: IdAllocator): WroEntry {
  const get = (c: (typeof COLUMNS)[number]): string => row.get(c).trim();
  const line = row.line;
  const date = isoDate(get('effective_date'), file, line, 'effective_date');
  const entity = get('entity');
  if (entity === '') fail(file, line, 'entity', 'must not be empty');
  const country = get('country_code');
  if (country !== '' && !ISO2.test(country))
    fail(file, line, 'country_code', `expected an ISO 3166 alpha-2 code, found "${country}"`);
  const fishingVessel = yesNo(get('fishing_vessel'), file, line, 'fishing_vessel');
  const rawStatus = get('status');
  // Own keys only: "toString" or "constructor" in the status column is an unknown status.
  const status = Object.hasOwn(STATUS, rawStatus) ? STATUS[rawStatus] : undefined;
  if (!status)
    return fail(file, line, 'status', `unknown status "${rawStatus}" (expected ${Object.keys(STATUS).join(', ')})`);
  const statusAsOf = get('status_as_of');
  const note = get('note');
  const id = usedIds.take(`${date}-${slugify(entity, 48)}`);
  const entry: WroEntry = {
    id,
    name: entity,
    aliases: wroAliases(entity),
    type: oneOf(get('type'), ['WRO', 'Finding'] as const, file, line, 'type'),
    merchandise: get('merchandise'),
    status,
    fishingVessel,
    ...scopeOf(entity, country),
    date,
  };
  if (country) entry.country = country;
  if (isIsoDate(statusAsOf)) entry.statusAsOf = statusAsOf;
  const lifted = liftedOn(status, rawStatus, statusAsOf, note);
  if (lifted) entry.liftedOn = lifted;
  const notes = [
    rawStatus === 'Inactive-Pending Litigation' ? 'CBP status: Inactive, pending litigation (not lifted).' : '',
    note,
  ]
    .filter(Boolean)
    .join(' ');
  if (notes) entry.notes = notes;
  // PROVENANCE flags Central Romana (status Unknown) as unconfirmed; any row whose note says so too.
  if (status === 'unknown' || /\bunconfirmed\b/i.test(note)) {
    entry.unconfirmed = true;
    entry.notes =
      `Status unconfirmed: the order is absent from CBP's 2026 lists but no notice lifting it was found. ${entry.notes ?? ''}`.trim();
  }
  return entry;
}

export function parseCbpWro(input: { file: string; text: string }): BuiltinSnapshot<'cbp-wro'> {
  const { file, text } = input;
  const table = readCsv(text, file, COLUMNS);
  if (table.rows.length === 0) fail(file, 0, '', 'no rows');
  const used = new IdAllocator();
  return {
    format: SNAPSHOT_FORMAT,
    meta: { ...BUILTIN_META['cbp-wro'] },
    entries: table.rows.map((r) => toEntry(r, file, used)),
  };
}
