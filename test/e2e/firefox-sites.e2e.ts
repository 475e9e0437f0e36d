// "Scan this site" in Firefox on a host that is not built in. Firefox refuses a port in a match
// pattern, so a site turned on from a page on port N used to register a content script that never
// ran there. Here a made-up host name (network.dns.localDomains maps it to this machine) serves the
// fixture page on the fixture server's port; the user opens the popup for that tab and clicks
// "Turn on", which asks for the host permission with a real click (Firefox grants it without a
// prompt under extensions.webextOptionalPermissionPrompts=false, the one thing a headless test
// cannot do by hand); after a reload the page gets its flags.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_FIREFOX, launchFirefox, type Firefox } from './firefox';
import { serveFixtures, type FixtureServer } from './harness';
import { waitFor } from './poll';

const ID = 'laborlens@laborlens.example';
const SITE = 'shop.example.test';

let ff: Firefox;
let server: FixtureServer;

beforeAll(async () => {
  [ff, server] = await Promise.all([
    launchFirefox({
      'network.dns.localDomains': SITE,
      'extensions.webextOptionalPermissionPrompts': false,
      // The fixture server speaks http only; HTTPS-First would try https first and then fall back.
      'dom.security.https_first': false,
    }),
    serveFixtures(),
  ]);
  await ff.send('webExtension.install', { extensionData: { type: 'path', path: DIST_FIREFOX } });
}, 120_000);
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const FLAG_KEYS = `(() => {
  const root = Array.from(document.querySelectorAll('laborlens-root')).find((r) => r.shadowRoot);
  const flags = root ? Array.from(root.shadowRoot.querySelectorAll('laborlens-flag')) : [];
  return JSON.stringify(flags.map((f) => f.getAttribute('data-key')).sort());
})()`;

describe('Firefox: Scan this site', () => {
  it('scans a made-up host on a non-default port once the user turns it on in the popup', async () => {
    const url = server.url('marketplace-three-listed.html').replace('127.0.0.1', SITE);
    expect(new URL(url).port).not.toBe('');
    const tab = await ff.tab();
    await ff.send('browsingContext.navigate', { context: tab, url, wait: 'complete' });

    const options = await ff.openExtensionPage(ID, 'options.html');
    const tabId = Number(
      // Without the site's permission the extension cannot see the tab's URL: it is the first tab.
      await ff.evaluate(options, `browser.tabs.query({}).then((t) => t.find((x) => x.index === 0)?.id ?? -1)`),
    );
    expect(tabId).toBeGreaterThanOrEqual(0);

    await ff.grantActiveTab(ID);
    const popup = await ff.openExtensionPage(ID, `popup.html?tab=${tabId}`);
    const before = await waitFor(
      () => ff.evaluate(popup, `document.querySelector('.site')?.className ?? ''`),
      (c) => c !== '',
      { timeoutMs: 30_000, everyMs: 200 },
    );
    expect(before).toBe('site off');
    await ff.click(popup, '.site button');
    const after = await waitFor(
      () => ff.evaluate(popup, `document.querySelector('.site')?.className ?? ''`),
      (c) => c === 'site on',
      { timeoutMs: 30_000, everyMs: 200 },
    );
    expect(after).toBe('site on');

    // The site is stored and registered without the port, which Firefox would refuse.
    const registered = JSON.parse(
      String(
        await ff.evaluate(
          options,
          `browser.scripting.getRegisteredContentScripts().then((s) => JSON.stringify(s.flatMap((x) => x.matches)))`,
        ),
      ),
    ) as string[];
    expect(registered).toEqual([`http://${SITE}/*`]);

    await ff.send('browsingContext.navigate', { context: tab, url, wait: 'complete' });
    const keys = await waitFor(
      async () => JSON.parse(String(await ff.evaluate(tab, FLAG_KEYS))) as string[],
      (k) => k.length >= 3,
      { timeoutMs: 30_000, everyMs: 200 },
    );
    expect(keys).toEqual([
      'Shandong Meijia Group Co., Ltd.',
      'Zhuhai Apex Microelectronics Co., Ltd.',
      'Zhuhai Pantum Electronics Co. Ltd.',
    ]);
  }, 180_000);
});
