import { t } from '../../shared/i18n';
import { useState } from 'preact/hooks';
import { ConfirmButton } from './confirm-button';
import { errorText, type PanelProps } from './use-load';

/** Section 8: back to the bundled lists, with everything the user added gone. */
export function ResetPanel({ client, onChanged }: PanelProps) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const reset = async () => {
    setMessage(null);
    try {
      const { ok } = await client.resetAll();
      if (!ok) throw new Error(t('optResetIncomplete'));
      setMessage({ ok: true, text: t('optResetDone') });
      onChanged?.();
    } catch (e) {
      setMessage({ ok: false, text: errorText(e) });
    }
  };
  return (
    <section id="reset" class="panel danger-zone" aria-labelledby="reset-h">
      <h2 id="reset-h">{t('optResetHeading')}</h2>
      <p class="hint">{t('optResetHint')}</p>
      <ConfirmButton
        label={t('optResetButton')}
        question={t('optResetQuestion')}
        confirmLabel={t('optResetConfirm')}
        danger
        onConfirm={reset}
      />
      {message && (
        <p class={message.ok ? 'saved' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
