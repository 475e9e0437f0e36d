import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BundleIndex } from '../../../src/core/lists/bundle-index';
import { sha256Hex, snapshotChecksum, snapshotJson } from '../../../src/data/checksum';
import { ensureBundled, removeCustomList, updateFromFeed } from '../../../src/data/list-store';
import { MAX_FEED_CHARS } from '../../../src/data/feed-update';
import { bundled, edited, freshDb, okResponse } from './helpers';

const URL = 'https://feeds.example.org/tip-tiers.json';

async function seeded() {
  const db = freshDb();
  await ensureBundled(db, async (id) => bundled(id), { marker: 'm', ids: ['tip-tiers'] });
  return db;
}
const newer = () => edited(bundled('tip-tiers'), '2026-09-30');
/** Unsigned feeds are used only pinned: the pin of the body served. */
const pinned = async (body: string, url = URL) => ({ url, sha256: await sha256Hex(body) });
const ANY_PIN = { url: URL, sha256: 'a'.repeat(64) };

async function expectOldData(db: Awaited<ReturnType<typeof seeded>>, error: RegExp) {
  const row = await db.lists.get('tip-tiers');
  expect(row).toMatchObject({ asOf: '2025-09-29', entryCount: 184, source: 'bundled' });
  expect(row?.lastError).toMatch(error);
  expect((await db.snapshots.get('tip-tiers'))?.entries).toHaveLength(184);
}

describe('checksums', () => {
  it('a bundled snapshot checksum equals its index.json SHA-256', async () => {
    const index = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../../public/data/index.json'), 'utf8'),
    ) as BundleIndex;
    expect(await snapshotChecksum(bundled('tip-tiers'))).toBe(index.lists.find((l) => l.id === 'tip-tiers')?.sha256);
  });
});

describe('updateFromFeed', () => {
  it('updates a custom list from its feed, which can then be removed', async () => {
    const db = freshDb();
    const team = {
      format: 1 as const,
      meta: { id: 'custom:team' as const, name: 'Team', publisher: 'Us', sourceUrl: '', asOf: '2026-01-01' },
      role: 'watch' as const,
      entries: [{ id: 'a', name: 'A', aliases: [], severity: 'low' }],
    };
    const r = await updateFromFeed(
      db,
      'custom:team',
      await pinned(snapshotJson(team), 'https://corp.example/team.json'),
      okResponse(snapshotJson(team)),
    );
    expect(r).toMatchObject({ ok: true, changed: true, entryCount: 1 });
    expect(await removeCustomList(db, 'custom:team')).toBe(true);
    expect(await db.lists.count()).toBe(0);
  });

  it('replaces the snapshot when the feed is valid and its pinned SHA-256 matches', async () => {
    const db = await seeded();
    const body = snapshotJson(newer());
    const r = await updateFromFeed(db, 'tip-tiers', { url: URL, sha256: await sha256Hex(body) }, okResponse(body));
    expect(r).toMatchObject({ ok: true, changed: true, entryCount: 183, asOf: '2026-09-30' });
    expect(await db.lists.get('tip-tiers')).toMatchObject({
      source: 'feed',
      asOf: '2026-09-30',
      entryCount: 183,
      updateUrl: URL,
      sha256Pin: await sha256Hex(body),
      lastError: null,
    });
    expect((await db.snapshots.get('tip-tiers'))?.entries).toHaveLength(183);
  });

  it('reports an unchanged feed without rewriting', async () => {
    const db = await seeded();
    const body = snapshotJson(bundled('tip-tiers'));
    const r = await updateFromFeed(db, 'tip-tiers', await pinned(body), okResponse(body));
    expect(r).toMatchObject({ ok: true, changed: false });
    expect((await db.lists.get('tip-tiers'))?.source).toBe('bundled');
  });

  it('keeps the old data on a network error', async () => {
    const db = await seeded();
    const r = await updateFromFeed(db, 'tip-tiers', ANY_PIN, () => Promise.reject(new TypeError('Failed to fetch')));
    expect(r).toMatchObject({ ok: false, reason: 'network' });
    await expectOldData(db, /could not fetch .*Failed to fetch/);
  });

  it('keeps the old data on an HTTP error', async () => {
    const db = await seeded();
    const r = await updateFromFeed(db, 'tip-tiers', ANY_PIN, async () => ({
      ok: false,
      status: 503,
      text: async () => '',
    }));
    expect(r).toMatchObject({ ok: false, reason: 'http' });
    await expectOldData(db, /HTTP 503/);
  });

  it('keeps the old data when the checksum does not match', async () => {
    const db = await seeded();
    const r = await updateFromFeed(
      db,
      'tip-tiers',
      { url: URL, sha256: 'a'.repeat(64) },
      okResponse(snapshotJson(newer())),
    );
    expect(r).toMatchObject({ ok: false, reason: 'checksum' });
    await expectOldData(db, /does not match the pinned a{64}/);
  });

  it('keeps the old data on a corrupt payload', async () => {
    const db = await seeded();
    const body = snapshotJson(newer()).slice(0, 500);
    const r = await updateFromFeed(db, 'tip-tiers', await pinned(body), okResponse(body));
    expect(r).toMatchObject({ ok: false, reason: 'malformed' });
    await expectOldData(db, /not valid JSON/);
  });

  it('keeps the old data when the feed is valid JSON of the wrong shape or list', async () => {
    const db = await seeded();
    const wrongList = await updateFromFeed(
      db,
      'tip-tiers',
      await pinned(snapshotJson(bundled('dol-eo13126'))),
      okResponse(snapshotJson(bundled('dol-eo13126'))),
    );
    expect(wrongList).toMatchObject({ ok: false, reason: 'malformed' });
    expect(wrongList.ok ? '' : wrongList.message).toMatch(/expected list "tip-tiers", found "dol-eo13126"/);
    const badEntry = edited(bundled('tip-tiers'), '2026-09-30', (e) => [
      ...e,
      { iso2: 'XX', country: 'X', tier: 'Tier 9', year: 2026 },
    ]);
    const r = await updateFromFeed(
      db,
      'tip-tiers',
      await pinned(snapshotJson(badEntry)),
      okResponse(snapshotJson(badEntry)),
    );
    expect(r.ok ? '' : r.message).toMatch(/entries\[184\]\.tier/);
    await expectOldData(db, /entries\[184\]\.tier/);
  });

  it('refuses a feed older than the data in use', async () => {
    const db = await seeded();
    const r = await updateFromFeed(
      db,
      'tip-tiers',
      await pinned(snapshotJson(edited(bundled('tip-tiers'), '2020-01-01'))),
      okResponse(snapshotJson(edited(bundled('tip-tiers'), '2020-01-01'))),
    );
    expect(r).toMatchObject({ ok: false, reason: 'older' });
    await expectOldData(db, /older than the data in use/);
  });

  it('keeps the old data when storage hits the quota', async () => {
    const db = await seeded();
    const spy = vi
      .spyOn(db.snapshots, 'put')
      .mockImplementation(
        () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) as never,
      );
    const r = await updateFromFeed(
      db,
      'tip-tiers',
      await pinned(snapshotJson(newer())),
      okResponse(snapshotJson(newer())),
    );
    spy.mockRestore();
    expect(r).toMatchObject({ ok: false, reason: 'quota' });
    await expectOldData(db, /QuotaExceededError/);
  });

  it('rolls back the list row when the entries write fails after it', async () => {
    const db = await seeded();
    // lists.put runs after snapshots.put; failing it must also undo the snapshot write.
    const spy = vi
      .spyOn(db.lists, 'put')
      .mockImplementation(() => Promise.reject(new DOMException('quota', 'QuotaExceededError')) as never);
    await updateFromFeed(db, 'tip-tiers', await pinned(snapshotJson(newer())), okResponse(snapshotJson(newer())));
    spy.mockRestore();
    expect((await db.snapshots.get('tip-tiers'))?.entries).toHaveLength(184);
  });
});

