import { t } from '../../shared/i18n';
import type { UpdateOutcome } from '../../shared/messages';

/** What each list update did, in the updater's own words. */
export function UpdateOutcomes({ outcomes }: { outcomes: UpdateOutcome[] | null }) {
  if (!outcomes) return null;
  if (outcomes.length === 0)
    return (
      <p class="muted outcomes" role="status">
        {t('optNothingToUpdate')}
      </p>
    );
  return (
    <ul class="outcomes" role="status">
      {outcomes.map((o) => (
        <li key={o.id} class={o.ok ? 'ok' : 'fail'} data-list={o.id}>
          <span class="outcome-mark" aria-hidden="true">
            {o.ok ? '✓' : '✗'}
          </span>{' '}
          <code>{o.id}</code>: {o.message}
        </li>
      ))}
    </ul>
  );
}
