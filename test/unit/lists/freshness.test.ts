import { describe, expect, it } from 'vitest';
import { freshness } from '../../../src/core/lists/freshness';

describe('freshness', () => {
  const now = new Date('2026-11-28T15:00:00Z');
  it('counts whole days and compares with the threshold', () => {
    expect(freshness('2026-11-28', now, 30)).toEqual({ ageDays: 0, stale: false });
    expect(freshness('2026-10-29', now, 30)).toEqual({ ageDays: 30, stale: false });
    expect(freshness('2026-10-28', now, 30)).toEqual({ ageDays: 31, stale: true });
  });
  it('treats future dates as fresh and bad dates as stale', () => {
    expect(freshness('2027-01-01', now, 30)).toEqual({ ageDays: 0, stale: false });
    expect(freshness('soon', now, 30).stale).toBe(true);
  });
});
