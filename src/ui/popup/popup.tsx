import { useEffect, useState } from 'preact/hooks';
import type { Finding } from '../../core/engine-api';
import type { ListSummary, TabFindings } from '../../shared/messages';
import type { Client } from '../client';
import { FindingItem } from './finding-item';
import { Lookup } from './lookup';

interface Props {
  client: Client;
  tabId?: number;
}

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; tab: TabFindings | null; lists: ListSummary[] };

export function Popup({ client, tabId }: Props) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    (async () => {
      const id = tabId ?? (await client.activeTab())?.id;
      const [tab, lists] = await Promise.all([id === undefined ? null : client.tabFindings(id), client.lists()]);
      setState({ status: 'ready', tab, lists });
    })().catch((e: unknown) => setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }));
  }, [client, tabId]);

  return (
    <main class="popup">
      <header>
        <h1>LaborLens</h1>
      </header>
      {state.status === 'loading' && <p class="muted">Loading…</p>}
      {state.status === 'error' && <p class="error" role="alert">{state.message}</p>}
      {state.status === 'ready' && <Findings tab={state.tab} lists={state.lists} />}
      <Lookup client={client} />
    </main>
  );
}

function Findings({ tab, lists }: { tab: TabFindings | null; lists: ListSummary[] }) {
  const byId = new Map(lists.map((l) => [l.id, l]));
  if (!tab) return <p class="muted">This page has not been scanned.</p>;
  const shown: Finding[] = tab.findings;
  return (
    <section aria-label="Findings on this page">
      <p class="summary">
        {shown.length ? `${shown.length} finding${shown.length === 1 ? '' : 's'} on this page` : 'No risk found on this page'}
        {tab.hidden ? ` (${tab.hidden} more below your sensitivity)` : ''}
      </p>
      <ul class="findings">
        {shown.map((f) => (
          <FindingItem key={`${f.kind}:${f.key}`} finding={f} list={f.list ? byId.get(f.list) : undefined} />
        ))}
      </ul>
    </section>
  );
}
