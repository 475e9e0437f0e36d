// Run-time shapes of each list's entries, mirroring types.ts. Kept as data so the validator can
// report the exact field that is wrong, and so a new field is one line here.

export type FieldSpec =
  | 'string'
  | 'nonempty'
  | 'string?'
  | 'date'
  | 'date?'
  | 'string[]'
  | 'string[]?'
  | 'boolean'
  | 'boolean?'
  | 'integer'
  | 'iso2'
  | 'iso2?'
  | 'localNames?'
  | 'sections'
  | 'string|null?'
  | { oneOf: readonly string[]; optional?: boolean }
  | { pattern: RegExp; label: string; optional?: boolean };

export type EntrySchema = Readonly<Record<string, FieldSpec>>;

const namedParty: EntrySchema = {
  id: 'nonempty',
  name: 'nonempty',
  aliases: 'string[]',
  formerNames: 'string[]?',
  localNames: 'localNames?',
  country: 'string?',
  notes: 'string?',
  date: 'date?',
};

export const ENTRY_SCHEMAS = {
  uflpa: { ...namedParty, sections: 'sections', scopeNote: 'string|null?' },
  'cbp-wro': {
    ...namedParty,
    type: { oneOf: ['WRO', 'Finding'] },
    merchandise: 'string',
    status: { oneOf: ['active', 'partially-modified', 'modified', 'revoked', 'inactive', 'superseded', 'unknown'] },
    statusAsOf: 'date?',
    liftedOn: 'date?',
    fishingVessel: 'boolean',
    scope: { oneOf: ['entity', 'region', 'country'] },
    region: { pattern: /^[A-Z]{2}-[A-Z0-9]{1,3}$/, label: 'an ISO 3166-2 code such as CN-XJ', optional: true },
    unconfirmed: 'boolean?',
  },
  'dol-tvpra': {
    good: 'nonempty',
    country: 'nonempty',
    iso2: 'iso2',
    childLabor: 'boolean',
    forcedLabor: 'boolean',
    forcedChildLabor: 'boolean',
    downstream: 'boolean',
    inputCountry: 'string?',
    inputIso2: 'iso2?',
  },
  'dol-eo13126': { product: 'nonempty', country: 'nonempty', iso2: 'iso2', uncertain: 'boolean?' },
  'tip-tiers': {
    iso2: 'iso2',
    country: 'nonempty',
    tier: { oneOf: ['Tier 1', 'Tier 2', 'Tier 2 Watch List', 'Tier 3', 'Special Case'] },
    year: 'integer',
  },
  hs: {
    code: { pattern: /^(\d{2}|\d{4}|\d{6})$/, label: '2, 4 or 6 digits' },
    level: { oneOf: ['chapter', 'heading', 'subheading'] },
    description: 'nonempty',
  },
  'hs-risk-map': {
    good: 'nonempty',
    sourceList: { oneOf: ['dol-tvpra', 'dol-eo13126', 'uflpa-sector'] },
    code: { pattern: /^(\d{2}|\d{4}|\d{6})$/, label: '2, 4 or 6 digits' },
    match: { oneOf: ['direct', 'contains'] },
    rationale: 'string',
    reference: 'string',
    weak: 'string?',
  },
  'xinjiang-places': {
    code: { pattern: /^(\d{2,12})?$/, label: 'an NBS division code or empty' },
    level: 'nonempty',
    nameZh: 'string',
    namesEn: 'string[]',
    parentCode: 'string?',
    namesZh: 'string[]?',
  },
  countries: {
    iso2: 'iso2',
    iso3: { pattern: /^[A-Z]{3}$/, label: '3 capital letters' },
    name: 'nonempty',
    nameZh: 'string?',
    aliases: 'string[]',
    ambiguousNames: 'string[]?',
  },
  'custom-watch': {
    ...namedParty,
    severity: { oneOf: ['critical', 'high', 'medium', 'low', 'info'] },
  },
  'custom-cleared': {
    ...namedParty,
    clearedBy: 'string?',
    clearedOn: 'date?',
    evidence: 'string?',
  },
} as const satisfies Record<string, EntrySchema>;

export type SchemaName = keyof typeof ENTRY_SCHEMAS;
