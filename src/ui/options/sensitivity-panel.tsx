import { useState } from 'preact/hooks';
import type { SettingsView } from '../../shared/messages';
import type { Severity } from '../../core/lists/types';
import { LockNote, isLocked } from './lock-note';
import { NumberSetting } from './number-setting';
import { errorText, useLoad, type PanelProps } from './use-load';

export const LEVELS: readonly { level: Severity; meaning: string }[] = [
  { level: 'critical', meaning: 'Supplier on the UFLPA Entity List or named in a CBP order in force: goods are stopped at US ports.' },
  { level: 'high', meaning: 'Goods placed in Xinjiang, or goods and country on a US forced or child labour list.' },
  { level: 'medium', meaning: 'A high-priority sector from China or of unknown origin, or a Tier 3 trafficking country: trace the supply chain.' },
  { level: 'low', meaning: 'Weak signals, such as a CBP order whose current status is unknown.' },
  { level: 'info', meaning: 'Context only: lifted orders and suppliers your team has cleared.' },
];

/** Section 3: the lowest severity drawn in pages, and how often feeds are checked. */
export function SensitivityPanel({ client, version = 0, onChanged }: PanelProps) {
  const [state, reload] = useLoad<SettingsView>(() => client.settings(), [client, version]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const changed = () => (onChanged ? onChanged() : reload());

  const choose = async (level: Severity) => {
    setMessage(null);
    try {
      const { problems } = await client.saveSettings({ minimumSeverity: level });
      if (problems.length) return setMessage({ ok: false, text: problems.map((p) => p.message).join('; ') });
      setMessage({ ok: true, text: `Saved: pages show ${level === 'info' ? 'everything' : `${level} and above`}.` });
      changed();
    } catch (e) {
      setMessage({ ok: false, text: errorText(e) });
    }
  };

  return (
    <section id="sensitivity" class="panel" aria-labelledby="sensitivity-h">
      <h2 id="sensitivity-h">Sensitivity</h2>
      {state.status === 'loading' && <p class="muted">Loading…</p>}
      {state.status === 'error' && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <fieldset class="levels" disabled={isLocked(state.value.locked, 'minimumSeverity')}>
            <legend>
              Lowest severity to flag in pages <LockNote locked={isLocked(state.value.locked, 'minimumSeverity')} />
            </legend>
            {LEVELS.map(({ level, meaning }) => (
              <label key={level} class="level">
                <input type="radio" name="minimumSeverity" value={level} checked={state.value.settings.minimumSeverity === level} onChange={() => choose(level)} />
                <span class={`sev ${level}`}>{level}</span>
                <span class="meaning">{meaning}</span>
              </label>
            ))}
          </fieldset>
          <p class="hint">Findings below this level are counted in the popup but not drawn in the page.</p>
          {message && (
            <p class={message.ok ? 'saved' : 'error'} role={message.ok ? 'status' : 'alert'}>
              {message.text}
            </p>
          )}
          <NumberSetting
            client={client}
            name="updateIntervalHours"
            label="Check update feeds every (hours)"
            hint="Lists with an update URL are fetched in the background at this interval (1 to 720 hours)."
            value={state.value.settings.updateIntervalHours}
            min={1}
            max={720}
            locked={isLocked(state.value.locked, 'updateIntervalHours')}
            onSaved={changed}
          />
        </>
      )}
    </section>
  );
}
