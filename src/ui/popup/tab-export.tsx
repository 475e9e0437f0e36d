import { t } from '../../shared/i18n';
import { findingsCsv, findingsJson } from '../../core';
import type { TabFindings } from '../../shared/messages';
import { CSV_TYPE, downloadText as save, JSON_TYPE } from '../download';

/** The tab's findings as CSV or JSON, for the sourcing file. */
export function TabExport({ tab }: { tab: TabFindings }) {
  const stem = `laborlens-findings-${tab.scannedAt.slice(0, 10)}`;
  return (
    <p class="export">
      {t('exportFindings')}{' '}
      <button
        type="button"
        onClick={() => save(`${stem}.csv`, findingsCsv(tab.url, tab.scannedAt, tab.findings), CSV_TYPE)}
      >
        CSV
      </button>{' '}
      <button
        type="button"
        onClick={() => save(`${stem}.json`, findingsJson(tab.url, tab.scannedAt, tab.findings), JSON_TYPE)}
      >
        JSON
      </button>
    </p>
  );
}
