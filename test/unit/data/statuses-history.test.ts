import { describe, expect, it } from 'vitest';
import { bundledIndex, bundledLoader } from '../../../src/data/bundled-source';
import { addHistory, recentHistory } from '../../../src/data/history';
import { clearStatus, getStatuses, setStatus } from '../../../src/data/statuses';
import { freshDb } from './helpers';

describe('statuses', () => {
  it('sets, reads and clears supplier statuses', async () => {
    const db = freshDb();
    await setStatus(db, 'Acme Ltd', 'under-review', { note: 'asked for audit', by: 'me' }, new Date('2026-11-01T00:00:00Z'));
    await setStatus(db, 'Beta', 'false-match');
    const m = await getStatuses(db, ['Acme Ltd', 'Nobody']);
    expect([...m.keys()]).toEqual(['Acme Ltd']);
    expect(m.get('Acme Ltd')).toEqual({ key: 'Acme Ltd', status: 'under-review', note: 'asked for audit', by: 'me', at: '2026-11-01T00:00:00.000Z' });
    await clearStatus(db, 'Acme Ltd');
    expect([...(await getStatuses(db)).keys()]).toEqual(['Beta']);
  });
});

describe('history', () => {
  it('keeps only the newest rows', async () => {
    const db = freshDb();
    for (let i = 0; i < 5; i += 1) {
      await addHistory(db, { url: `https://s.example/${i}`, title: `p${i}`, at: `2026-11-0${i + 1}T00:00:00Z`, findings: { total: i, bySeverity: {}, keys: [] }, listVersions: {} }, 3);
    }
    expect((await recentHistory(db)).map((h) => h.title)).toEqual(['p4', 'p3', 'p2']);
  });
});

describe('bundled source', () => {
  it('loads data/<id>.json and derives a marker from the version and index hash', async () => {
    const files: Record<string, string> = { 'ext://x/data/index.json': '{"format":1,"lists":[]}', 'ext://x/data/hs.json': '{"a":1}' };
    const fetchFn = async (url: string) => ({ ok: url in files, status: url in files ? 200 : 404, text: async () => files[url] ?? '' });
    const urlOf = (p: string) => `ext://x/${p}`;
    expect(await bundledLoader(fetchFn, urlOf)('hs')).toEqual({ a: 1 });
    await expect(bundledLoader(fetchFn, urlOf)('uflpa')).rejects.toThrow(/data\/uflpa\.json: HTTP 404/);
    const { marker, index } = await bundledIndex(fetchFn, urlOf, '0.1.0');
    expect(index.lists).toEqual([]);
    expect(marker).toMatch(/^0\.1\.0:[0-9a-f]{64}$/);
  });
});
