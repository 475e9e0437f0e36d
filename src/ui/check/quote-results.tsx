// A quote's or invoice's findings, the way the popup shows a page's (why, what to do, team
// status), each with where it is in the file.
import { formatWhere, SEVERITIES, whereAt, type ScanText } from '../../core';
import type { ListSummary, ShownFinding } from '../../shared/messages';
import type { Client } from '../client';
import { FindingItem } from '../popup/finding-item';
import { exportCsv, exportXlsx, type Column } from './exports';

export interface PlacedFinding extends ShownFinding {
  where: string;
}

export function placeFindings(findings: ShownFinding[], scan: ScanText): PlacedFinding[] {
  return findings
    .map((f) => {
      const w = whereAt(scan, f.start);
      return { ...f, where: w ? formatWhere(w) : '' };
    })
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.start - b.start);
}

const COLUMNS: Column<PlacedFinding>[] = [
  { header: 'severity', value: (f) => f.severity },
  { header: 'kind', value: (f) => f.kind },
  { header: 'where', value: (f) => f.where },
  { header: 'text', value: (f) => f.text },
  { header: 'key', value: (f) => f.key },
  { header: 'list', value: (f) => f.list ?? '' },
  { header: 'score', value: (f) => f.score },
  { header: 'explanation', value: (f) => f.explanation },
  { header: 'team status', value: (f) => f.status?.status ?? '' },
  { header: 'status by', value: (f) => f.status?.by ?? '' },
  { header: 'status note', value: (f) => f.status?.note ?? '' },
];

export function QuoteResults({
  client,
  fileName,
  findings,
  hidden,
  lists,
  onStatusChanged,
}: {
  client: Client;
  fileName: string;
  findings: PlacedFinding[];
  hidden: number;
  lists: ListSummary[];
  onStatusChanged: () => void;
}) {
  const risky = findings.filter((f) => f.severity !== 'info').length;
  return (
    <section class="results quote" aria-label="Findings in the file">
      <p class="summary" role="status">
        {findings.length === 0
          ? 'Nothing found on the enabled lists.'
          : `${findings.length} finding(s), ${risky} with a risk.`}
        {hidden > 0 ? ` ${hidden} more below your sensitivity setting.` : ''}
      </p>
      <div class="actions">
        <button type="button" onClick={() => exportCsv(fileName, 'findings', findings, COLUMNS)}>
          Export CSV
        </button>{' '}
        <button type="button" onClick={() => void exportXlsx(fileName, 'findings', findings, COLUMNS)}>
          Export XLSX
        </button>
      </div>
      <ul class="findings">
        {findings.map((f) => (
          <li class="placed" key={`${f.kind}:${f.key}:${f.start}`}>
            <span class="where" data-where={f.where}>
              {f.where}
            </span>
            <ul class="one">
              <FindingItem
                client={client}
                finding={f}
                list={lists.find((l) => l.id === f.list)}
                onStatusChanged={onStatusChanged}
              />
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
