import { KIND_LABEL, t } from '../../shared/i18n';
import { guidanceFor } from '../../core';
import type { ListSummary, ShownFinding } from '../../shared/messages';
import type { Client } from '../client';
import { StatusControl } from './status-control';
import { safeHttpUrl } from '../../shared/safe-url';

/** Decisions are kept on listed names (a status on any other name would change nothing). */
const NAME_LISTS = /^(uflpa|cbp-wro|custom:.*)$/;

/** One finding: a summary line that opens to why it was flagged and what to do next. */
export function FindingItem({
  client,
  finding: f,
  list,
  onStatusChanged,
}: {
  client: Client;
  finding: ShownFinding;
  list?: ListSummary;
  onStatusChanged: () => void;
}) {
  const g = guidanceFor(f);
  return (
    <li class={`finding ${f.severity}`} data-kind={f.kind} data-severity={f.severity} data-key={f.key}>
      <details>
        <summary>
          <span class={`sev ${f.severity}`}>{f.severity}</span> <span class="kind">{t(KIND_LABEL[f.kind])}</span>{' '}
          <strong class="key">{f.key}</strong>
          {f.status && <span class={`status ${f.status.status}`}> {f.status.status.replace('-', ' ')}</span>}
        </summary>
        <div class="detail">
          <p class="why">{f.explanation}</p>
          {f.text !== f.key && <p class="muted">{t('onThePage', f.text, f.why, f.score.toFixed(2))}</p>}
          {list && (
            <p class="source">
              {t('cardListAsOf', list.name, list.asOf)}
              {safeHttpUrl(list.sourceUrl) && (
                <>
                  {' · '}
                  <a href={safeHttpUrl(list.sourceUrl)} target="_blank" rel="noopener noreferrer">
                    {t('sourceLink')}
                  </a>
                </>
              )}
            </p>
          )}
          <h3>{t('cardWhatToDo', g.title)}</h3>
          <p>{g.summary}</p>
          <ol>
            {g.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          <p class="refs">
            {g.sources.map((s) => (
              <a key={s.url} href={s.url} target="_blank" rel="noopener noreferrer">
                {s.label}
              </a>
            ))}
          </p>
          {f.kind === 'supplier' && f.list !== null && NAME_LISTS.test(f.list) && (
            <StatusControl client={client} finding={f} onChanged={onStatusChanged} />
          )}
        </div>
      </details>
      {list && <span class="source brief">{t('cardListAsOf', list.name, list.asOf)}</span>}
    </li>
  );
}
