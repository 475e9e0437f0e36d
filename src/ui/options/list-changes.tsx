import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { ListChange } from '../../shared/messages';
import type { Client } from '../client';
import { formatTime } from './format';

const SHOWN = 20;

function Entries({ title, items }: { title: string; items: { label: string; fields?: string[] }[] }) {
  if (!items.length) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {items.slice(0, SHOWN).map((e, i) => (
          <li key={i}>
            {e.label}
            {e.fields?.length ? ` (${e.fields.join(', ')})` : ''}
          </li>
        ))}
        {items.length > SHOWN && <li class="muted">{t('optChangesMore', items.length - SHOWN)}</li>}
      </ul>
    </>
  );
}

/** A list's recorded changes (feed, import, extension update), newest first, with the entries. */
export function ListChanges({ client, listId, version }: { client: Client; listId: string; version?: string }) {
  const [changes, setChanges] = useState<ListChange[]>([]);
  useEffect(() => {
    if (!client.listChanges) return;
    client
      .listChanges(listId)
      .then(setChanges)
      .catch(() => setChanges([]));
  }, [client, listId, version]);
  if (!changes.length) return null;
  return (
    <details class="changes">
      <summary>{t('optChangesSummary', changes.length)}</summary>
      <ol class="change-list">
        {changes.map((c) => (
          <li key={c.id} class="change" data-source={c.source}>
            <p class="change-summary">
              {t('optChangesFrom', c.summary, c.fromAsOf ?? '—', c.toAsOf, formatTime(c.at))}
            </p>
            <Entries title={t('optChangesAdded')} items={c.added} />
            <Entries title={t('optChangesRemoved')} items={c.removed} />
            <Entries title={t('optChangesChanged')} items={c.changed} />
          </li>
        ))}
      </ol>
    </details>
  );
}
