// The engine's public surface, shared by the service worker, the CLI and the tests.
import type { ListId, Severity } from '../lists/types';

export type FindingKind = 'supplier' | 'hs' | 'origin';

/** A pointer to the list entry behind a finding, so UIs can cite it. */
export interface FindingRef {
  list: ListId;
  entryId: string;
  /** Entry name / good / order as the list gives it. */
  label: string;
  date?: string;
  /** Free text the list gives: section label, merchandise, status, rationale. */
  detail?: string;
}

export interface Finding {
  kind: FindingKind;
  /** The text as it stands on the page (a slice of the scanned text). */
  text: string;
  /** Flag contract: supplier -> primary name as listed; hs -> digits; origin -> ISO 3166 (CN-XJ). */
  key: string;
  severity: Severity;
  /** Plain language; cites the list entry and its date. */
  explanation: string;
  /** The list that gave the highest-severity reason, or null when only detected. */
  list: ListId | null;
  /** 0..1 confidence of the detection/match. */
  score: number;
  /** Why it matched, e.g. "alias, legal form differs". */
  why: string;
  /** Offsets into the scanned text, [start, end). */
  start: number;
  end: number;
  refs: FindingRef[];
}

/** Structural hints the caller found in markup (table columns, JSON-LD). Offsets into the text. */
export interface ScanHints {
  /** Cells of a table column, with the column's header text (Supplier, HS Code, Origin...). */
  cells?: { start: number; end: number; header: string }[];
  /** Organisation names from JSON-LD or seller metadata (not part of the visible text). */
  organisations?: string[];
}

export interface NameMatch {
  /** The matched entry's primary name exactly as its list gives it. */
  name: string;
  list: ListId;
  entryId: string;
  score: number;
  why: string;
}

export interface Engine {
  /** Scan flattened page text. Block boundaries are '\n'; a name may span them. */
  scan(text: string, hints?: ScanHints): Finding[];
  /** Screen a single supplier name against every name list (CLI `screen`, popup lookup). */
  screen(name: string): NameMatch[];
  /**
   * Listed entries close to a name that `screen` does not match (a partial name, a distinctive
   * word, a typo), best first, each with why; scores stay below every match's. For look-ups only.
   */
  nearest(name: string, limit?: number): NameMatch[];
}
