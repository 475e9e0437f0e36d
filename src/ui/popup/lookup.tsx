import { t } from '../../shared/i18n';
import { useState } from 'preact/hooks';
import type { Res } from '../../shared/messages';
import type { Client } from '../client';

/** A sourcing manager checks a name or an HS code from a quote. */
export function Lookup({ client }: { client: Client }) {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<Res<'lookup'> | null>(null);
  const [error, setError] = useState('');
  const run = async (e: Event) => {
    e.preventDefault();
    setError('');
    try {
      setResult(await client.lookup(query));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <form class="lookup" onSubmit={run}>
      <label for="q">{t('lookupLabel')}</label>
      <div class="row">
        <input
          id="q"
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          placeholder={t('lookupPlaceholder')}
        />
        <button type="submit">{t('lookupButton')}</button>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {result && <Results result={result} />}
    </form>
  );
}

function Results({ result }: { result: Res<'lookup'> }) {
  const near = result.near ?? [];
  const other = result.findings.filter((f) => f.kind !== 'supplier');
  return (
    <div class="results" aria-live="polite">
      {result.names.length > 0 && (
        <>
          <h2 class="results-h">{t('lookupMatchesHeading')}</h2>
          <ol class="names">
            {result.names.map((m) => (
              <li key={`${m.list}:${m.entryId}`} data-list={m.list}>
                <strong>{m.name}</strong> {t('lookupMatch', m.list, m.score.toFixed(2), m.why)}
              </li>
            ))}
          </ol>
        </>
      )}
      {near.length > 0 && (
        <>
          <h2 class="results-h">{t('lookupNearHeading')}</h2>
          <ol class="near">
            {near.map((m) => (
              <li key={`${m.list}:${m.entryId}`} data-list={m.list}>
                <strong>{m.name}</strong> {t('lookupNear', m.list, m.score.toFixed(2), m.why)}
              </li>
            ))}
          </ol>
        </>
      )}
      {other.length > 0 && (
        <ul class="codes">
          {other.map((f) => (
            <li key={`${f.kind}:${f.key}`} class={f.severity}>
              {f.severity}: {f.explanation}
            </li>
          ))}
        </ul>
      )}
      {!result.names.length && !near.length && !other.length && <p class="none">{t('lookupNone')}</p>}
    </div>
  );
}
