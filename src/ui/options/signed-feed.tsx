import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { FeedStatus, SettingsView } from '../../shared/messages';
import type { Client } from '../client';
import { isLocked, LockNote } from './lock-note';
import { errorText } from './use-load';

/** The one signed feed for every list: its URL, the keys trusted to sign it, and how it went. */
export function SignedFeed({ client, view, onSaved }: { client: Client; view: SettingsView; onSaved: () => void }) {
  const urlLocked = isLocked(view.locked, 'feedIndexUrl');
  const keysLocked = isLocked(view.locked, 'feedPublicKeys');
  const [url, setUrl] = useState(view.settings.feedIndexUrl ?? '');
  const [keys, setKeys] = useState((view.settings.feedPublicKeys ?? []).join('\n'));
  const [status, setStatus] = useState<FeedStatus | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    client.feedStatus?.().then(setStatus, () => setStatus(null));
  }, [client, view]);

  const save = async (e: Event) => {
    e.preventDefault();
    setMessage(null);
    const patch: { feedIndexUrl?: string; feedPublicKeys?: string[] } = {};
    if (!urlLocked) patch.feedIndexUrl = url.trim();
    if (!keysLocked)
      patch.feedPublicKeys = keys
        .split(/\s+/)
        .map((k) => k.trim())
        .filter(Boolean);
    try {
      // The feed host may send no CORS headers: ask for it from this click, as for per-list feeds.
      if (patch.feedIndexUrl) await client.allowFeedHost(patch.feedIndexUrl).catch(() => false);
      const { problems } = await client.saveSettings(patch);
      if (problems.length) setMessage({ ok: false, text: problems.map((p) => `${p.key}: ${p.message}`).join('; ') });
      else {
        setMessage({ ok: true, text: t('optFeedSaved') });
        onSaved();
      }
    } catch (err) {
      setMessage({ ok: false, text: errorText(err) });
    }
  };

  return (
    <form class="signed-feed" onSubmit={save}>
      <h3>{t('optFeedHeading')}</h3>
      <p class="hint">{t('optFeedHint')}</p>
      <label>
        {t('optFeedIndexUrl')} <LockNote locked={urlLocked} />
        <input
          name="feedIndexUrl"
          type="url"
          value={url}
          readOnly={urlLocked}
          placeholder="https://lists.example.com/laborlens/index.json"
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
      </label>
      <label>
        {t('optFeedKeys')} <LockNote locked={keysLocked} />
        <textarea
          name="feedPublicKeys"
          rows={2}
          value={keys}
          readOnly={keysLocked}
          onInput={(e) => setKeys(e.currentTarget.value)}
        />
      </label>
      {!(urlLocked && keysLocked) && <button type="submit">{t('optFeedSave')}</button>}
      {message && (
        <p class={message.ok ? 'saved' : 'error'} role="status">
          {message.text}
        </p>
      )}
      {status?.url && (
        <p class="feed-status">
          {status.issuedAt ? t('optFeedIssued', status.issuedAt, status.checkedAt ?? '—') : t('optFeedNever')}
          {status.lastError ? (
            <span class="last-error" role="alert">
              {' '}
              {t('optFeedLastError', status.lastError)}
            </span>
          ) : null}
        </p>
      )}
    </form>
  );
}
