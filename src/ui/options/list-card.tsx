import { t, type MessageKey } from '../../shared/i18n';
import { useEffect, useState } from 'preact/hooks';
import { freshness } from '../../core';
import type { ListSummary, SettingsView, UpdateOutcome } from '../../shared/messages';
import type { Client } from '../client';
import { FeedFields } from './feed-fields';
import { ListChanges } from './list-changes';
import { formatTime } from './format';
import { UpdateOutcomes } from './update-outcomes';
import { errorText } from './use-load';
import { safeHttpUrl } from '../../shared/safe-url';
import { isEdition } from '../list-kinds';

interface Props {
  client: Client;
  list: ListSummary;
  view: SettingsView;
  now: Date;
  /** Reload lists and settings (after an update or a saved feed). */
  onChanged: () => void;
}

const SOURCE: Record<NonNullable<ListSummary['source']>, MessageKey> = {
  bundled: 'optSourceBundled',
  feed: 'optSourceFeed',
  custom: 'optSourceCustom',
  import: 'optSourceImport',
};

function sourceText(l: ListSummary): string {
  const source = l.source ? t(SOURCE[l.source]) : '—';
  if (!l.role) return source;
  return t('optSourceWithRole', source, t(l.role === 'cleared' ? 'optRoleClearedSuppliers' : 'optRoleWatchList'));
}

/** One risk list: where it comes from, how fresh it is, its switch, its feed and its update button. */
export function ListCard({ client, list: l, view, now, onChanged }: Props) {
  const [enabled, setEnabled] = useState(l.enabled);
  // Follow the stored state when the lists are reloaded (after a reset, an import).
  useEffect(() => setEnabled(l.enabled), [l.enabled]);
  const [switchError, setSwitchError] = useState('');
  const [outcomes, setOutcomes] = useState<UpdateOutcome[] | null>(null);
  const [updating, setUpdating] = useState(false);
  const threshold = view.settings.freshnessThresholdDays;
  const raw = freshness(l.asOf, now, threshold);
  // An edition's age is no warning; a date that is not a date still is.
  const fresh = isEdition(l.id) && Number.isFinite(raw.ageDays) ? { ...raw, stale: false } : raw;
  const feedUrl = view.settings.feedUrls[l.id];
  // "Update now" fetches the list's feed; a built-in list without one has nothing to fetch.
  const canUpdate = !!feedUrl || l.id.startsWith('custom:');
  const headingId = `list-${l.id.replace(/[^a-z0-9-]/gi, '-')}`;

  const toggle = async (on: boolean) => {
    setSwitchError('');
    setEnabled(on);
    try {
      const { ok } = await client.setListEnabled(l.id, on);
      if (!ok) throw new Error(t('optListSwitchError'));
    } catch (e) {
      setEnabled(!on);
      setSwitchError(errorText(e));
    }
  };

  const update = async () => {
    setUpdating(true);
    try {
      setOutcomes(await client.updateLists([l.id]));
    } catch (e) {
      setOutcomes([{ id: l.id, ok: false, message: errorText(e) }]);
    } finally {
      setUpdating(false);
    }
    onChanged();
  };

  return (
    <li class={`list-card${enabled ? '' : ' off'}`} data-list={l.id} aria-labelledby={headingId}>
      <div class="list-head">
        <h3 id={headingId}>
          {safeHttpUrl(l.sourceUrl) ? (
            <a href={safeHttpUrl(l.sourceUrl)} target="_blank" rel="noopener noreferrer">
              {l.name}
            </a>
          ) : (
            l.name
          )}{' '}
          <code class="list-id">{l.id}</code>
        </h3>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={enabled}
            aria-checked={enabled}
            aria-label={t('optListSwitchAria', l.name)}
            onChange={(e) => toggle(e.currentTarget.checked)}
          />
          <span class="switch-label" aria-hidden="true">
            {enabled ? t('optSwitchOn') : t('optSwitchOff')}
          </span>
        </label>
      </div>
      {switchError && (
        <p class="error" role="alert">
          {switchError}
        </p>
      )}
      {l.lastError && (
        <p class="last-error" role="alert">
          <strong>{t('optLastUpdateFailed')}</strong> {l.lastError}
        </p>
      )}
      {fresh.stale && (
        <p class="stale" data-stale="true">
          <span aria-hidden="true">⚠ </span>
          {Number.isFinite(fresh.ageDays)
            ? t(threshold === 1 ? 'optStaleLimitOne' : 'optStaleLimitMany', l.asOf, fresh.ageDays, threshold)
            : t('optStaleBadDate', l.asOf)}{' '}
          {t(feedUrl ? 'optStaleDoUpdate' : l.id.startsWith('custom:') ? 'optStaleDoImport' : 'optStaleDoFeed')}
        </p>
      )}
      <dl class="list-facts">
        <div>
          <dt>{t('optFactPublisher')}</dt>
          <dd class="publisher">
            {l.publisher || '—'}
            {/* A publisher name from a file the user loaded is that file's claim, not ours. */}
            {l.publisher && l.source && l.source !== 'bundled' && (
              <span class="muted"> {t('optPublisherFromFile')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('optFactAsOf')}</dt>
          <dd class="as-of">{l.asOf}</dd>
        </div>
        <div>
          <dt>{t('optFactEntries')}</dt>
          <dd class="entries">{l.entries.toLocaleString()}</dd>
        </div>
        <div>
          <dt>{t('optFactSource')}</dt>
          <dd class="source">{sourceText(l)}</dd>
        </div>
        <div>
          <dt>{t('optFactLastUpdate')}</dt>
          <dd>{formatTime(l.lastUpdateAt ?? l.fetchedAt)}</dd>
        </div>
        <div>
          <dt>{t('optFactLicence')}</dt>
          <dd>{l.license || '—'}</dd>
        </div>
      </dl>
      {!!l.caveats?.length && (
        <details class="caveats">
          <summary>{t('optKnownGaps', l.caveats.length)}</summary>
          <ul>
            {l.caveats.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </details>
      )}
      <ListChanges client={client} listId={l.id} version={`${l.asOf} ${l.lastUpdateAt ?? ''} ${l.entries}`} />
      {l.managed && <p class="locked-note">{t('optOrgLocked')}</p>}
      <details class="feed">
        <summary>{t(view.settings.feedUrls[l.id] ? 'optFeedSummarySet' : 'optFeedSummary')}</summary>
        <FeedFields client={client} listId={l.id} view={view} onSaved={onChanged} />
      </details>
      <div class="row">
        <button
          type="button"
          class="update-now"
          disabled={updating || !canUpdate}
          aria-describedby={canUpdate ? undefined : `${headingId}-noupdate`}
          onClick={update}
        >
          {updating ? t('optUpdating') : t('optUpdateNow')}
        </button>
        {!canUpdate && (
          <span class="hint" id={`${headingId}-noupdate`}>
            {t('optUpdateNeedsFeed')}
          </span>
        )}
      </div>
      <UpdateOutcomes outcomes={outcomes} />
    </li>
  );
}
