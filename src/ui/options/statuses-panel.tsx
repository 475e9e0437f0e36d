import { t } from '../../shared/i18n';
import { useState } from 'preact/hooks';
import type { SupplierStatus } from '../../shared/messages';
import { STATUSES, STATUS_LABEL, rememberBy, rememberedBy } from './status-labels';
import { StatusRow } from './status-row';
import { errorText, useLoad, type PanelProps } from './use-load';
import { LoadNotice } from './load-notice';

/** Section 5: the team's verdicts on flagged suppliers, shown beside their findings. */
export function StatusesPanel({ client, version = 0 }: PanelProps) {
  const [state, reload] = useLoad(() => client.statuses(), [client, version]);
  const [key, setKey] = useState('');
  const [status, setStatus] = useState<SupplierStatus>('under-review');
  const [note, setNote] = useState('');
  const [by, setBy] = useState(rememberedBy);
  const [error, setError] = useState('');
  const [suggestions, setSuggestions] = useState<string[]>([]);

  const run = async (f: () => Promise<{ ok: boolean; error?: string; suggestions?: string[] }>) => {
    setError('');
    setSuggestions([]);
    try {
      const res = await f();
      if (!res.ok) {
        setSuggestions(res.suggestions ?? []);
        throw new Error(res.error ?? t('optStatusSaveFailed'));
      }
      reload();
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  };

  const add = async (e: Event) => {
    e.preventDefault();
    const k = key.trim();
    if (!k) return setError(t('optStatusKeyMissing'));
    const who = by.trim();
    rememberBy(who);
    const n = note.trim();
    if (await run(() => client.setStatus({ key: k, status, ...(n ? { note: n } : {}), ...(who ? { by: who } : {}) }))) {
      setKey('');
      setNote('');
    }
  };

  const rows = state.status === 'ready' ? [...state.value].sort((a, b) => a.key.localeCompare(b.key)) : [];
  return (
    <section id="statuses" class="panel" aria-labelledby="statuses-h">
      <h2 id="statuses-h">{t('optStatusesHeading')}</h2>
      <p class="hint">{t('optStatusesHint')}</p>
      <form class="status-add" onSubmit={add}>
        <div class="field grow">
          <label for="status-key">{t('optStatusKeyLabel')}</label>
          <input
            id="status-key"
            value={key}
            required
            onInput={(e) => setKey(e.currentTarget.value)}
            placeholder={t('optStatusKeyPlaceholder', 'Hoshine Silicon Industry (Shanshan) Co., Ltd')}
          />
        </div>
        <div class="field">
          <label for="status-status">{t('optStatusStatusLabel')}</label>
          <select
            id="status-status"
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as SupplierStatus)}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(STATUS_LABEL[s])}
              </option>
            ))}
          </select>
        </div>
        <div class="field grow">
          <label for="status-note">{t('optStatusNoteLabel')}</label>
          <input
            id="status-note"
            value={note}
            required={status !== 'under-review'}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="status-by">{t('optStatusByLabel')}</label>
          <input id="status-by" value={by} required autocomplete="name" onInput={(e) => setBy(e.currentTarget.value)} />
        </div>
        <button type="submit" class="primary">
          {t('optStatusAdd')}
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!!suggestions.length && (
        <div class="suggestions">
          <p class="hint">{t('optStatusSuggestHeading')}</p>
          <ul>
            {suggestions.map((s) => (
              <li key={s}>
                <button type="button" class="suggest" onClick={() => setKey(s)}>
                  {t('optStatusSuggest', s)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <LoadNotice state={state} />
      {state.status === 'ready' && !rows.length && <p class="muted">{t('optStatusesNone')}</p>}
      {!!rows.length && (
        <div class="table-wrap">
          <table class="statuses">
            <thead>
              <tr>
                <th scope="col">{t('optColSupplier')}</th>
                <th scope="col">{t('optColStatus')}</th>
                <th scope="col">{t('optColNote')}</th>
                <th scope="col">{t('optColBy')}</th>
                <th scope="col">{t('optColWhen')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('optColActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <StatusRow
                  key={s.key}
                  info={s}
                  onSave={async (st, n) => {
                    const who = rememberedBy() || s.by;
                    await run(() =>
                      client.setStatus({
                        key: s.key,
                        status: st,
                        ...(n ? { note: n } : {}),
                        ...(who ? { by: who } : {}),
                      }),
                    );
                  }}
                  onRemove={async () => {
                    await run(() => client.setStatus({ key: s.key, status: null }));
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
