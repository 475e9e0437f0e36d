import type { MessageKey } from '../../shared/i18n';
import type { SupplierStatus } from '../../shared/messages';

/** The message key of each status's name. */
export const STATUS_LABEL: Record<SupplierStatus, MessageKey> = {
  'under-review': 'optStatusUnderReview',
  cleared: 'optStatusCleared',
  'false-match': 'optStatusFalseMatch',
};
export const STATUSES = Object.keys(STATUS_LABEL) as SupplierStatus[];

const BY_KEY = 'laborlens.statusBy';

/** Who sets statuses on this browser, remembered for the next time (page-local, not synced). */
export function rememberedBy(): string {
  try {
    return localStorage.getItem(BY_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberBy(by: string): void {
  try {
    if (by) localStorage.setItem(BY_KEY, by);
    else localStorage.removeItem(BY_KEY);
  } catch {
    // Storage refused (private mode, quota): the name is simply not remembered.
  }
}
