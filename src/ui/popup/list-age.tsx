import { t } from '../../shared/i18n';
import { freshness } from '../../core';
import type { ListSummary } from '../../shared/messages';

/** Reference tables (the HS nomenclature, countries, places) do not go stale the way risk lists do. */
const REFERENCE = new Set(['hs', 'countries', 'xinjiang-places']);

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
  const enabled = lists.filter((l) => l.enabled && !REFERENCE.has(l.id));
  const stale = enabled.filter((l) => freshness(l.asOf, now, thresholdDays).stale);
  const failed = enabled.filter((l) => l.lastError);
  return (
    <section class="lists-age" aria-label="List freshness">
      <p class="muted small">{t('listsAsOf', enabled.map((l) => `${l.id} ${l.asOf}`).join(' · '))}</p>
      {stale.length > 0 && (
        <p class="warn" role="alert">
          {t('listsStale', thresholdDays, stale.map((l) => `${l.name} (as of ${l.asOf})`).join(', '))}
        </p>
      )}
      {failed.map((l) => (
        <p key={l.id} class="error">
          {t('listFailed', l.name, l.lastError ?? '')}
        </p>
      ))}
    </section>
  );
}
