// LaborLens makes no network request of its own except to a feed URL the user configured. Every
// request the browser context makes (pages, frames, extension pages and the service worker) is
// recorded while we browse every fixture page and open the popup, options and demo pages, and
// while a list is updated from a feed served over https by this test.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_ARGS, chromePath } from '../../src/cli/chrome';
import { askFrom as ask } from './ask';
import { selfSigned } from './feed-server';
import { DIST, FIXTURES, removeProfile, ROOT, serveFixtures, type FixtureServer } from './harness';

let context: BrowserContext;
let extensionId: string;
let fixtures: FixtureServer;
let feed: Server;
let feedUrl: string;
/** Unsigned per-list feeds are used only with a pinned SHA-256. */
let feedPin: string;
const feedHits: string[] = [];
const requests: string[] = [];
const dirs: string[] = [];

/** A self-signed certificate for 127.0.0.1 (the settings accept https:// feed URLs only). */
function certificate(): { key: Buffer; cert: Buffer; spki: string } {
  const dir = mkdtempSync(join(tmpdir(), 'laborlens-cert-'));
  dirs.push(dir);
  return selfSigned(dir);
}

beforeAll(async () => {
  // A valid UFLPA feed: the bundled snapshot, dated later (not in the future) so the update stores it.
  const snapshot = JSON.parse(readFileSync(join(ROOT, 'public/data/uflpa.json'), 'utf8')) as { meta: { asOf: string } };
  snapshot.meta.asOf = new Date().toISOString().slice(0, 10);
  const body = JSON.stringify(snapshot);
  feedPin = createHash('sha256').update(body).digest('hex');
  feed = createServer(certificate(), (req, res) => {
    feedHits.push(req.url ?? '');
    // A public feed answers cross-origin reads (the extension holds no host permission for it).
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(body);
  });
  await new Promise<void>((ok) => feed.listen(0, '127.0.0.1', ok));
  feedUrl = `https://127.0.0.1:${(feed.address() as { port: number }).port}/uflpa.json`;
  fixtures = await serveFixtures();
  const profile = mkdtempSync(join(tmpdir(), 'laborlens-e2e-'));
  dirs.push(profile);
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  // The harness's launch, plus trust in the test's own certificate.
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: true,
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      ...CHROME_ARGS,
      ...rootArgs,
      '--disable-gpu',
      '--ignore-certificate-errors',
    ],
  });
  context.on('request', (r) => requests.push(r.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
});
afterAll(async () => {
  await context?.close();
  await fixtures?.close();
  await new Promise<void>((ok) => (feed ? feed.close(() => ok()) : ok()));
  for (const d of dirs) removeProfile(d);
});

// Small versions of the load fixtures: this test is about requests, not load.
const QUERY: Record<string, string> = {
  'load-million.html': '?nodes=20000',
  'load-10mb.html': '?mb=0.5',
  'load-storm.html': '?seconds=1&rate=1000',
};

describe('network requests', () => {
  it('refuses a plain-http feed URL in the settings', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const { problems } = await ask<{ problems: { key: string; message: string }[] }>(page, 'saveSettings', {
      patch: { feedUrls: { uflpa: 'http://127.0.0.1:1/uflpa.json' } },
    });
    expect(problems.map((p) => p.key).join(' ')).toMatch(/feedUrls/);
    const view = await ask<{ settings: { feedUrls: Record<string, string> } }>(page, 'getSettings', {});
    expect(view.settings.feedUrls.uflpa).toBeUndefined();
    await page.close();
  });

  it('browsing every fixture page and the popup, options and demo pages requests nothing but the pages, the extension and the configured feed', async () => {
    const pages = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.html'))
      .sort();
    expect(pages.length).toBeGreaterThan(10);
    // Four tabs at a time: each waits for its network to be idle (half a second without a
    // request), and the recorder is the context's, so no request is missed by the overlap.
    for (let i = 0; i < pages.length; i += 4)
      await Promise.all(
        pages.slice(i, i + 4).map(async (name) => {
          const page = await context.newPage();
          await page.goto(fixtures.url(name + (QUERY[name] ?? '')), { waitUntil: 'networkidle', timeout: 60_000 });
          await page.close();
        }),
      );
    const ext = await context.newPage();
    for (const p of ['popup.html', 'options.html', 'demo.html'])
      await ext.goto(`chrome-extension://${extensionId}/${p}`, { waitUntil: 'networkidle' });

    // The one request of our own that may leave: the feed the user configured, over https.
    const { problems } = await ask<{ problems: unknown[] }>(ext, 'saveSettings', {
      patch: { feedUrls: { uflpa: feedUrl }, feedSha256: { uflpa: feedPin } },
    });
    expect(problems).toEqual([]);
    const outcomes = await ask<{ id: string; ok: boolean; message: string }[]>(ext, 'updateLists', { ids: ['uflpa'] });
    expect(outcomes, `${JSON.stringify(outcomes)}; feed server saw ${JSON.stringify(feedHits)}`).toEqual([
      expect.objectContaining({ id: 'uflpa', ok: true }),
    ]);
    expect(feedHits).toEqual(['/uflpa.json']);
    await ext.goto(`chrome-extension://${extensionId}/options.html`, { waitUntil: 'networkidle' });
    await ext.close();

    const fixtureOrigin = new URL(fixtures.url('')).origin;
    const foreign = requests.filter(
      (u) => !u.startsWith(`${fixtureOrigin}/`) && !u.startsWith(`chrome-extension://${extensionId}/`) && u !== feedUrl,
    );
    expect(foreign).toEqual([]);
    // The recorder sees the service worker's requests too: the feed fetch is among them.
    expect(requests).toContain(feedUrl);
    expect(requests.filter((u) => u.startsWith(`${fixtureOrigin}/`)).length).toBeGreaterThanOrEqual(pages.length);
  });
});
