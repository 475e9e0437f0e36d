// The signed feed end to end in Chromium: a local https feed server publishes a signed update that
// adds an entity; the extension verifies it, records and shows the diff, and alerts on a supplier
// already in the history, without a reload. A bad signature, a replayed older index and a future
// as-of date change nothing and say why. The server counts the bytes it serves, so a repeated
// check is seen to cost a 304 and no body.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_ARGS, chromePath } from '../../src/cli/chrome';
import { buildFeed, publicKeyOf, type FeedFile } from '../../src/cli/feed-build';
import type { HistoryEntry, ListChange, SupplierAlert, UpdateOutcome } from '../../src/shared/messages';
import { askFrom } from './ask';
import { engineInfo } from './engine-info';
import { selfSigned } from './feed-server';
import { DIST, ROOT, SHOTS, removeProfile, serveFixtures, type FixtureServer } from './harness';

let context: BrowserContext;
let extensionId: string;
let fixtures: FixtureServer;
let feed: Server;
let indexUrl: string;
const dirs: string[] = [];
const files = new Map<string, string>();
const served = { bytes: 0, notModified: 0, byFile: new Map<string, number>() };

const key = generateKeyPairSync('ed25519').privateKey;
const otherKey = generateKeyPairSync('ed25519').privateKey;
const today = new Date().toISOString().slice(0, 10);
const ENTITY_NAME = 'Brightloom Textile Holdings Co., Ltd.';
const NEW_ENTITY = {
  id: 'e2e-brightloom',
  name: ENTITY_NAME,
  aliases: [],
  sections: [
    {
      section: '2(d)(2)(B)(ii)',
      citation: 'UFLPA Section 2(d)(2)(B)(ii)',
      label: 'works with the government of Xinjiang to recruit, transport, transfer, harbor or receive forced labor',
      date: today,
    },
  ],
};
const uflpa = JSON.parse(readFileSync(join(ROOT, 'public/data/uflpa.json'), 'utf8')) as {
  meta: { asOf: string };
  entries: unknown[];
};
function publish(feedFiles: FeedFile[]): void {
  files.clear();
  for (const f of feedFiles) files.set(f.name, f.text);
}
const uflpaFile = (asOf: string, extra: unknown[]): FeedFile => ({
  name: 'uflpa.json',
  text: JSON.stringify({ ...uflpa, meta: { ...uflpa.meta, asOf }, entries: [...uflpa.entries, ...extra] }),
});
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);

/** A self-signed certificate for 127.0.0.1 (the settings accept https:// feed URLs only). */
function certificate(): { key: Buffer; cert: Buffer; spki: string } {
  const dir = mkdtempSync(join(tmpdir(), 'laborlens-cert-'));
  dirs.push(dir);
  return selfSigned(dir);
}