describe('updateFromFeed: oversized feeds', () => {
  it('refuses a body over MAX_FEED_CHARS and keeps the old data', async () => {
    const db = await seeded();
    const huge = ' '.repeat(MAX_FEED_CHARS + 1);
    const r = await updateFromFeed(db, 'tip-tiers', ANY_PIN, okResponse(huge));
    expect(r).toMatchObject({ ok: false, reason: 'malformed' });
    await expectOldData(db, /larger than 64 MB/);
  });
});

describe('updateFromFeed: what an unsigned feed may do', () => {
  it('refuses an unsigned feed without a pinned SHA-256', async () => {
    const db = await seeded();
    const body = snapshotJson(newer());
    const r = await updateFromFeed(db, 'tip-tiers', { url: URL }, okResponse(body));
    expect(r).toMatchObject({ ok: false, reason: 'unpinned' });
    await expectOldData(db, /not signed: pin its SHA-256/);
  });

  it('refuses a feed dated in the future (it would block every genuine update)', async () => {
    const db = await seeded();
    const body = snapshotJson(edited(bundled('tip-tiers'), '2099-12-31'));
    const r = await updateFromFeed(db, 'tip-tiers', await pinned(body), okResponse(body), new Date('2026-12-05'));
    expect(r).toMatchObject({ ok: false, reason: 'future' });
    await expectOldData(db, /2099-12-31, in the future/);
  });

  it('refuses a redirect to plain http without reading its body', async () => {
    const db = await seeded();
    const body = snapshotJson(newer());
    let read = false;
    const r = await updateFromFeed(db, 'tip-tiers', await pinned(body), async () => ({
      ok: true,
      status: 200,
      redirected: true,
      url: 'http://evil.example/tip.json',
      text: async () => {
        read = true;
        return body;
      },
    }));
    expect(r).toMatchObject({ ok: false, reason: 'redirect' });
    expect(read).toBe(false);
    await expectOldData(db, /not https/);
  });

  it('stops reading a streamed body at the cap', async () => {
    const db = await seeded();
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(32);
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(chunk);
      },
    });
    const r = await updateFromFeed(db, 'tip-tiers', ANY_PIN, async () => ({
      ok: true,
      status: 200,
      body: stream,
      text: async () => {
        throw new Error('text() must not be used when a stream exists');
      },
    }));
    expect(r).toMatchObject({ ok: false });
    expect(r.ok ? '' : r.message).toMatch(/larger than 64 MB/);
    // An endless body: the read stopped just past the cap, not at memory exhaustion.
    expect(pulled).toBeLessThan(72);
  });
});

describe('updateFromFeed: more names than the browser holds', () => {
  it('refuses a feed of 250,001 entries with a clear message and keeps the old data', { timeout: 60_000 }, async () => {
    const db = await seeded();
    const tip = bundled('tip-tiers');
    const one = tip.entries[0] as object;
    const many = { ...tip, entries: Array.from({ length: 250_001 }, () => one) };
    const body = JSON.stringify(many);
    const r = await updateFromFeed(db, 'tip-tiers', await pinned(body), okResponse(body));
    expect(r).toMatchObject({ ok: false, reason: 'malformed' });
    await expectOldData(db, /feed has 250001 entries; at most 250000 are allowed in the browser/);
  });
});
