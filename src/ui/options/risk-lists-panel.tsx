import { t } from '../../shared/i18n';
import { useState } from 'preact/hooks';
import type { ListSummary, SettingsView, UpdateOutcome } from '../../shared/messages';
import { ListCard } from './list-card';
import { SignedFeed } from './signed-feed';
import { isLocked } from './lock-note';
import { NumberSetting } from './number-setting';
import { SettingsProblems } from './settings-problems';
import { UpdateOutcomes } from './update-outcomes';
import { errorText, useLoad, type PanelProps } from './use-load';
import { LoadNotice } from './load-notice';

interface Data {
  lists: ListSummary[];
  view: SettingsView;
}

/** Section 1: every list with its freshness, switch, feed and update button. */
export function RiskListsPanel({ client, version = 0, onChanged, now }: PanelProps & { now?: Date }) {
  const [state, reload] = useLoad<Data>(async () => {
    const [lists, view] = await Promise.all([client.lists(), client.settings()]);
    return { lists, view };
  }, [client, version]);
  const [outcomes, setOutcomes] = useState<UpdateOutcome[] | null>(null);
  const [updating, setUpdating] = useState(false);
  // The page reloads every panel (this one too) when told; alone, reload this one.
  const changed = () => (onChanged ? onChanged() : reload());

  const [updateError, setUpdateError] = useState('');
  const updateAll = async () => {
    setUpdating(true);
    setUpdateError('');
    try {
      setOutcomes(await client.updateLists());
    } catch (e) {
      setOutcomes(null);
      setUpdateError(errorText(e));
    } finally {
      setUpdating(false);
    }
    changed();
  };

  return (
    <section id="lists" class="panel" aria-labelledby="lists-h">
      <h2 id="lists-h">{t('optListsHeading')}</h2>
      <LoadNotice state={state} />
      {state.status === 'ready' && (
        <>
          <SettingsProblems problems={state.value.view.problems} />
          <div class="panel-tools">
            <NumberSetting
              client={client}
              name="freshnessThresholdDays"
              label={t('optThresholdLabel')}
              hint={t('optThresholdHint')}
              value={state.value.view.settings.freshnessThresholdDays}
              min={1}
              max={3650}
              locked={isLocked(state.value.view.locked, 'freshnessThresholdDays')}
              onSaved={changed}
            />
            <div class="update-all">
              <button type="button" class="primary" disabled={updating} onClick={updateAll}>
                {updating ? t('optUpdating') : t('optUpdateAll')}
              </button>
              <p class="hint">{t('optUpdateAllHint')}</p>
            </div>
          </div>
          {updateError && (
            <p class="error" role="alert">
              {updateError}
            </p>
          )}
          <UpdateOutcomes outcomes={outcomes} />
          <SignedFeed client={client} view={state.value.view} onSaved={changed} />
          <ul class="list-cards">
            {state.value.lists.map((l) => (
              <ListCard
                key={l.id}
                client={client}
                list={l}
                view={state.value.view}
                now={now ?? new Date()}
                onChanged={changed}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
