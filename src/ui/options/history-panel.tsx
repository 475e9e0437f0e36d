import { useState } from 'preact/hooks';
import { historyCsv } from '../../core/report/findings-report';
import type { HistoryEntry } from '../../shared/messages';
import { CSV_TYPE, JSON_TYPE, downloadText, localDate, type Download } from '../download';
import { ConfirmButton } from './confirm-button';
import { formatTime } from './format';
import { errorText, useLoad, type PanelProps } from './use-load';

const LEVELS = ['critical', 'high', 'medium', 'low', 'info'] as const;

function counts(h: HistoryEntry): string {
  const parts = LEVELS.filter((l) => h.findings.bySeverity[l]).map((l) => `${h.findings.bySeverity[l]} ${l}`);
  return parts.length ? parts.join(', ') : 'none';
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
      setDone('History cleared.');
      reload();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section id="history" class="panel" aria-labelledby="history-h">
      <h2 id="history-h">History of checks</h2>
      <p class="hint">Every page LaborLens checked in this browser, with the list versions used. It never leaves this computer unless you export it.</p>
      <div class="row">
        <button type="button" class="export-csv" disabled={!rows.length} onClick={() => download(`laborlens-history-${localDate()}.csv`, historyCsv(rows), CSV_TYPE)}>
          Export CSV
        </button>
        <button
          type="button"
          class="export-json"
          disabled={!rows.length}
          onClick={() => download(`laborlens-history-${localDate()}.json`, `${JSON.stringify(rows, null, 2)}\n`, JSON_TYPE)}
        >
          Export JSON
        </button>
        <ConfirmButton
          label="Clear history"
          question={`Delete all ${rows.length} checks from the history? This cannot be undone.`}
          confirmLabel="Yes, clear history"
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
      {state.status === 'loading' && <p class="muted">Loading…</p>}
      {state.status === 'error' && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && !rows.length && <p class="muted">No pages checked yet.</p>}
      {!!rows.length && (
        <div class="table-wrap">
          <table class="history">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Page</th>
                <th scope="col">Findings</th>
                <th scope="col">List versions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((h, i) => {
                const versions = Object.entries(h.listVersions);
                return (
                  <tr key={h.id ?? i}>
                    <td class="nowrap">
                      <time dateTime={h.at}>{formatTime(h.at)}</time>
                    </td>
                    <td class="page">
                      <span class="title">{h.title || '(untitled)'}</span>
                      <span class="url">{h.url}</span>
                    </td>
                    <td>
                      <strong>{h.findings.total}</strong>
                      {h.findings.total ? <span class="muted"> ({counts(h)})</span> : null}
                    </td>
                    <td>
                      {versions.length ? (
                        <details>
                          <summary>{versions.length} lists</summary>
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
