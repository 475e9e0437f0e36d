import { t } from '../../shared/i18n';
import type { Loaded } from './use-load';

/** What a panel shows while its data loads, or when loading failed. */
export function LoadNotice<T>({ state }: { state: Loaded<T> }) {
  if (state.status === 'loading') return <p class="muted">{t('optLoading')}</p>;
  if (state.status === 'error')
    return (
      <p class="error" role="alert">
        {state.message}
      </p>
    );
  return null;
}
