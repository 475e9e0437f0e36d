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

/** Each finding with its place in the file, most severe first, then in reading order. */
export function placeFindings(findings: ShownFinding[], scan: ScanText): PlacedFinding[] {
  return findings
    .map((f) => {
      const w = whereAt(scan, f.start);
      return { ...f, where: w ? formatWhere(w) : '' };
    })
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.start - b.start);
}

interface Grouped {
  first: PlacedFinding;
  wheres: string[];
}

/**
 * One card per thing found and its severity (a supplier on every page of a long quote is one
 * card listing every place), so a 20-page quote is a short list; exports keep every occurrence.
 */
function group(findings: PlacedFinding[]): Grouped[] {
  const by = new Map<string, Grouped>();
  for (const f of findings) {
    const k = `${f.severity}\u0000${f.kind}\u0000${f.key}`;
    const g = by.get(k);
    if (g) g.wheres.push(f.where);
    else by.set(k, { first: f, wheres: [f.where] });
  }
  return [...by.values()];
}

const MAX_WHERES = 6;
const wheresText = (w: string[]) =>
  w.length <= MAX_WHERES ? w.join('; ') : `${w.slice(0, MAX_WHERES).join('; ')} and ${w.length - MAX_WHERES} more`;

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
  const groups = group(findings);
  const risky = groups.filter((g) => g.first.severity !== 'info').length;
  return (
    <section class="results quote" aria-label="Findings in the file">
      <p class="summary" role="status">
        {groups.length === 0
          ? 'Nothing found on the enabled lists.'
          : `${groups.length} finding(s), ${risky} with a risk, in ${findings.length} place(s).`}
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
        {groups.map(({ first: f, wheres }) => (
          <li class="placed" key={`${f.severity}:${f.kind}:${f.key}`}>
            <span class="where" data-where={wheres.join('; ')}>
              {wheresText(wheres)}
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
