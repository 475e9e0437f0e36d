import { t, type MessageKey } from '../../shared/i18n';
import { useState } from 'preact/hooks';
import type { SettingsView } from '../../shared/messages';
import type { Severity } from '../../core';
import { LockNote, isLocked } from './lock-note';
import { NumberSetting } from './number-setting';
import { SEVERITY_NAME } from './severity-names';
import { errorText, useLoad, type PanelProps } from './use-load';
import { LoadNotice } from './load-notice';

export const LEVELS: readonly { level: Severity; meaning: MessageKey }[] = [
  { level: 'critical', meaning: 'optLevelCritical' },
  { level: 'high', meaning: 'optLevelHigh' },
  { level: 'medium', meaning: 'optLevelMedium' },
  { level: 'low', meaning: 'optLevelLow' },
  { level: 'info', meaning: 'optLevelInfo' },
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
      setMessage({
        ok: true,
        text: level === 'info' ? t('optLevelSavedAll') : t('optLevelSavedAbove', t(SEVERITY_NAME[level])),
      });
      changed();
    } catch (e) {
      setMessage({ ok: false, text: errorText(e) });
    }
  };

  return (
    <section id="sensitivity" class="panel" aria-labelledby="sensitivity-h">
      <h2 id="sensitivity-h">{t('optSensitivityHeading')}</h2>
      <LoadNotice state={state} />
      {state.status === 'ready' && (
        <>
          <fieldset class="levels" disabled={isLocked(state.value.locked, 'minimumSeverity')}>
            <legend>
              {t('optLevelsLegend')} <LockNote locked={isLocked(state.value.locked, 'minimumSeverity')} />
            </legend>
            {LEVELS.map(({ level, meaning }) => (
              <label key={level} class="level">
                <input
                  type="radio"
                  name="minimumSeverity"
                  value={level}
                  checked={state.value.settings.minimumSeverity === level}
                  onChange={() => choose(level)}
                />
                <span class={`sev ${level}`}>{t(SEVERITY_NAME[level])}</span>
                <span class="meaning">{t(meaning)}</span>
              </label>
            ))}
          </fieldset>
          <p class="hint">{t('optLevelsHint')}</p>
          {message && (
            <p class={message.ok ? 'saved' : 'error'} role={message.ok ? 'status' : 'alert'}>
              {message.text}
            </p>
          )}
          <NumberSetting
            client={client}
            name="updateIntervalHours"
            label={t('optIntervalLabel')}
            hint={t('optIntervalHint')}
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
