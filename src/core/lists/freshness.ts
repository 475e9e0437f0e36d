// How old a list is, for the "data may be out of date" badge. Pure: the caller passes `now`.
import { isIsoDate } from './values';

export interface Freshness {
  /** Whole days between asOf and now (0 when asOf is in the future). */
  ageDays: number;
  stale: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function freshness(asOf: string, now: Date, thresholdDays: number): Freshness {
  if (!isIsoDate(asOf)) return { ageDays: Number.POSITIVE_INFINITY, stale: true };
  const ageDays = Math.max(0, Math.floor((now.getTime() - Date.parse(`${asOf}T00:00:00Z`)) / DAY_MS));
  return { ageDays, stale: ageDays > thresholdDays };
}
