import { useState } from 'preact/hooks';
import { errorText, useLoad, type PanelProps } from './use-load';

/** Section 4: sites the user turned on from the popup. */
export function SitesPanel({ client, version = 0 }: PanelProps) {
  const [state, reload] = useLoad(() => client.sites(), [client, version]);
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
      <h2 id="sites-h">Sites</h2>
      <p class="hint">
        The built-in sourcing sites (such as Alibaba, 1688, Made-in-China, Global Sources, IndiaMART and Thomasnet) are always checked. Turn
        LaborLens on for other sites from its popup while you are on them.
      </p>
      {state.status === 'loading' && <p class="muted">Loading…</p>}
      {state.status === 'error' && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {state.status === 'ready' && !state.value.origins.length && <p class="muted">You have not turned on any other site.</p>}
      {state.status === 'ready' && !!state.value.origins.length && (
        <ul class="sites">
          {state.value.origins.map((o) => (
            <li key={o} data-origin={o}>
              <code>{o}</code>
              <button type="button" class="remove" onClick={() => remove(o)} aria-label={`Stop checking ${o}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
