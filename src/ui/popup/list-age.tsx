import { t } from '../../shared/i18n';
import { freshness } from '../../core';
import type { ListSummary } from '../../shared/messages';
import { safeHttpUrl } from '../../shared/safe-url';
import { isEdition } from '../list-kinds';

/** How old the risk lists are; lists older than the user's threshold are named with a warning. */
export function ListAge({
  lists,
  thresholdDays,
  now = new Date(),
}: {
  lists: ListSummary[];
  thresholdDays: number;
  now?: Date;
}) {
  const enabled = lists.filter((l) => l.enabled && !isEdition(l.id));
  const stale = enabled.filter((l) => freshness(l.asOf, now, thresholdDays).stale);
  const failed = enabled.filter((l) => l.lastError);
  return (
    <section class="lists-age" aria-label="List freshness">
      <p class="muted small">{t('listsAsOf', enabled.map((l) => `${l.id} ${l.asOf}`).join(' · '))}</p>
      {stale.length > 0 && (
        <div class="warn" role="alert">
          <p>{t('listsStale', thresholdDays, stale.map((l) => `${l.name} (as of ${l.asOf})`).join(', '))}</p>
          {/* What the user can do now: check the publisher's own page, which is always current. */}
          <ul class="stale-sources">
            {stale
              .filter((l) => safeHttpUrl(l.sourceUrl))
              .map((l) => (
                <li key={l.id}>
                  <a href={safeHttpUrl(l.sourceUrl)} target="_blank" rel="noopener noreferrer">
                    {t('listsStaleCheck', l.name)}
                  </a>
                </li>
              ))}
          </ul>
        </div>
      )}
      {failed.map((l) => (
        <p key={l.id} class="error">
          {t('listFailed', l.name, l.lastError ?? '')}
        </p>
      ))}
    </section>
  );
}
