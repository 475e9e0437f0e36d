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
      if (!ok) throw new Error('The reset did not complete.');
      setMessage({ ok: true, text: 'Everything was reset to the bundled lists.' });
      onChanged?.();
    } catch (e) {
      setMessage({ ok: false, text: errorText(e) });
    }
  };
  return (
    <section id="reset" class="panel danger-zone" aria-labelledby="reset-h">
      <h2 id="reset-h">Reset</h2>
      <p class="hint">Go back to the lists bundled with the extension. Custom lists, feed URLs, statuses, history, sites and settings are deleted.</p>
      <ConfirmButton
        label="Reset everything…"
        question="Delete all your lists, statuses, history and settings and go back to the bundled lists? Export a backup first if you may need them."
        confirmLabel="Yes, reset everything"
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