beforeAll(async () => {
  const tls = certificate();
  feed = createServer(tls, (req, res) => {
    const name = (req.url ?? '').split('/').pop() ?? '';
    const text = files.get(name);
    const cors = { 'access-control-allow-origin': '*' };
    if (text === undefined) return void res.writeHead(404, cors).end();
    const etag = `"${createHash('sha256').update(text).digest('hex').slice(0, 20)}"`;
    if (req.headers['if-none-match'] === etag) {
      served.notModified++;
      return void res.writeHead(304, { ...cors, etag }).end();
    }
    const n = Buffer.byteLength(text);
    served.bytes += n;
    served.byFile.set(name, (served.byFile.get(name) ?? 0) + n);
    res.writeHead(200, { ...cors, etag, 'content-type': 'application/json', 'cache-control': 'no-cache' }).end(text);
  });
  await new Promise<void>((ok) => feed.listen(0, '127.0.0.1', ok));
  indexUrl = `https://127.0.0.1:${(feed.address() as { port: number }).port}/feed/index.json`;
  fixtures = await serveFixtures();
  const profile = mkdtempSync(join(tmpdir(), 'laborlens-e2e-'));
  dirs.push(profile);
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: true,
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      ...CHROME_ARGS,
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      `--ignore-certificate-errors-spki-list=${tls.spki}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
}, 120_000);

afterAll(async () => {
  await context?.close();
  await fixtures?.close();
  await new Promise<void>((ok) => (feed ? feed.close(() => ok()) : ok()));
  for (const d of dirs) removeProfile(d);
});

let ext: Page | undefined;
async function ask<T>(name: string, payload: unknown): Promise<T> {
  if (!ext || ext.isClosed()) {
    ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/options.html`);
  }
  return askFrom<T>(ext, name, payload);
}
async function until<T>(get: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
const feedOutcome = (o: UpdateOutcome[]) => o.find((x) => x.id === 'feed');
const uflpaRow = async () =>
  (await ask<{ id: string; entries: number; asOf: string }[]>('listSummaries', {})).find((l) => l.id === 'uflpa')!;

describe('signed feed', () => {
  it('verifies a signed update, shows its diff and alerts on a supplier already checked', async () => {
    // 1. A buyer checks a page with a supplier that no list names yet.
    const shop = await context.newPage();
    const pageUrl = fixtures.url('feed-watch-supplier.html');
    await shop.goto(pageUrl);
    await until(
      () => ask<HistoryEntry[]>('getHistory', {}),
      (h) => h.some((r) => r.url === pageUrl && (r.suppliers ?? []).includes(ENTITY_NAME)),
      'the checked page in the history',
    );
    expect((await uflpaRow()).entries).toBe(187);

    // 2. The team's feed publishes a signed update adding that supplier to the UFLPA list.
    const first = buildFeed([uflpaFile(today, [NEW_ENTITY])], key, hoursAgo(2));
    publish(first.files);
    const { problems } = await ask<{ problems: unknown[] }>('saveSettings', {
      patch: { feedIndexUrl: indexUrl, feedPublicKeys: [publicKeyOf(key)] },
    });
    expect(problems).toEqual([]);
    const outcomes = await ask<UpdateOutcome[]>('updateLists', {});
    expect(feedOutcome(outcomes), JSON.stringify(outcomes)).toMatchObject({
      ok: true,
      message: expect.stringMatching(/updated uflpa/),
    });
    expect(await uflpaRow()).toMatchObject({ entries: 188, asOf: today });

    // 3. The diff is recorded and the alert names the supplier, the page and the date.
    const news = await ask<{ changes: ListChange[]; alerts: SupplierAlert[] }>('getNews', {});
    expect(news.changes.map((c) => c.summary)).toContain(`UFLPA Entity List: 1 entity added on ${today}`);
    const alert = news.alerts.find((a) => a.key === ENTITY_NAME);
    expect(alert?.message).toBe(
      `Supplier ${ENTITY_NAME}, seen on Supplier search - cotton yarn on ${today}, is now on the UFLPA Entity List.`,
    );

    // A browser notification says it too.
    const shown = await ask<unknown>('getAlerts', {});
    expect(Array.isArray(shown)).toBe(true);
    await expect
      .poll(async () => Object.keys(await ext!.evaluate(() => chrome.notifications.getAll())).length, {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);

    // 4. The popup says so once (banner), Settings show the diff, History marks the row.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect
      .poll(() => popup.locator('.news').textContent(), { timeout: 15_000 })
      .toContain(`Supplier ${ENTITY_NAME}, seen on Supplier search - cotton yarn`);
    await popup.screenshot({ path: join(SHOTS, 'popup-feed-alert.png') });
    await expect.poll(async () => (await ask<{ changes: ListChange[] }>('getNews', {})).changes.length).toBe(0);
    await popup.reload();
    await popup.locator('.summary, .muted').first().waitFor();
    expect(await popup.locator('.news').count()).toBe(0);
    await popup.close();

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const card = options.locator('.list-card[data-list="uflpa"]');
    await card.locator('details.changes summary').click();
    await expect.poll(() => card.locator('details.changes').textContent()).toContain(ENTITY_NAME);
    await expect
      .poll(() => options.locator('.history-alert').first().textContent())
      .toContain('is now on the UFLPA Entity List');
    await card.screenshot({ path: join(SHOTS, 'options-list-diff.png') });
    await options.close();
    await shop.close();
  }, 180_000);

  it('a second check costs the host a 304 and no body', async () => {
    const before = served.bytes;
    const before304 = served.notModified;
    const outcomes = await ask<UpdateOutcome[]>('updateLists', {});
    expect(feedOutcome(outcomes)).toMatchObject({ ok: true, message: 'feed not modified since the last check' });
    expect(served.bytes - before).toBe(0);
    expect(served.notModified - before304).toBe(1);
  }, 60_000);

  it('refuses a bad signature, a replayed older index and a future as-of date, changing nothing', async () => {
    const extra = { ...NEW_ENTITY, id: 'e2e-second', name: 'Second Feedtest Apparel Co., Ltd.' };
    const cases: [string, FeedFile[], RegExp][] = [
      [
        'bad signature',
        buildFeed([uflpaFile(today, [NEW_ENTITY, extra])], otherKey, hoursAgo(1)).files,
        /does not verify/,
      ],
      [
        'replayed older index',
        buildFeed([uflpaFile(uflpa.meta.asOf, [])], key, hoursAgo(48)).files,
        /older than the one already accepted/,
      ],
      [
        'future as-of date',
        buildFeed([uflpaFile('2099-12-31', [NEW_ENTITY, extra])], key, hoursAgo(1)).files,
        /2099-12-31, in the future/,
      ],
    ];
    for (const [what, feedFiles, why] of cases) {
      publish(feedFiles);
      const outcome = feedOutcome(await ask<UpdateOutcome[]>('updateLists', {}));
      expect(outcome, what).toMatchObject({ ok: false });
      expect(outcome?.message, what).toMatch(why);
      expect(await uflpaRow(), what).toMatchObject({ entries: 188, asOf: today });
    }
    const status = await ask<{ lastError?: string | null }>('getFeedStatus', {});
    expect(status.lastError).toMatch(/in the future/);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect.poll(() => options.locator('.signed-feed .last-error').textContent()).toMatch(/in the future/);
    await options.close();
  }, 120_000);

  it('origins are read from a feed that changes the Xinjiang places, not from the tables shipped for the old list', async () => {
    // The worker takes the place tables packaged with the extension only while the place lists are
    // the shipped files: a county the feed adds is found once the update is in, and not before.
    const place = 'Brightloom County';
    const page = await context.newPage();
    await page.goto(fixtures.url(`supplier-named.html?name=${encodeURIComponent(`Origin: ${place}`)}`));
    const origin = page.locator('laborlens-flag[data-kind="origin"][data-key="CN-XJ"]');
    // The page's listed supplier flagged: the page has been scanned.
    await page.locator('laborlens-flag[data-kind="supplier"]').first().waitFor();
    expect(await origin.count()).toBe(0);
    expect(await engineInfo({ context, extensionId })).toMatchObject({
      tables: 'package',
    });

    const places = JSON.parse(readFileSync(join(ROOT, 'public/data/xinjiang-places.json'), 'utf8')) as {
      meta: { asOf: string };
      entries: unknown[];
    };
    const county = { code: '653299', level: 'county', nameZh: '明织县', namesEn: [place], parentCode: '6532' };
    const changed = { ...places, meta: { ...places.meta, asOf: today }, entries: [...places.entries, county] };
    const placesFile = { name: 'xinjiang-places.json', text: JSON.stringify(changed) };
    publish(buildFeed([uflpaFile(today, [NEW_ENTITY]), placesFile], key, new Date()).files);
    const outcome = feedOutcome(await ask<UpdateOutcome[]>('updateLists', {}));
    expect(outcome, JSON.stringify(outcome)).toMatchObject({
      ok: true,
      message: expect.stringMatching(/xinjiang-places/),
    });

    await page.reload();
    await origin.first().waitFor();
    expect(await origin.first().getAttribute('data-severity')).toBe('high');
    expect(await engineInfo({ context, extensionId })).toMatchObject({
      tables: 'made',
    });
    await page.close();
  }, 120_000);
});
