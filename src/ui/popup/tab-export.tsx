import { findingsCsv, findingsJson } from '../../core/report/findings-report';
import type { TabFindings } from '../../shared/messages';

function save(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The tab's findings as CSV or JSON, for the sourcing file. */
export function TabExport({ tab }: { tab: TabFindings }) {
  const stem = `laborlens-findings-${tab.scannedAt.slice(0, 10)}`;
  return (
    <p class="export">
      Export these findings:{' '}
      <button type="button" onClick={() => save(`${stem}.csv`, findingsCsv(tab.url, tab.scannedAt, tab.findings), 'text/csv')}>
        CSV
      </button>{' '}
      <button type="button" onClick={() => save(`${stem}.json`, findingsJson(tab.url, tab.scannedAt, tab.findings), 'application/json')}>
        JSON
      </button>
    </p>
  );
}
