import { t } from '../../shared/i18n';
import { useState } from 'preact/hooks';
import type { ShownFinding, SupplierStatus } from '../../shared/messages';
import type { Client } from '../client';

const BY_KEY = 'laborlens.reviewer';

/** The team's decision on a flagged supplier: kept in IndexedDB, shown in place on the next scan. */
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
  const save = async (e: Event) => {
    e.preventDefault();
    if (by) localStorage.setItem(BY_KEY, by);
    await client.setStatus({ key: finding.key, status: status || null, note: note || undefined, by: by || undefined });
    setSaved(status ? t('statusSaved') : t('statusRemoved'));
    onChanged();
  };
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
        onInput={(e) => setNote((e.target as HTMLInputElement).value)}
      />
      <input
        aria-label={t('statusBy')}
        placeholder={t('statusBy')}
        value={by}
        onInput={(e) => setBy((e.target as HTMLInputElement).value)}
      />
      <button type="submit">{t('statusSave')}</button>
      {saved && <span role="status">{saved}</span>}
    </form>
  );
}
