import type { SupplierStatus } from '../../shared/messages';

export const STATUS_LABEL: Record<SupplierStatus, string> = {
  'under-review': 'Under review',
  cleared: 'Cleared',
  'false-match': 'False match',
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
