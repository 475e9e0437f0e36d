import { freshness } from '../../core/lists/freshness';
import type { ListSummary } from '../../shared/messages';

/** How old the lists are; lists older than the user's threshold are named with a warning. */
export function ListAge({ lists, thresholdDays, now = new Date() }: { lists: ListSummary[]; thresholdDays: number; now?: Date }) {
  const enabled = lists.filter((l) => l.enabled);
  const stale = enabled.filter((l) => freshness(l.asOf, now, thresholdDays).stale);
  const failed = enabled.filter((l) => l.lastError);
  return (
    <section class="lists-age" aria-label="List freshness">
      <p class="muted small">
        {enabled.length} lists on. {enabled.map((l) => `${l.name}: ${l.asOf}`).join(' · ')}
      </p>
      {stale.length > 0 && (
        <p class="warn" role="alert">
          Older than {thresholdDays} days: {stale.map((l) => `${l.name} (as of ${l.asOf})`).join(', ')}. Findings may miss recent additions; update the lists in Settings.
        </p>
      )}
      {failed.map((l) => (
        <p key={l.id} class="error">
          {l.name}: last update failed: {l.lastError}. The previous data is still in use.
        </p>
      ))}
    </section>
  );
}
