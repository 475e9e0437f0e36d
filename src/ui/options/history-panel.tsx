import { t } from '../../shared/i18n';
import { useState } from 'preact/hooks';
import { historyColumns, historyCsv, historyLines } from '../../core';
import { sheetBlob } from '../xlsx';
import type { HistoryEntry } from '../../shared/messages';
import { CSV_TYPE, JSON_TYPE, downloadBlob, downloadText, localDate, type Download } from '../download';
import { ConfirmButton } from './confirm-button';
import { formatTime } from './format';
import { SEVERITY_NAME } from './severity-names';
import { errorText, useLoad, type PanelProps } from './use-load';
import { LoadNotice } from './load-notice';

const LEVELS = ['critical', 'high', 'medium', 'low', 'info'] as const;

function counts(h: HistoryEntry): string {
  const parts = LEVELS.filter((l) => h.findings.bySeverity[l]).map((l) =>
    t('optHistoryCount', h.findings.bySeverity[l] ?? 0, t(SEVERITY_NAME[l])),
  );
  return parts.length ? parts.join(', ') : t('optHistoryCountNone');
}

/** Section 6: the pages checked, for the sourcing file. */
export function HistoryPanel({ client, version = 0, download = downloadText }: PanelProps & { download?: Download }) {
  const [state, reload] = useLoad(() => client.history(), [client, version]);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const rows = state.status === 'ready' ? state.value : [];

  const clear = async () => {
    setError('');
    try {
      await client.clearHistory();
      setDone(t('optHistoryCleared'));
      reload();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section id="history" class="panel" aria-labelledby="history-h">
      <h2 id="history-h">{t('optHistoryHeading')}</h2>
      <p class="hint">{t('optHistoryHint')}</p>
      <div class="row">
        <button
          type="button"
          class="export-csv"
          disabled={!rows.length}
          onClick={async () => {
            // Today's decisions beside each check's own, so the file says what the team decided.
            const statuses = await client.statuses().catch(() => []);
            download(`laborlens-history-${localDate()}.csv`, historyCsv(rows, statuses), CSV_TYPE);
          }}
        >
          {t('optExportCsv')}
        </button>
        <button
          type="button"
          class="export-xlsx"
          disabled={!rows.length}
          onClick={async () => {
            setError('');
            try {
              const statuses = await client.statuses().catch(() => []);
              const blob = await sheetBlob('History', historyColumns(statuses), historyLines(rows));
              downloadBlob(`laborlens-history-${localDate()}.xlsx`, blob);
            } catch (e) {
              setError(errorText(e));
            }
          }}
        >
          {t('optExportXlsx')}
        </button>
        <button
          type="button"
          class="export-json"
          disabled={!rows.length}
          onClick={() =>
            download(`laborlens-history-${localDate()}.json`, `${JSON.stringify(rows, null, 2)}\n`, JSON_TYPE)
          }
        >
          {t('optExportJson')}
        </button>
        <ConfirmButton
          label={t('optHistoryClear')}
          question={t(rows.length === 1 ? 'optHistoryClearQuestionOne' : 'optHistoryClearQuestionMany', rows.length)}
          confirmLabel={t('optHistoryClearConfirm')}
          disabled={!rows.length}
          danger
          onConfirm={clear}
        />
      </div>
      {done && (
        <p class="saved" role="status">
          {done}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <LoadNotice state={state} />
      {state.status === 'ready' && !rows.length && <p class="muted">{t('optHistoryNone')}</p>}
      {!!rows.length && (
        <div class="table-wrap">
          <table class="history">
            <thead>
              <tr>
                <th scope="col">{t('optColWhen')}</th>
                <th scope="col">{t('optColPage')}</th>
                <th scope="col">{t('optColFindings')}</th>
                <th scope="col">{t('optColListVersions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((h, i) => {
                const versions = Object.entries(h.listVersions);
                return (
                  <tr key={h.id ?? i} class={h.alert ? 'alerted' : undefined}>
                    <td class="nowrap">
                      <time dateTime={h.at}>{formatTime(h.at)}</time>
                    </td>
                    <td class="page">
                      <span class="title">{h.title || t('optHistoryUntitled')}</span>
                      <span class="url">{h.url}</span>
                      {h.alert && (
                        <span class="history-alert" title={h.alert}>
                          <strong>{t('optHistoryAlert')}:</strong> {h.alert}
                        </span>
                      )}
                    </td>
                    <td>
                      <strong>{h.findings.total}</strong>
                      {h.findings.total ? <span class="muted"> ({counts(h)})</span> : null}
                      {Object.entries(h.findings.decisions ?? {}).map(([k, d]) => (
                        <p key={k} class="decision small">
                          <strong>{k}</strong>: {d}
                        </p>
                      ))}
                    </td>
                    <td>
                      {versions.length ? (
                        <details>
                          <summary>
                            {t(versions.length === 1 ? 'optHistoryListsOne' : 'optHistoryListsMany', versions.length)}
                          </summary>
                          <ul class="versions">
                            {versions.map(([k, v]) => (
                              <li key={k}>
                                <code>{k}</code> {v}
                              </li>
                            ))}
                          </ul>
                        </details>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
