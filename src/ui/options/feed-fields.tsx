import { t } from '../../shared/i18n';
import { useEffect, useState } from 'preact/hooks';
import type { SettingsView } from '../../shared/messages';
import type { Client } from '../client';
import { LockNote, isLocked } from './lock-note';
import { errorText } from './use-load';

interface Props {
  client: Client;
  listId: string;
  view: SettingsView;
  onSaved: () => void;
}

const HTTPS = /^https:\/\/\S+$/;
const SHA256 = /^[0-9a-fA-F]{64}$/;

/** Sets the list in a record, or drops it when the value is empty (the background refuses ""). */
function withValue(map: Record<string, string>, id: string, value: string): Record<string, string> {
  const next = { ...map };
  if (value) next[id] = value;
  else delete next[id];
  return next;
}

/** A list's update feed URL and optional SHA-256 pin, saved into settings.feedUrls / feedSha256. */
export function FeedFields({ client, listId, view, onSaved }: Props) {
  const { settings, locked } = view;
  const urlLocked = isLocked(locked, 'feedUrls');
  const shaLocked = isLocked(locked, 'feedSha256');
  const [url, setUrl] = useState(settings.feedUrls[listId] ?? '');
  const [sha, setSha] = useState(settings.feedSha256[listId] ?? '');
  // Follow the stored values when settings are reloaded (a reset, a restored backup).
  const storedUrl = settings.feedUrls[listId] ?? '';
  const storedSha = settings.feedSha256[listId] ?? '';
  useEffect(() => setUrl(storedUrl), [storedUrl]);
  useEffect(() => setSha(storedSha), [storedSha]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const safeId = listId.replace(/[^a-z0-9-]/gi, '-');

  const save = async (e: Event) => {
    e.preventDefault();
    const u = url.trim();
    const s = sha.trim().toLowerCase();
    if (!urlLocked && u && !HTTPS.test(u)) return setMessage({ ok: false, text: t('optFeedUrlInvalid') });
    if (!shaLocked && s && !SHA256.test(s)) return setMessage({ ok: false, text: t('optFeedShaInvalid') });
    // Asked first, while the click still counts as the user's gesture.
    const hostAllowed = !urlLocked && u ? client.allowFeedHost(u).catch(() => false) : Promise.resolve(true);
    const patch: { feedUrls?: Record<string, string>; feedSha256?: Record<string, string> } = {};
    if (!urlLocked) patch.feedUrls = withValue(settings.feedUrls, listId, u);
    if (!shaLocked) patch.feedSha256 = withValue(settings.feedSha256, listId, s);
    try {
      const { problems } = await client.saveSettings(patch);
      if (problems.length) setMessage({ ok: false, text: problems.map((p) => `${p.key}: ${p.message}`).join('; ') });
      else {
        setMessage({ ok: true, text: t('optSaved') });
        onSaved();
        // The browser's permission prompt answers whenever the user does; saving does not wait.
        void hostAllowed.then((ok) => {
          if (!ok) setMessage({ ok: true, text: t('optFeedSavedNoHost') });
        });
      }
    } catch (err) {
      setMessage({ ok: false, text: errorText(err) });
    }
  };

  return (
    <form class="feed-fields" onSubmit={save}>
      <div class="field">
        <label for={`feed-url-${safeId}`}>
          {t('optFeedUrlLabel')} <LockNote locked={urlLocked} />
        </label>
        <input
          id={`feed-url-${safeId}`}
          type="url"
          name="feedUrl"
          inputMode="url"
          placeholder="https://…/snapshot.json"
          value={url}
          readOnly={urlLocked}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={`feed-sha-${safeId}`}>
          {t('optFeedShaLabel')} <LockNote locked={shaLocked} />
        </label>
        <input
          id={`feed-sha-${safeId}`}
          name="feedSha256"
          class="mono"
          spellcheck={false}
          autocomplete="off"
          placeholder={t('optFeedShaPlaceholder')}
          value={sha}
          readOnly={shaLocked}
          onInput={(e) => setSha(e.currentTarget.value)}
        />
      </div>
      <button type="submit" disabled={urlLocked && shaLocked}>
        {t('optFeedSave')}
      </button>
      {message && (
        <p class={message.ok ? 'saved' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
