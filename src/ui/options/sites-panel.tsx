import { t } from '../../shared/i18n';
import { useState } from 'preact/hooks';
import { errorText, useLoad, type PanelProps } from './use-load';
import { LoadNotice } from './load-notice';
import { LockNote } from './lock-note';

/** Section 4: sites the user turned on from the popup. */
export function SitesPanel({ client, version = 0 }: PanelProps) {
  const [state, reload] = useLoad(async () => {
    const [sites, view] = await Promise.all([client.sites(), client.settings()]);
    return { ...sites, policy: view.locked.includes('enabledSites') ? view.settings.enabledSites : [] };
  }, [client, version]);
  const [error, setError] = useState('');

  const remove = async (origin: string) => {
    setError('');
    try {
      await client.disableSite(origin);
      reload();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section id="sites" class="panel" aria-labelledby="sites-h">
      <h2 id="sites-h">{t('optSitesHeading')}</h2>
      <p class="hint">{t('optSitesHint')}</p>
      <LoadNotice state={state} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {state.status === 'ready' && state.value.policy.length > 0 && (
        <div class="policy-sites">
          <p>
            {t('optSitesPolicy')} <LockNote locked />
          </p>
          <ul>
            {state.value.policy.map((p) => (
              <li key={p}>
                <code>{p}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.status === 'ready' && !state.value.origins.length && <p class="muted">{t('optSitesNone')}</p>}
      {state.status === 'ready' && !!state.value.origins.length && (
        <ul class="sites">
          {state.value.origins.map((o) => (
            <li key={o} data-origin={o}>
              <code>{o}</code>
              <button type="button" class="remove" onClick={() => remove(o)} aria-label={t('optSiteRemoveAria', o)}>
                {t('optRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
