import { t } from '../../shared/i18n';
import { findingColumns, findingsCsv, findingsJson } from '../../core';
import { useState } from 'preact/hooks';
import type { ListSummary, ShownFinding, TabFindings } from '../../shared/messages';
import { CSV_TYPE, downloadBlob, downloadText as save, JSON_TYPE } from '../download';
import { sheetBlob } from '../xlsx';

/** Every finding of the tab, those below the sensitivity included (marked), in display order. */
export const exportRows = (tab: TabFindings): ShownFinding[] => [
  ...tab.findings,
  ...(tab.belowFindings ?? []).map((f) => ({ ...f, below: true })),
];

/** The tab's findings as CSV or JSON, for the sourcing file. */
export function TabExport({ tab, lists = [] }: { tab: TabFindings; lists?: ListSummary[] }) {
  const stem = `laborlens-findings-${tab.scannedAt.slice(0, 10)}`;
  const [error, setError] = useState('');
  const xlsx = async () => {
    setError('');
    try {
      const cols = findingColumns(tab.url, tab.scannedAt, lists);
      downloadBlob(`${stem}.xlsx`, await sheetBlob('Findings', cols, exportRows(tab)));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
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
      </button>{' '}
      <button type="button" onClick={xlsx}>
        XLSX
      </button>
      {error && (
        <span class="error" role="alert">
          {error}
        </span>
      )}
    </p>
  );
}
