import { useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { JSON_TYPE, downloadText, localDate, type Download } from '../download';
import type { ImportPlanItem } from '../../shared/messages';
import { ErrorList } from './error-list';
import { FileField } from './file-field';
import { errorText, type PanelProps } from './use-load';

/** Section 7: the whole cache (lists, statuses, settings) to a file and back. */
export function BackupPanel({ client, onChanged, download = downloadText }: PanelProps & { download?: Download }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState('');
  /** A restore that would replace built-in lists waits here until the user confirms. */
  const [pending, setPending] = useState<{ text: string; name: string; plan: ImportPlanItem[] } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportNow = async () => {
    setErrors([]);
    setDone('');
    try {
      const { json } = await client.exportCache();
      const name = `laborlens-cache-${localDate()}.json`;
      download(name, json, JSON_TYPE);
      setDone(t('optBackupSaved', name));
    } catch (e) {
      setErrors([errorText(e)]);
    }
  };

  const importNow = async (e: Event) => {
    e.preventDefault();
    setErrors([]);
    setDone('');
    if (!file) return setErrors([t('optBackupChooseFile')]);
    await restore(await file.text(), file.name, false);
  };

  const restore = async (text: string, name: string, replaceBuiltin: boolean) => {
    setBusy(true);
    setPending(null);
    try {
      const r = await client.importCache(text, replaceBuiltin ? { replaceBuiltin: true } : undefined);
      if (!r.ok && r.needsConfirm && r.plan) setPending({ text, name, plan: r.plan });
      else if (!r.ok) setErrors(r.errors?.length ? r.errors : [t('optBackupUnreadable')]);
      else {
        setDone(t('optBackupRestored', name));
        setFile(null);
        if (fileInput.current) fileInput.current.value = '';
        onChanged?.();
      }
    } catch (err) {
      setErrors([errorText(err)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id="backup" class="panel" aria-labelledby="backup-h">
      <h2 id="backup-h">{t('optBackupHeading')}</h2>
      <p class="hint">{t('optBackupHint')}</p>
      <div class="row">
        <button type="button" class="export-cache" onClick={exportNow}>
          {t('optBackupExport')}
        </button>
      </div>
      <form class="import-form" onSubmit={importNow}>
        <FileField
          id="backup-file"
          label={t('optBackupFileLabel')}
          accept=".json,application/json"
          disabled={busy}
          inputRef={fileInput}
          onFile={setFile}
        />
        <button type="submit" disabled={busy || !file}>
          {busy ? t('optBackupRestoring') : t('optBackupRestore')}
        </button>
      </form>
      <p class="hint">{t('optBackupAllOrNothing')}</p>
      {pending && (
        <div class="confirm-builtin" role="alertdialog" aria-labelledby="confirm-builtin-h">
          <p id="confirm-builtin-h">
            <strong>{t('optBackupConfirmTitle')}</strong>
          </p>
          <ul>
            {pending.plan
              .filter((p) => p.builtin && p.action === 'replace')
              .map((p) => (
                <li key={p.id}>{p.summary ?? p.name}</li>
              ))}
          </ul>
          <button type="button" class="confirm-replace" onClick={() => void restore(pending.text, pending.name, true)}>
            {t('optBackupConfirm')}
          </button>{' '}
          <button type="button" onClick={() => setPending(null)}>
            {t('optCancel')}
          </button>
        </div>
      )}
      {done && (
        <p class="saved" role="status">
          {done}
        </p>
      )}
      <ErrorList title={t('optBackupErrorsTitle')} errors={errors} />
    </section>
  );
}
