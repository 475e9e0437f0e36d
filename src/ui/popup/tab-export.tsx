import { t } from '../../shared/i18n';
import { findingsCsv, findingsJson } from '../../core';
import type { ListSummary, ShownFinding, TabFindings } from '../../shared/messages';
import { CSV_TYPE, downloadText as save, JSON_TYPE } from '../download';

/** Every finding of the tab, those below the sensitivity included (marked), in display order. */
export const exportRows = (tab: TabFindings): ShownFinding[] => [
  ...tab.findings,
  ...(tab.belowFindings ?? []).map((f) => ({ ...f, below: true })),
];

/** The tab's findings as CSV or JSON, for the sourcing file. */
export function TabExport({ tab, lists = [] }: { tab: TabFindings; lists?: ListSummary[] }) {
  const stem = `laborlens-findings-${tab.scannedAt.slice(0, 10)}`;
  return (
    <p class="export">
      {t('exportFindings')}{' '}
      <button
        type="button"
        onClick={() => save(`${stem}.csv`, findingsCsv(tab.url, tab.scannedAt, exportRows(tab), lists), CSV_TYPE)}
      >
        CSV
      </button>{' '}
      <button
        type="button"
        onClick={() => save(`${stem}.json`, findingsJson(tab.url, tab.scannedAt, exportRows(tab), lists), JSON_TYPE)}
      >
        JSON
      </button>
    </p>
  );
}
