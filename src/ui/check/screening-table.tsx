// A supplier master screened row by row: best match, list, score, severity, why and the team's
// status; sortable, filterable by severity, shown a page at a time so a 10,000-row file never
// renders 10,000 rows at once.
import { useMemo, useState } from 'preact/hooks';
import { SEVERITIES, type Severity, type SupplierRow } from '../../core';
import type { ScreenedName } from '../../shared/messages';
import { exportCsv, exportXlsx, type Column } from './exports';

export interface ScreenedRow extends SupplierRow {
  result: ScreenedName;
}

type SortKey = 'at' | 'name' | 'match' | 'list' | 'score' | 'severity';
const PAGE = 100;
const sevRank = (s: Severity | null) => (s === null ? SEVERITIES.length : SEVERITIES.indexOf(s));

const COMPARE: Record<SortKey, (a: ScreenedRow, b: ScreenedRow) => number> = {
  at: (a, b) => a.at - b.at,
  name: (a, b) => a.name.localeCompare(b.name),
  match: (a, b) => (a.result.matches[0]?.name ?? '~').localeCompare(b.result.matches[0]?.name ?? '~'),
  list: (a, b) => (a.result.matches[0]?.list ?? '~').localeCompare(b.result.matches[0]?.list ?? '~'),
  score: (a, b) => (b.result.matches[0]?.score ?? -1) - (a.result.matches[0]?.score ?? -1),
  severity: (a, b) => sevRank(a.result.severity) - sevRank(b.result.severity) || a.at - b.at,
};

export const SCREEN_COLUMNS: Column<ScreenedRow>[] = [
  { header: 'row', value: (r) => r.at },
  { header: 'supplier', value: (r) => r.name },
  { header: 'severity', value: (r) => r.result.severity ?? 'no match' },
  { header: 'best match', value: (r) => r.result.matches[0]?.name ?? '' },
  { header: 'list', value: (r) => r.result.matches[0]?.list ?? '' },
  { header: 'score', value: (r) => r.result.matches[0]?.score ?? '' },
  { header: 'why', value: (r) => r.result.matches[0]?.why ?? '' },
  { header: 'explanation', value: (r) => r.result.explanation },
  { header: 'team status', value: (r) => r.result.status?.status ?? '' },
  { header: 'status by', value: (r) => r.result.status?.by ?? '' },
];

export function ScreeningTable({
  fileName,
  rows,
  total,
  running,
  onCancel,
}: {
  fileName: string;
  rows: ScreenedRow[];
  total: number;
  running: boolean;
  onCancel: () => void;
}) {
  const [sort, setSort] = useState<SortKey>('severity');
  const [only, setOnly] = useState<Severity | 'matched' | 'all'>('all');
  const [page, setPage] = useState(0);
  const shown = useMemo(() => {
    const kept =
      only === 'all'
        ? rows
        : only === 'matched'
          ? rows.filter((r) => r.result.severity !== null)
          : rows.filter((r) => r.result.severity === only);
    return [...kept].sort(COMPARE[sort]);
  }, [rows, sort, only]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const at = Math.min(page, pages - 1);
  const matched = rows.filter((r) => r.result.severity !== null).length;
  const head = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort === key ? (key === 'score' ? 'descending' : 'ascending') : 'none'}>
      <button type="button" class="sort" onClick={() => (setSort(key), setPage(0))}>
        {label}
      </button>
    </th>
  );
  return (
    <section class="results screening" aria-label="Screening of the supplier list">
      {running ? (
        <div class="progress-row">
          <progress max={total} value={rows.length} aria-label="Screening progress" />
          <span role="status">
            {rows.length.toLocaleString('en')} of {total.toLocaleString('en')} screened
          </span>{' '}
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      ) : (
        <p class="summary" role="status">
          {rows.length.toLocaleString('en')} suppliers screened{rows.length < total ? ' (cancelled)' : ''}:{' '}
          {matched.toLocaleString('en')} close to a list entry.
        </p>
      )}
      <div class="actions">
        <label>
          Show{' '}
          <select
            value={only}
            onChange={(e) => (setOnly(e.currentTarget.value as typeof only), setPage(0))}
            aria-label="Filter by severity"
          >
            <option value="all">all rows</option>
            <option value="matched">matched rows</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" disabled={running} onClick={() => exportCsv(fileName, 'screening', rows, SCREEN_COLUMNS)}>
          Export CSV
        </button>{' '}
        <button
          type="button"
          disabled={running}
          onClick={() => void exportXlsx(fileName, 'screening', rows, SCREEN_COLUMNS)}
        >
          Export XLSX
        </button>
      </div>
      <table class="screen-table">
        <thead>
          <tr>
            {head('at', 'Row')}
            {head('name', 'Supplier')}
            {head('severity', 'Severity')}
            {head('match', 'Best match')}
            {head('list', 'List')}
            {head('score', 'Score')}
            <th scope="col">Why</th>
            <th scope="col">Team status</th>
          </tr>
        </thead>
        <tbody>
          {shown.slice(at * PAGE, (at + 1) * PAGE).map((r) => {
            const m = r.result.matches[0];
            return (
              <tr key={r.at} class={r.result.severity ?? 'none'} data-severity={r.result.severity ?? 'none'}>
                <td>{r.at}</td>
                <td class="name">{r.name}</td>
                <td>
                  <span class={`sev ${r.result.severity ?? 'none'}`}>{r.result.severity ?? 'no match'}</span>
                </td>
                <td class="match">{m?.name ?? ''}</td>
                <td>{m?.list ?? ''}</td>
                <td>{m ? m.score.toFixed(2) : ''}</td>
                <td class="why">
                  {m && (
                    <details>
                      <summary>{m.why}</summary>
                      <p>{r.result.explanation}</p>
                    </details>
                  )}
                </td>
                <td>
                  {r.result.status
                    ? `${r.result.status.status.replace('-', ' ')}${r.result.status.by ? ` (${r.result.status.by})` : ''}`
                    : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {pages > 1 && (
        <nav class="pager" aria-label="Pages of rows">
          <button type="button" disabled={at === 0} onClick={() => setPage(at - 1)}>
            Previous
          </button>{' '}
          <span>
            page {at + 1} of {pages}
          </span>{' '}
          <button type="button" disabled={at >= pages - 1} onClick={() => setPage(at + 1)}>
            Next
          </button>
        </nav>
      )}
    </section>
  );
}
