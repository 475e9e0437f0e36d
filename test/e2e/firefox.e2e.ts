// The Firefox build (dist-firefox) in Debian's Firefox ESR, driven over WebDriver BiDi: it installs,
// its event-page background answers the content script, which draws the same flags as in
// Chromium, including for content a page adds later.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_FIREFOX, launchFirefox, type Firefox } from './firefox';
import { serveFixtures, type FixtureServer } from './harness';
import { HIDDEN_NAMES } from './hiding-names';
import { waitFor } from './poll';

let ff: Firefox;
let server: FixtureServer;

beforeAll(async () => {
  [ff, server] = await Promise.all([launchFirefox(), serveFixtures()]);
  const installed = await ff.send<{ extension: string }>('webExtension.install', {
    extensionData: { type: 'path', path: DIST_FIREFOX },
  });
  expect(installed.extension).toBe('laborlens@laborlens.example');
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

interface Flag {
  key: string;
  kind: string;
  severity: string;
}

const FLAGS = `(() => {
  // Ours is the one with a shadow root: a page can use our tag names for its own elements.
  const root = Array.from(document.querySelectorAll('laborlens-root')).find((r) => r.shadowRoot);
  const flags = root ? Array.from(root.shadowRoot.querySelectorAll('laborlens-flag')) : [];
  return JSON.stringify(flags.map((f) => ({ key: f.getAttribute('data-key'), kind: f.getAttribute('data-kind'), severity: f.getAttribute('data-severity') })));
})()`;

/** Polls the tab until it shows `count` flags (or the time is up); returns the last flags seen. */
async function flagsOn(tab: string, count: number, timeoutMs = 20_000): Promise<Flag[]> {
  const read = async () => JSON.parse(String(await ff.evaluate(tab, FLAGS))) as Flag[];
  return waitFor(read, (flags) => flags.length === count, { timeoutMs, everyMs: 200 });
}

describe('Firefox', () => {
  it('flags the three listed suppliers of the marketplace page, as in Chromium', async () => {
    const tab = await ff.tab();
    await ff.send('browsingContext.navigate', {
      context: tab,
      url: server.url('marketplace-three-listed.html'),
      wait: 'complete',
    });
    const flags = await flagsOn(tab, 3);
    expect(flags.map((f) => f.key).sort()).toEqual([
      'Shandong Meijia Group Co., Ltd.',
      'Zhuhai Apex Microelectronics Co., Ltd.',
      'Zhuhai Pantum Electronics Co. Ltd.',
    ]);
    expect(flags.every((f) => f.kind === 'supplier' && f.severity === 'critical')).toBe(true);
  });

  it('flags a listed supplier the page adds later, and keeps the others', async () => {
    const tab = await ff.tab();
    await ff.send('browsingContext.navigate', {
      context: tab,
      url: server.url('marketplace-three-listed.html'),
      wait: 'complete',
    });
    expect(await flagsOn(tab, 3)).toHaveLength(3);
    await ff.evaluate(
      tab,
      `(() => { const p = document.createElement('p'); p.textContent = 'New listing: Camel Group Co., Ltd.'; document.body.append(p); return true; })()`,
    );
    const flags = await flagsOn(tab, 4);
    expect(flags.map((f) => f.key)).toContain('Camel Group Co., Ltd.');
    expect(flags).toHaveLength(4);
  });

  it('flags the names a page tries to hide (our tag names, an overridden hidden, clobbering, a closed shadow root)', async () => {
    const tab = await ff.tab();
    await ff.send('browsingContext.navigate', {
      context: tab,
      url: server.url('hostile-hiding.html'),
      wait: 'complete',
    });
    const end = Date.now() + 20_000;
    let keys: string[] = [];
    while (Date.now() < end) {
      keys = (await flagsOn(tab, -1, 0))
        .filter((f) => f.kind === 'supplier')
        .map((f) => f.key)
        .sort();
      if (keys.length >= HIDDEN_NAMES.length) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(keys).toEqual(HIDDEN_NAMES);
  });
});
