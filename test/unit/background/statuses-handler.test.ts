// The service worker's status handler (issue 16): a decision must name a listed entry (the nearest
// are offered otherwise), and needs a reviewer, and evidence or a reason. Real IndexedDB through
// Dexie (fake-indexeddb) and a real engine; only the worker's holder module is replaced.
import { describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine';
import { allStatuses } from '../../../src/data/statuses';
import { fixtureData } from '../core/fixture-data';
import { freshDb } from '../data/helpers';

const db = freshDb();
const engine = createEngine(fixtureData());
vi.mock('../../../src/background/engine-holder', () => ({ getDb: () => db, getEngine: async () => engine }));
const { setStatus } = await import('../../../src/background/handlers/statuses');

const TAIDA = 'Hetian Taida Apparel Co., Ltd';

describe('setStatus handler', () => {
  it('refuses a name that is no listed entry and offers the nearest', async () => {
    const r = await setStatus({ key: 'Hetian Taida', status: 'under-review', by: 'Ana' });
    expect(r.ok).toBe(false);
    expect(r.suggestions).toContain(TAIDA);
    expect(r.error).toMatch(/not the name of a listed entry/);
    expect(await allStatuses(db)).toEqual([]);
  });
  it('refuses a decision without a reviewer, and a clearance or false match without evidence or reason', async () => {
    expect((await setStatus({ key: TAIDA, status: 'under-review' })).error).toMatch(/reviewer/);
    expect((await setStatus({ key: TAIDA, status: 'cleared', by: 'Ana' })).error).toMatch(/evidence/);
    expect((await setStatus({ key: TAIDA, status: 'false-match', by: 'Ana', note: ' ' })).error).toMatch(/why/);
    expect(await allStatuses(db)).toEqual([]);
  });
  it('stores a documented decision under the entry’s listed name, and removes it', async () => {
    const r = await setStatus({ key: 'hetian taida apparel co., ltd', status: 'cleared', by: 'Ana', note: 'audit' });
    expect(r).toEqual({ ok: true, key: TAIDA });
    expect((await allStatuses(db)).map((s) => [s.key, s.status, s.by, s.note])).toEqual([
      [TAIDA, 'cleared', 'Ana', 'audit'],
    ]);
    expect((await setStatus({ key: TAIDA, status: null })).ok).toBe(true);
    expect(await allStatuses(db)).toEqual([]);
  });
});
