import { t } from '../../shared/i18n';
import { useState } from 'preact/hooks';
import type { ShownFinding, SupplierStatus } from '../../shared/messages';
import type { Client } from '../client';

const BY_KEY = 'laborlens.reviewer';

/** The team's decision on a listed supplier: kept in IndexedDB, in the popup and exports at once, in place on the next scan. */
export function StatusControl({
  client,
  finding,
  onChanged,
}: {
  client: Client;
  finding: ShownFinding;
  onChanged: () => void;
}) {
  const [status, setStatus] = useState<SupplierStatus | ''>(finding.status?.status ?? '');
  const [note, setNote] = useState(finding.status?.note ?? '');
  const [by, setBy] = useState(finding.status?.by ?? localStorage.getItem(BY_KEY) ?? '');
  const [saved, setSaved] = useState('');
  const [error, setError] = useState('');
  const save = async (e: Event) => {
    e.preventDefault();
    setSaved('');
    setError('');
    if (by) localStorage.setItem(BY_KEY, by);
    try {
      const res = await client.setStatus({
        key: finding.key,
        status: status || null,
        note: note.trim() || undefined,
        by: by.trim() || undefined,
      });
      if (!res.ok) return setError(res.error ?? t('optStatusSaveFailed'));
    } catch (err) {
      return setError(err instanceof Error ? err.message : String(err));
    }
    setSaved(status ? t('statusSaved') : t('statusRemoved'));
    onChanged();
  };
  // A decision needs a reviewer, and evidence or a reason unless it is only "under review".
  const needsNote = status === 'cleared' || status === 'false-match';
  const id = `st-${finding.key.replace(/[^a-z0-9]/gi, '').slice(0, 40)}`;
  return (
    <form class="status-form" onSubmit={save} aria-label={t('statusFormLabel', finding.key)}>
      <label for={`${id}-s`}>{t('statusLabel')}</label>
      <select
        id={`${id}-s`}
        value={status}
        onChange={(e) => setStatus((e.target as HTMLSelectElement).value as SupplierStatus | '')}
      >
        <option value="">{t('statusNone')}</option>
        <option value="under-review">{t('statusUnderReview')}</option>
        <option value="cleared">{t('statusCleared')}</option>
        <option value="false-match">{t('statusFalseMatch')}</option>
      </select>
      <input
        aria-label={t('statusNote')}
        placeholder={t('statusNote')}
        value={note}
        required={needsNote}
        onInput={(e) => setNote((e.target as HTMLInputElement).value)}
      />
      <input
        aria-label={t('statusBy')}
        placeholder={t('statusBy')}
        value={by}
        required={status !== ''}
        autocomplete="name"
        onInput={(e) => setBy((e.target as HTMLInputElement).value)}
      />
      <button type="submit">{t('statusSave')}</button>
      {saved && <span role="status">{saved}</span>}
      {error && (
        <span class="error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
