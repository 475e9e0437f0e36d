// The signed feed: one index for every list, verified with Web Crypto's Ed25519 against trusted
// keys; conditional requests; refusals that change nothing and say why.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildFeed, publicKeyOf, type FeedFile } from '../../../src/cli/feed-build';
import { snapshotJson } from '../../../src/data/checksum';
import type { FeedResponse, FetchInit } from '../../../src/data/feed-fetch';
import { feedIndexState, updateFromIndex } from '../../../src/data/feed-index';
import { ensureBundled } from '../../../src/data/list-store';
import { bundled, edited, freshDb } from './helpers';

const URL = 'https://feeds.example.org/laborlens/index.json';
const NOW = new Date('2026-12-05T10:00:00Z');
const key = generateKeyPairSync('ed25519').privateKey;
const KEYS = [publicKeyOf(key)];

/** A static host with ETags that counts the bytes it serves. */
function host(files: FeedFile[]) {
  const byName = new Map(files.map((f) => [f.name, f.text]));
  const log = { bytes: 0, requests: 0, notModified: 0 };
  const etag = (t: string) => `"${createHash('sha256').update(t).digest('hex').slice(0, 16)}"`;
  const fetchFn = async (url: string, init?: FetchInit): Promise<FeedResponse> => {
    log.requests++;
    const text = byName.get(url.slice(url.lastIndexOf('/') + 1));
    if (text === undefined) return { ok: false, status: 404, text: async () => '' };
    const headers = new Map([['etag', etag(text)]]);
    if (init?.headers?.['If-None-Match'] === etag(text)) {
      log.notModified++;
      return { ok: false, status: 304, text: async () => '', headers: { get: () => null } };
    }
    log.bytes += Buffer.byteLength(text);
    return {
      ok: true,
      status: 200,
      text: async () => text,
      headers: { get: (n) => headers.get(n.toLowerCase()) ?? null },
    };
  };
  return { fetchFn, log, set: (f: FeedFile) => byName.set(f.name, f.text) };
}

const uflpaWith = (asOf: string, extra: unknown[] = []) => edited(bundled('uflpa'), asOf, (e) => [...e, ...extra]);
const NEW_ENTITY = {
  id: 'feed-test-entity',
  name: 'Feedtest Textile Holdings Co., Ltd.',
  aliases: [],
  sections: [
    { section: '2(d)(2)(B)(i)', citation: 'UFLPA', label: 'works with the government of Xinjiang', date: '2026-12-01' },
  ],
};
const feedOf = (asOf: string, issuedAt: Date, extra: unknown[] = [], signWith = key) =>
  buildFeed([{ name: 'uflpa.json', text: snapshotJson(uflpaWith(asOf, extra)) }], signWith, issuedAt);

async function seeded() {
  const db = freshDb();
  await ensureBundled(db, async (id) => bundled(id), { marker: 'm', ids: ['uflpa'] });
  return db;
}

