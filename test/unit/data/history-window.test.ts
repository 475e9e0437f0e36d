// A page that rewrites its URL every 250 ms (history.replaceState) makes one history row per
// window, not one per scan, so it cannot evict the audit trail; findings met meanwhile are kept.
import { describe, expect, it } from 'vitest';
import { HISTORY_WINDOW_MS, recentChecks, recordCheck } from '../../../src/data/history';
import type { HistoryRow } from '../../../src/data/db';
import { freshDb } from './helpers';

const T0 = Date.parse('2026-12-05T10:00:00Z');
const row = (url: string, ms: number, keys: string[]): HistoryRow => ({
  url,
  title: `t${ms}`,
  at: new Date(T0 + ms).toISOString(),
  findings: { total: keys.length, bySeverity: {}, keys },
  listVersions: {},
});

describe('history rows per page and window', () => {
  it('keeps one row for a page that rewrites its URL every 250 ms, with every finding it showed', async () => {
    const db = freshDb();
    for (let i = 0; i < 60; i++) {
      const keys = i === 30 ? ['critical:supplier:A', 'high:origin:CN-XJ'] : ['critical:supplier:A'];
      await recordCheck(db, row(`https://shop.example/item?t=${i}#x${i}`, i * 250, keys));
    }
    const rows = await recentChecks(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.url).toBe('https://shop.example/item?t=59#x59');
    expect(rows[0]!.findings).toEqual({
      total: 2,
      bySeverity: { critical: 1, high: 1 },
      keys: ['critical:supplier:A', 'high:origin:CN-XJ'],
    });
  });

  it('adds a row for another page, another origin, and the same page after the window', async () => {
    const db = freshDb();
    await recordCheck(db, row('https://shop.example/a', 0, ['critical:supplier:A']));
    await recordCheck(db, row('https://shop.example/b', 1_000, ['critical:supplier:A']));
    await recordCheck(db, row('https://other.example/a', 2_000, ['critical:supplier:A']));
    await recordCheck(db, row('https://shop.example/a?p=2', HISTORY_WINDOW_MS + 1, ['critical:supplier:A']));
    expect((await recentChecks(db)).map((r) => r.url)).toEqual([
      'https://shop.example/a?p=2',
      'https://other.example/a',
      'https://shop.example/b',
      'https://shop.example/a',
    ]);
  });
});
