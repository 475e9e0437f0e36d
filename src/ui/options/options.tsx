import { t, type MessageKey } from '../../shared/i18n';
import { useState } from 'preact/hooks';
import type { Client } from '../client';
import { BackupPanel } from './backup-panel';
import { CustomListsPanel } from './custom-lists-panel';
import { HistoryPanel } from './history-panel';
import { ResetPanel } from './reset-panel';
import { RiskListsPanel } from './risk-lists-panel';
import { SensitivityPanel } from './sensitivity-panel';
import { SitesPanel } from './sites-panel';
import { StatusesPanel } from './statuses-panel';

const SECTIONS: readonly (readonly [string, MessageKey])[] = [
  ['lists', 'optTocLists'],
  ['custom', 'optTocCustom'],
  ['sensitivity', 'optTocSensitivity'],
  ['sites', 'optTocSites'],
  ['statuses', 'optTocStatuses'],
  ['history', 'optTocHistory'],
  ['backup', 'optTocBackup'],
  ['reset', 'optTocReset'],
];

/** The options page: one panel per concern; a change in one reloads the others. */
export function Options({ client }: { client: Client }) {
  const [version, setVersion] = useState(0);
  const props = { client, version, onChanged: () => setVersion((v) => v + 1) };
  return (
    <div class="options-page">
      <header class="page-head">
        <h1>{t('optPageHeading')}</h1>
        <p class="muted">{t('optPageIntro')}</p>
        <p>
          <a href="check.html">{t('optCheckFileLink')}</a>
        </p>
      </header>
      <nav class="toc" aria-label={t('optTocLabel')}>
        <ul>
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(label)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options">
        <RiskListsPanel {...props} />
        <CustomListsPanel {...props} />
        <SensitivityPanel {...props} />
        <SitesPanel {...props} />
        <StatusesPanel {...props} />
        <HistoryPanel {...props} />
        <BackupPanel {...props} />
        <ResetPanel {...props} />
      </main>
    </div>
  );
}
