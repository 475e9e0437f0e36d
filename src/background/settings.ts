import browser from 'webextension-polyfill';
import { SEVERITIES, type Severity } from '../core/lists/types';

/**
 * Lowest severity drawn on pages. Default `low`: `info` findings (a detected supplier, code or
 * origin with no risk) are counted in the popup but not flagged in place, so pages are not
 * covered with markers that carry no risk.
 */
export const DEFAULT_MIN_SEVERITY: Severity = 'low';

export async function getMinSeverity(): Promise<Severity> {
  const got = await browser.storage.local.get('minSeverity');
  const v = got.minSeverity;
  return typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v) ? (v as Severity) : DEFAULT_MIN_SEVERITY;
}