describe('updateFromIndex', () => {
  it('accepts a signed index, stores the new entity, records the diff, then costs a 304', async () => {
    const db = await seeded();
    const h = host(feedOf('2026-12-01', new Date('2026-12-01T06:00:00Z'), [NEW_ENTITY]).files);
    const r = await updateFromIndex(db, { url: URL, keys: KEYS }, h.fetchFn, NOW);
    expect(r).toMatchObject({ ok: true, status: 'updated', updated: ['uflpa'] });
    expect(await db.lists.get('uflpa')).toMatchObject({
      source: 'feed',
      asOf: '2026-12-01',
      entryCount: 188,
      updateUrl: URL,
    });
    const [change] = r.ok ? r.changes : [];
    expect(change).toMatchObject({
      listId: 'uflpa',
      counts: { added: 1, removed: 0, changed: 0 },
      added: [{ key: 'feed-test-entity' }],
    });
    expect(change?.summary).toBe('UFLPA Entity List: 1 entity added on 2026-12-05');
    expect(await db.changes.count()).toBe(1);

    const served = h.log.bytes;
    const again = await updateFromIndex(db, { url: URL, keys: KEYS }, h.fetchFn, NOW);
    expect(again).toMatchObject({ ok: true, status: 'not-modified' });
    expect(h.log.bytes).toBe(served); // a 304 carries no body
    expect(h.log.notModified).toBe(1);
  });

  it('refuses a bad signature, changes nothing and says why', async () => {
    const db = await seeded();
    const other = generateKeyPairSync('ed25519').privateKey;
    const h = host(feedOf('2026-12-01', new Date('2026-12-01T06:00:00Z'), [NEW_ENTITY], other).files);
    const r = await updateFromIndex(db, { url: URL, keys: KEYS }, h.fetchFn, NOW);
    expect(r).toMatchObject({ ok: false, reason: 'signature' });
    expect(r.ok ? '' : r.message).toMatch(/does not verify/);
    expect(await db.lists.get('uflpa')).toMatchObject({ source: 'bundled', entryCount: 187 });
    expect(await db.changes.count()).toBe(0);
    expect((await feedIndexState(db))?.lastError).toMatch(/does not verify/);
  });

  it('refuses an index whose bytes were altered after signing', async () => {
    const db = await seeded();
    const feed = feedOf('2026-12-01', new Date('2026-12-01T06:00:00Z'), [NEW_ENTITY]);
    const h = host(feed.files);
    const index = feed.files.find((f) => f.name === 'index.json')!;
    h.set({ name: 'index.json', text: index.text.replace('"entries": 188', '"entries": 189') });
    expect(await updateFromIndex(db, { url: URL, keys: KEYS }, h.fetchFn, NOW)).toMatchObject({
      ok: false,
      reason: 'signature',
    });
  });

  it('refuses a replayed older index after a newer one', async () => {
    const db = await seeded();
    const newer = host(feedOf('2026-12-01', new Date('2026-12-02T00:00:00Z'), [NEW_ENTITY]).files);
    expect(await updateFromIndex(db, { url: URL, keys: KEYS }, newer.fetchFn, NOW)).toMatchObject({ ok: true });
    const old = host(feedOf('2026-11-01', new Date('2026-11-01T00:00:00Z')).files);
    const r = await updateFromIndex(db, { url: URL, keys: KEYS }, old.fetchFn, NOW);
    expect(r).toMatchObject({ ok: false, reason: 'replayed' });
    expect(r.ok ? '' : r.message).toMatch(/older than the one already accepted/);
    expect(await db.lists.get('uflpa')).toMatchObject({ asOf: '2026-12-01', entryCount: 188 });
  });

  it('refuses a future as-of date (it would block every genuine update)', async () => {
    const db = await seeded();
    const h = host(feedOf('2099-12-31', new Date('2026-12-01T00:00:00Z'), [NEW_ENTITY]).files);
    const r = await updateFromIndex(db, { url: URL, keys: KEYS }, h.fetchFn, NOW);
    expect(r).toMatchObject({ ok: false, reason: 'future' });
    expect(r.ok ? '' : r.message).toMatch(/2099-12-31, in the future/);
    expect(await db.lists.get('uflpa')).toMatchObject({ source: 'bundled', asOf: '2026-08-10' });
  });

  it('refuses a list file that differs from the signed hash', async () => {
    const db = await seeded();
    const h = host(feedOf('2026-12-01', new Date('2026-12-01T00:00:00Z'), [NEW_ENTITY]).files);
    h.set({ name: 'uflpa.json', text: snapshotJson(uflpaWith('2026-12-01', [{ ...NEW_ENTITY, name: 'Other' }])) });
    const r = await updateFromIndex(db, { url: URL, keys: KEYS }, h.fetchFn, NOW);
    expect(r).toMatchObject({ ok: false, reason: 'checksum' });
    expect(await db.lists.get('uflpa')).toMatchObject({ entryCount: 187 });
  });

  it('needs a trusted key', async () => {
    const db = await seeded();
    const h = host(feedOf('2026-12-01', new Date('2026-12-01T00:00:00Z')).files);
    expect(await updateFromIndex(db, { url: URL, keys: [] }, h.fetchFn, NOW)).toMatchObject({
      ok: false,
      reason: 'unsigned',
    });
  });

  it('downloads only the lists whose hash changed', async () => {
    const db = freshDb();
    await ensureBundled(db, async (id) => bundled(id), { marker: 'm', ids: ['uflpa', 'tip-tiers'] });
    const files = [
      { name: 'uflpa.json', text: snapshotJson(uflpaWith('2026-12-01', [NEW_ENTITY])) },
      { name: 'tip-tiers.json', text: snapshotJson(bundled('tip-tiers')) },
    ];
    const h = host(buildFeed(files, key, new Date('2026-12-01T00:00:00Z')).files);
    const r = await updateFromIndex(db, { url: URL, keys: KEYS }, h.fetchFn, NOW);
    expect(r).toMatchObject({ ok: true, updated: ['uflpa'] });
    expect(h.log.requests).toBe(3); // index, signature, uflpa.json (tip-tiers matches already)
  });
});
