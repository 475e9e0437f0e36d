import { t } from '../../shared/i18n';
import { useState } from 'preact/hooks';
import type { StatusInfo, SupplierStatus } from '../../shared/messages';
import { formatTime } from './format';
import { STATUSES, STATUS_LABEL } from './status-labels';

interface Props {
  info: StatusInfo;
  onSave: (status: SupplierStatus, note: string) => Promise<void>;
  onRemove: () => Promise<void>;
}

/** One supplier's status; Edit turns the row into a small form. */
export function StatusRow({ info, onSave, onRemove }: Props) {
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<SupplierStatus>(info.status);
  const [note, setNote] = useState(info.note ?? '');

  const startEdit = () => {
    setStatus(info.status);
    setNote(info.note ?? '');
    setEditing(true);
  };
  const save = async (e: Event) => {
    e.preventDefault();
    await onSave(status, note.trim());
    setEditing(false);
  };

  if (editing) {
    return (
      <tr data-key={info.key} class="editing">
        <th scope="row">{info.key}</th>
        <td colSpan={4}>
          <form class="row status-edit" onSubmit={save}>
            <select
              aria-label={t('optStatusSelectAria', info.key)}
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value as SupplierStatus)}
            >
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(STATUS_LABEL[s])}
                </option>
              ))}
            </select>
            <input
              aria-label={t('optStatusNoteAria', info.key)}
              value={note}
              placeholder={t('optStatusNotePlaceholder')}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
            <button type="submit" class="primary">
              {t('optSave')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('optCancel')}
            </button>
          </form>
        </td>
        <td />
      </tr>
    );
  }
  return (
    <tr data-key={info.key}>
      <th scope="row">{info.key}</th>
      <td>
        <span class={`status ${info.status}`}>{t(STATUS_LABEL[info.status])}</span>
      </td>
      <td>{info.note ?? ''}</td>
      <td>{info.by ?? ''}</td>
      <td>
        <time dateTime={info.at}>{formatTime(info.at)}</time>
      </td>
      <td class="actions">
        <button type="button" class="edit" onClick={startEdit} aria-label={t('optStatusEditAria', info.key)}>
          {t('optStatusEdit')}
        </button>
        <button type="button" class="remove" onClick={onRemove} aria-label={t('optStatusRemoveAria', info.key)}>
          {t('optRemove')}
        </button>
      </td>
    </tr>
  );
}
