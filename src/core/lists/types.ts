// The contract between the data layer (which builds, stores and updates list snapshots) and the
// engine (which compiles them into indexes and rules). A snapshot file in public/data/<id>.json and
// an update feed share this exact shape (documented in README "List snapshot format").

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** List ids are part of the public contract: never rename one. */
export type BuiltinListId =
  | 'uflpa'
  | 'cbp-wro'
  | 'dol-tvpra'
  | 'dol-eo13126'
  | 'tip-tiers'
  | 'hs'
  | 'hs-risk-map'
  | 'xinjiang-places'
  | 'countries';
/** Custom lists use ids of the form `custom:<slug>`. */
export type ListId = BuiltinListId | `custom:${string}`;

export const SNAPSHOT_FORMAT = 1;

export interface ListMeta {
  id: ListId;
  name: string;
  publisher: string;
  sourceUrl: string;
  /** ISO date (YYYY-MM-DD) of the publication the data reflects. */
  asOf: string;
  license?: string;
  /** Known gaps and doubts, shown to users verbatim. */
  caveats?: string[];
}

// ---- Entry shapes, one per list kind ----

/** A party that can be named on a page: UFLPA entities, WRO entities, custom watchlists. */
export interface NamedParty {
  /** Stable id within its list (e.g. the UFLPA entity_key). */
  id: string;
  /** Primary name exactly as the list gives it (the flag contract's data-key). */
  name: string;
  aliases: string[];
  /** Names the source marks as former names. */
  formerNames?: string[];
  /** Names in Chinese (or other scripts) with a flag for doubtful forms. */
  localNames?: { name: string; doubtful?: boolean; source?: string }[];
  country?: string;
  notes?: string;
  date?: string;
}

export interface UflpaEntry extends NamedParty {
  sections: { section: string; citation: string; label: string; date: string }[];
  scopeNote?: string | null;
}

export type WroStatus =
  'active' | 'partially-modified' | 'modified' | 'revoked' | 'inactive' | 'superseded' | 'unknown';
export interface WroEntry extends NamedParty {
  type: 'WRO' | 'Finding';
  merchandise: string;
  status: WroStatus;
  statusAsOf?: string;
  /** Date the order was modified/revoked, when it was lifted. */
  liftedOn?: string;
  fishingVessel: boolean;
  /** Region- or country-wide order (no single entity): e.g. Xinjiang cotton. */
  scope: 'entity' | 'region' | 'country';
  /** For scope region: ISO 3166-2 code such as CN-XJ. */
  region?: string;
  /** True where PROVENANCE.md records a doubt about this row. */
  unconfirmed?: boolean;
}

export interface CustomEntry extends NamedParty {
  severity: Severity;
}

export interface ClearedEntry extends NamedParty {
  clearedBy?: string;
  clearedOn?: string;
  evidence?: string;
}

export interface TvpraEntry {
  good: string;
  country: string; // as DOL spells it
  iso2: string;
  childLabor: boolean;
  forcedLabor: boolean;
  forcedChildLabor: boolean;
  downstream: boolean;
  inputCountry?: string;
  inputIso2?: string;
}

export interface Eo13126Entry {
  product: string;
  country: string;
  iso2: string;
  uncertain?: boolean;
}

export interface TipEntry {
  iso2: string;
  country: string;
  tier: 'Tier 1' | 'Tier 2' | 'Tier 2 Watch List' | 'Tier 3' | 'Special Case';
  year: number;
}

export interface HsEntry {
  code: string; // 2, 4 or 6 digits, as text
  level: 'chapter' | 'heading' | 'subheading';
  description: string;
}

export interface HsRiskEntry {
  good: string; // DOL good name, or "UFLPA: <sector>"
  sourceList: 'dol-tvpra' | 'dol-eo13126' | 'uflpa-sector';
  code: string;
  match: 'direct' | 'contains';
  rationale: string;
  reference: string;
  /** Set where the curated row is a shared bucket or low-confidence; told to the user. */
  weak?: string;
}

export interface PlaceEntry {
  code: string; // NBS division code, or '' for GeoNames-only places
  level: string;
  nameZh: string;
  /** English forms: pinyin and common English spellings (Kashgar/Kashi...). */
  namesEn: string[];
  parentCode?: string;
  /** Other Chinese forms (short names without 市/县/地区, e.g. 新疆, 喀什). Added by the data layer. */
  namesZh?: string[];
}

export interface CountryEntry {
  iso2: string;
  iso3: string;
  name: string;
  nameZh?: string;
  /** Common alternative names (Latin script and Chinese), curated to avoid ordinary words. */
  aliases: string[];
  /** Names of this country (among name/aliases) that are also ordinary words or other places
   * (Georgia, Jordan, Chad, Turkey ...): match them only with context. Added by the data layer. */
  ambiguousNames?: string[];
}

export interface EntryByList {
  uflpa: UflpaEntry;
  'cbp-wro': WroEntry;
  'dol-tvpra': TvpraEntry;
  'dol-eo13126': Eo13126Entry;
  'tip-tiers': TipEntry;
  hs: HsEntry;
  'hs-risk-map': HsRiskEntry;
  'xinjiang-places': PlaceEntry;
  countries: CountryEntry;
}

export interface Snapshot<E = unknown> {
  format: typeof SNAPSHOT_FORMAT;
  meta: ListMeta;
  /** For custom lists: 'watch' (flag these) or 'cleared' (remediated/cleared suppliers). */
  role?: 'watch' | 'cleared';
  entries: E[];
}

export type BuiltinSnapshot<K extends BuiltinListId> = Snapshot<EntryByList[K]>;

/** Everything the engine needs, as the data layer hands it over. Missing lists are simply absent. */
export interface RiskData {
  builtin: { [K in BuiltinListId]?: BuiltinSnapshot<K> };
  custom: Snapshot<CustomEntry | ClearedEntry>[];
}
