import { t } from '../../shared/i18n';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ListSummary, SettingsView, TabFindings } from '../../shared/messages';
import type { Client } from '../client';
import { FindingGroups } from './finding-groups';
import { ListAge } from './list-age';
import { Lookup } from './lookup';
import { NewsBanner } from './news-banner';
import { SiteToggle } from './site-toggle';
import { DocumentCheck } from './document-check';
import { TabExport } from './tab-export';

interface Props {
  client: Client;
  tabId?: number;
}

interface Loaded {
  tab: TabFindings | null;
  tabUrl: string;
  lists: ListSummary[];
  settings: SettingsView;
}
type State = { status: 'loading' } | { status: 'error'; message: string } | ({ status: 'ready' } & Loaded);

export function Popup({ client, tabId }: Props) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [resolvedTab, setResolvedTab] = useState<number | undefined>(tabId);
  const load = useCallback(async () => {
    const active = tabId === undefined ? await client.activeTab() : null;
    const id = tabId ?? active?.id;
    setResolvedTab(id);
    const [tab, lists, settings, shown] = await Promise.all([
      id === undefined ? null : client.tabFindings(id),
      client.lists(),
      client.settings(),
      // A tab showing a PDF has no findings record; its URL comes from the tab itself.
      active === null && id !== undefined && client.tabUrl ? client.tabUrl(id) : Promise.resolve(''),
    ]);
    setState({ status: 'ready', tab, tabUrl: active?.url || tab?.url || shown, lists, settings });
  }, [client, tabId]);
  useEffect(() => {
    load().catch((e: unknown) => setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }));
  }, [load]);

  return (
    <main class="popup">
      <header class="top">
        <h1>{t('popupTitle')}</h1>
        <nav>
          <a href="options.html" target="_blank" rel="noopener">
            {t('navSettings')}
          </a>{' '}
          ·{' '}
          <a href="demo.html" target="_blank" rel="noopener">
            {t('navDemo')}
          </a>{' '}
          ·{' '}
          <a href="check.html" target="_blank" rel="noopener">
            {t('navCheckFile')}
          </a>
        </nav>
      </header>
      <NewsBanner client={client} />
      {state.status === 'loading' && <p class="muted">{t('loading')}</p>}
      {state.status === 'error' && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <DocumentCheck client={client} url={state.tabUrl} viewed={!!state.tab?.document} />
          <SiteToggle
            client={client}
            url={state.tabUrl}
            policySites={state.settings.locked.includes('enabledSites') ? state.settings.settings.enabledSites : []}
          />
          {/* A document in the viewer was not scanned: DocumentCheck says so instead. */}
          {!state.tab?.document && <Summary tab={state.tab} />}
          {state.tab && state.tab.findings.length > 0 && (
            <FindingGroups
              client={client}
              findings={state.tab.findings}
              lists={state.lists}
              onStatusChanged={() => void load()}
            />
          )}
          {state.tab && !state.tab.document && resolvedTab !== undefined && (
            <TabExport tab={state.tab} lists={state.lists} />
          )}
          <ListAge lists={state.lists} thresholdDays={state.settings.settings.freshnessThresholdDays} />
        </>
      )}
      <Lookup client={client} />
    </main>
  );
}

function Summary({ tab }: { tab: TabFindings | null }) {
  if (!tab) return <p class="muted">{t('notScanned')}</p>;
  const n = tab.findings.length;
  return (
    <p class="summary" role="status">
      {n === 0 ? t('findingsNone') : n === 1 ? t('findingsOne') : t('findingsMany', n)}
      {tab.hidden ? t('belowSensitivity', tab.hidden) : ''}
    </p>
  );
}
