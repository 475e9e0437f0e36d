import { t } from '../../shared/i18n';
import { useEffect, useState } from 'preact/hooks';
import type { SettingsValues } from '../../shared/messages';
import type { Client } from '../client';
import { LockNote } from './lock-note';
import { errorText } from './use-load';

type NumberKey = 'freshnessThresholdDays' | 'updateIntervalHours';

interface Props {
  client: Client;
  name: NumberKey;
  label: string;
  hint: string;
  value: number;
  min: number;
  max: number;
  locked: boolean;
  onSaved: () => void;
}

/** A whole-number setting with its own Save button and the background's verdict. */
export function NumberSetting({ client, name, label, hint, value, min, max, locked, onSaved }: Props) {
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const id = `setting-${name}`;

  const save = async (e: Event) => {
    e.preventDefault();
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max)
      return setMessage({ ok: false, text: t('optNumberRange', min, max) });
    try {
      const { problems } = await client.saveSettings({ [name]: n } as Partial<SettingsValues>);
      if (problems.length) return setMessage({ ok: false, text: problems.map((p) => p.message).join('; ') });
      setMessage({ ok: true, text: t('optSaved') });
      onSaved();
    } catch (err) {
      setMessage({ ok: false, text: errorText(err) });
    }
  };

  return (
    <form class="number-setting" onSubmit={save}>
      <label for={id}>
        {label} <LockNote locked={locked} />
      </label>
      <div class="row">
        <input
          id={id}
          name={name}
          type="number"
          min={min}
          max={max}
          step={1}
          value={text}
          readOnly={locked}
          aria-describedby={`${id}-hint`}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" disabled={locked}>
          {t('optSave')}
        </button>
        {message && (
          <span class={message.ok ? 'saved' : 'error'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </span>
        )}
      </div>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
    </form>
  );
}
