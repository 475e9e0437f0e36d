// Organisation lists from policy (customListUrls): signed or pinned, stored managed (locked).
import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { publicKeyOf } from '../../../src/cli/feed-build';
import { sha256Hex } from '../../../src/data/checksum';
import type { ChangeRow } from '../../../src/data/list-changes';
import { ensureBundled, importCustomList, removeCustomList, updateOrgList } from '../../../src/data/list-store';
import type { FeedResponse } from '../../../src/data/feed-fetch';
import { replaceSnapshot } from '../../../src/data/replace-snapshot';
import { bundled, freshDb } from './helpers';

const NOW = new Date('2026-12-05T10:00:00Z');
const key = generateKeyPairSync('ed25519').privateKey;
const KEYS = [publicKeyOf(key)];
const URL = 'https://lists.example.com/org-watch.json';
const list = (entries: { id: string; name: string }[], asOf = '2026-11-30') =>
  JSON.stringify({
    format: 1,
    meta: { id: 'custom:org-watch', name: 'Org watch', publisher: 'Example Corp', sourceUrl: '', asOf },
    role: 'watch',
    entries: entries.map((e) => ({ ...e, aliases: [], severity: 'high' })),
  });
const hostOf =
  (files: Record<string, string>) =>
  async (url: string): Promise<FeedResponse> => {
    const text = files[url.split('/').pop()!];
    return text === undefined
      ? { ok: false, status: 404, text: async () => '' }
      : { ok: true, status: 200, text: async () => text };
  };
const signed = (text: string) => ({
  'org-watch.json': text,
  'org-watch.json.sig': sign(null, Buffer.from(text), key).toString('base64'),
});

describe('updateOrgList', () => {
  it('stores a signed organisation list as managed; the user cannot remove it; a change records its diff', async () => {
    const db = freshDb();
    const r = await updateOrgList(db, URL, KEYS, hostOf(signed(list([{ id: 'a', name: 'Alpha Trading Ltd' }]))), NOW);
    expect(r).toMatchObject({ ok: true, id: 'custom:org-watch', changed: true });
    expect(await db.lists.get('custom:org-watch')).toMatchObject({
      managed: true,
      source: 'feed',
      role: 'watch',
      updateUrl: URL,
    });
    expect(await removeCustomList(db, 'custom:org-watch')).toBe(false);
    const r2 = await updateOrgList(
      db,
      URL,
      KEYS,
      hostOf(
        signed(
          list([
            { id: 'a', name: 'Alpha Trading Ltd' },
            { id: 'b', name: 'Beta Mills Ltd' },
          ]),
        ),
      ),
      NOW,
    );
    expect(r2.ok && r2.changes.map((c: ChangeRow) => c.summary)).toEqual(['Org watch: 1 entity added on 2026-12-05']);
    // A user import of the same id is refused.
    const mine = await importCustomList(db, 'org-watch.csv', 'name,severity\nX Ltd,high\n', 'watch', NOW);
    expect(mine.ok).toBe(false);
  });

  it('accepts a pinned list without a signature and refuses an unsigned, unpinned or badly signed one', async () => {
    const text = list([{ id: 'a', name: 'Alpha Trading Ltd' }]);
    const pinned = `${URL}#sha256=${await sha256Hex(text)}`;
    expect(await updateOrgList(freshDb(), pinned, [], hostOf({ 'org-watch.json': text }), NOW)).toMatchObject({
      ok: true,
    });
    const unsigned = await updateOrgList(freshDb(), URL, KEYS, hostOf({ 'org-watch.json': text }), NOW);
    expect(unsigned).toMatchObject({ ok: false, message: expect.stringMatching(/signature .* does not verify/) });
    const other = generateKeyPairSync('ed25519').privateKey;
    const forged = {
      'org-watch.json': text,
      'org-watch.json.sig': sign(null, Buffer.from(text), other).toString('base64'),
    };
    expect(await updateOrgList(freshDb(), URL, KEYS, hostOf(forged), NOW)).toMatchObject({ ok: false });
    expect(await updateOrgList(freshDb(), URL, [], hostOf(signed(text)), NOW)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/neither pinned .* nor verifiable/),
    });
  });

  it('refuses a built-in list id, a future date, and a user list of the same name', async () => {
    const db = freshDb();
    await ensureBundled(db, async (id) => bundled(id), { marker: 'm', ids: ['uflpa'] });
    const fake = JSON.stringify(bundled('uflpa'));
    const r = await updateOrgList(
      db,
      'https://lists.example.com/uflpa.json',
      KEYS,
      hostOf({ 'uflpa.json': fake, 'uflpa.json.sig': sign(null, Buffer.from(fake), key).toString('base64') }),
      NOW,
    );
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/must be a custom:<name> list/) });
    expect((await db.lists.get('uflpa'))?.source).toBe('bundled');
    const future = await updateOrgList(
      db,
      URL,
      KEYS,
      hostOf(signed(list([{ id: 'a', name: 'A Ltd' }], '2099-01-01'))),
      NOW,
    );
    expect(future).toMatchObject({ ok: false, message: expect.stringMatching(/in the future/) });
    await importCustomList(db, 'org-watch.csv', 'name,severity\nX Ltd,high\n', 'watch', NOW);
    const clash = await updateOrgList(db, URL, KEYS, hostOf(signed(list([{ id: 'a', name: 'A Ltd' }]))), NOW);
    expect(clash).toMatchObject({ ok: false, message: expect.stringMatching(/already one of your own lists/) });
  });
});

describe('extension updates record their diff', () => {
  it('a new bundled edition is a list change with its diff, collected for alerts', async () => {
    const db = freshDb();
    await ensureBundled(db, async (id) => bundled(id), { marker: 'v1', ids: ['tip-tiers'] });
    const changes: ChangeRow[] = [];
    const next = { ...bundled('tip-tiers'), meta: { ...bundled('tip-tiers').meta, asOf: '2026-09-30' } };
    next.entries = next.entries.slice(2);
    await ensureBundled(db, async () => next, { marker: 'v2', ids: ['tip-tiers'], changes });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      source: 'bundled',
      fromAsOf: '2025-09-29',
      toAsOf: '2026-09-30',
      counts: { removed: 2 },
    });
    expect(await db.changes.count()).toBe(1);
  });
});

describe('a future-dated feed row does not outlive an extension update', () => {
  it('is replaced by the bundled data', async () => {
    const db = freshDb();
    await ensureBundled(db, async (id) => bundled(id), { marker: 'v1', ids: ['tip-tiers'] });
    // As an older version (which took any feed date) could have left it.
    const tip = bundled('tip-tiers');
    await replaceSnapshot(
      db,
      { ...tip, meta: { ...tip.meta, asOf: '2099-12-31' }, entries: tip.entries.slice(1) },
      'feed',
    );
    expect((await db.lists.get('tip-tiers'))?.asOf).toBe('2099-12-31');
    await ensureBundled(db, async (id) => bundled(id), { marker: 'v2', ids: ['tip-tiers'], now: NOW });
    expect(await db.lists.get('tip-tiers')).toMatchObject({ source: 'bundled', asOf: '2025-09-29' });
  });
});
