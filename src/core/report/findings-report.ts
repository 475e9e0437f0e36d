// Findings and check history as CSV and JSON files for the sourcing file.
import type { Finding } from '../engine/engine-api';
import { toCsv } from './csv';

export interface ReportFinding extends Finding {
  status?: { status: string; note?: string; by?: string; at: string };
}

export function findingsCsv(url: string, scannedAt: string, findings: readonly ReportFinding[]): string {
  return toCsv(findings, [
    { header: 'page', value: () => url },
    { header: 'scanned_at', value: () => scannedAt },
    { header: 'severity', value: (f) => f.severity },
    { header: 'kind', value: (f) => f.kind },
    { header: 'key', value: (f) => f.key },
    { header: 'text_on_page', value: (f) => f.text },
    { header: 'list', value: (f) => f.list ?? '' },
    { header: 'score', value: (f) => f.score.toFixed(2) },
    { header: 'explanation', value: (f) => f.explanation },
    { header: 'team_status', value: (f) => f.status?.status ?? '' },
    { header: 'status_by', value: (f) => f.status?.by ?? '' },
    { header: 'status_at', value: (f) => f.status?.at ?? '' },
    { header: 'status_note', value: (f) => f.status?.note ?? '' },
  ]);
}

export function findingsJson(url: string, scannedAt: string, findings: readonly ReportFinding[]): string {
  const rows = findings.map(({ kind, text, key, severity, explanation, list, score, why, refs, status }) => ({
    kind,
    text,
    key,
    severity,
    explanation,
    list,
    score,
    why,
    refs,
    status,
  }));
  return `${JSON.stringify({ page: url, scannedAt, findings: rows }, null, 2)}\n`;
}

export interface HistoryRecord {
  url: string;
  title: string;
  at: string;
  findings: { total: number; bySeverity: Partial<Record<string, number>>; keys: string[] };
  listVersions: Record<string, string>;
}

export function historyCsv(rows: readonly HistoryRecord[]): string {
  return toCsv(rows, [
    { header: 'checked_at', value: (r) => r.at },
    { header: 'page', value: (r) => r.url },
    { header: 'title', value: (r) => r.title },
    { header: 'findings', value: (r) => r.findings.total },
    { header: 'critical', value: (r) => r.findings.bySeverity.critical ?? 0 },
    { header: 'high', value: (r) => r.findings.bySeverity.high ?? 0 },
    { header: 'medium', value: (r) => r.findings.bySeverity.medium ?? 0 },
    { header: 'low', value: (r) => r.findings.bySeverity.low ?? 0 },
    { header: 'keys', value: (r) => r.findings.keys.join('; ') },
    {
      header: 'list_versions',
      value: (r) =>
        Object.entries(r.listVersions)
          .map(([k, v]) => `${k}=${v}`)
          .join('; '),
    },
  ]);
}
