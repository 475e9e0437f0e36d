// Findings and check history as CSV and JSON files for the sourcing file: one row per finding,
// with the list it came from (name, as-of date, source), the verdict and what to do, and the
// team's decision (status, reviewer, evidence or reason).
import type { Finding } from '../engine/engine-api';
import { guidanceFor } from '../risk/guidance';
import { toCsv, type CsvValue } from './csv';

export interface ReportFinding extends Finding {
  status?: { status: string; note?: string; by?: string; at: string };
  /** Below the user's sensitivity: not drawn on the page. */
  below?: boolean;
}

/** What a report says about a list: enough to find the edition the finding was judged against. */
export interface ReportList {
  id: string;
  name: string;
  asOf: string;
  sourceUrl?: string;
  publisher?: string;
}

const only = (url: string | undefined): string => (url && /^https?:\/\//i.test(url) ? url : '');

/** The columns every finding row has, shared by the CSV and the XLSX export. */
export function findingColumns(
  url: string,
  scannedAt: string,
  lists: readonly ReportList[] = [],
): { header: string; value: (f: ReportFinding) => CsvValue }[] {
  const byId = new Map(lists.map((l) => [l.id, l]));
  const list = (f: ReportFinding) => (f.list ? byId.get(f.list) : undefined);
  return [
    { header: 'page', value: () => url },
    { header: 'scanned_at', value: () => scannedAt },
    { header: 'shown', value: (f) => (f.below ? 'below sensitivity (not drawn)' : 'yes') },
    { header: 'severity', value: (f) => f.severity },
    { header: 'kind', value: (f) => f.kind },
    { header: 'key', value: (f) => f.key },
    { header: 'text_on_page', value: (f) => f.text },
    { header: 'list', value: (f) => f.list ?? '' },
    { header: 'list_name', value: (f) => list(f)?.name ?? '' },
    { header: 'list_as_of', value: (f) => list(f)?.asOf ?? '' },
    { header: 'list_source', value: (f) => only(list(f)?.sourceUrl) },
    { header: 'score', value: (f) => f.score.toFixed(2) },
    { header: 'verdict', value: (f) => guidanceFor(f).title },
    { header: 'explanation', value: (f) => f.explanation },
    { header: 'action', value: (f) => guidanceFor(f).steps[0] ?? '' },
    { header: 'team_status', value: (f) => f.status?.status ?? '' },
    { header: 'reviewer', value: (f) => f.status?.by ?? '' },
    { header: 'evidence_or_reason', value: (f) => f.status?.note ?? '' },
    { header: 'decided_at', value: (f) => f.status?.at ?? '' },
  ];
}

export function findingsCsv(
  url: string,
  scannedAt: string,
  findings: readonly ReportFinding[],
  lists: readonly ReportList[] = [],
): string {
  return toCsv(findings, findingColumns(url, scannedAt, lists));
}

export function findingsJson(
  url: string,
  scannedAt: string,
  findings: readonly ReportFinding[],
  lists: readonly ReportList[] = [],
): string {
  const byId = new Map(lists.map((l) => [l.id, l]));
  const rows = findings.map(({ kind, text, key, severity, explanation, list, score, why, refs, status, below }) => {
    const l = list ? byId.get(list) : undefined;
    return {
      kind,
      text,
      key,
      severity,
      shown: !below,
      explanation,
      list,
      ...(l ? { listAsOf: l.asOf, listSource: only(l.sourceUrl) } : {}),
      score,
      why,
      verdict: guidanceFor({ kind, key, list, severity }).title,
      refs,
      status,
    };
  });
  return `${JSON.stringify({ page: url, scannedAt, findings: rows }, null, 2)}\n`;
}

export interface HistoryRecord {
  url: string;
  title: string;
  at: string;
  findings: {
    total: number;
    bySeverity: Partial<Record<string, number>>;
    keys: string[];
    decisions?: Record<string, string>;
  };
  listVersions: Record<string, string>;
}

export interface HistoryStatus {
  key: string;
  status: string;
  note?: string;
  by?: string;
  at: string;
}

export interface HistoryLine {
  check: HistoryRecord;
  severity: string;
  kind: string;
  key: string;
}

/** One line per finding of each check (a check with none is one line). */
export function historyLines(rows: readonly HistoryRecord[]): HistoryLine[] {
  return rows.flatMap((check) => {
    const keys = check.findings.keys.map((k) => {
      const [severity = '', kind = '', ...rest] = k.split(':');
      return { check, severity, kind, key: rest.join(':') };
    });
    return keys.length ? keys : [{ check, severity: '', kind: '', key: '' }];
  });
}

/** History columns, with the team's decisions then (at the check) and now. */
export function historyColumns(
  statuses: readonly HistoryStatus[] = [],
): { header: string; value: (r: HistoryLine) => CsvValue }[] {
  const now = new Map(statuses.map((s) => [s.key, s]));
  return [
    { header: 'checked_at', value: (r) => r.check.at },
    { header: 'page', value: (r) => r.check.url },
    { header: 'title', value: (r) => r.check.title },
    { header: 'findings_on_page', value: (r) => r.check.findings.total },
    { header: 'severity', value: (r) => r.severity },
    { header: 'kind', value: (r) => r.kind },
    { header: 'key', value: (r) => r.key },
    { header: 'decision_at_check', value: (r) => r.check.findings.decisions?.[r.key] ?? '' },
    { header: 'team_status_now', value: (r) => now.get(r.key)?.status ?? '' },
    { header: 'reviewer', value: (r) => now.get(r.key)?.by ?? '' },
    { header: 'evidence_or_reason', value: (r) => now.get(r.key)?.note ?? '' },
    { header: 'decided_at', value: (r) => now.get(r.key)?.at ?? '' },
    {
      header: 'list_versions',
      value: (r) =>
        Object.entries(r.check.listVersions)
          .map(([k, v]) => `${k}=${v}`)
          .join('; '),
    },
  ];
}

/** One row per finding of each check (a check with none is one row), with the team's decisions. */
export function historyCsv(rows: readonly HistoryRecord[], statuses: readonly HistoryStatus[] = []): string {
  return toCsv(historyLines(rows), historyColumns(statuses));
}
