// Load in a real Chromium: a page of 1,000,000 text nodes, one of 10 MB of text, a mutation storm
// and three nested same-origin frames. Checked here: no crash, the page keeps painting frames while
// we work, the flags are exactly the planted listed names afterwards, and the JS heap stays bounded.
// How long our tasks take is the page benchmark's job (test/bench/bench-page.ts), never asserted here.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness';
import { waitFor } from './poll';

const b = useBrowser();

/** The page's JS heap (page and content-script worlds share it) after a full garbage collection. */
async function heapMb(page: Page): Promise<number> {
  const cdp = await b.session.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

const flagKeys = (page: Page) =>
  page.locator('laborlens-flag').evaluateAll((els) => els.map((e) => e.getAttribute('data-key') ?? '').sort());
const beats = (page: Page) => page.evaluate(() => (window as unknown as { __beats: number }).__beats);

/** Polls until the flags are exactly `want` (sorted keys, one flag each); returns what it saw last. */
async function flagsBecome(page: Page, want: string[], timeoutMs: number): Promise<string[]> {
  const target = JSON.stringify([...want].sort());
  return waitFor(
    () => flagKeys(page),
    (keys) => JSON.stringify(keys) === target,
    { timeoutMs, everyMs: 250 },
  );
}

/** Opens a load fixture and checks flags, heartbeat and heap through a scan and one rescan. */
async function scanBig(path: string, timeoutMs: number): Promise<void> {
  const page = await b.session.context.newPage();
  await page.goto(b.server.url(path), { timeout: 60_000 });
  const planted = (await page.evaluate(() => (window as unknown as { __planted: string[] }).__planted)).sort();
  const before = await heapMb(page);
  const b0 = await beats(page);
  expect(await flagsBecome(page, planted, timeoutMs)).toEqual(planted);
  // The page kept rendering frames while the scan ran.
  expect(await beats(page)).toBeGreaterThan(b0);
  const scanned = await heapMb(page);
  // New content on the giant page: a full rescan finds it, and the old flags stay right.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Supplier: Changhong Meiling Co., Ltd.';
    document.body.append(p);
  });
  const more = [...planted, 'Changhong Meiling Co., Ltd.'].sort();
  expect(await flagsBecome(page, more, timeoutMs)).toEqual(more);
  const rescanned = await heapMb(page);
  // Generous bounds: what we keep after a scan is small next to the page, and rescans do not pile up.
  expect(scanned, `heap ${before.toFixed(0)} MB before, ${scanned.toFixed(0)} MB after the scan`).toBeLessThan(
    before * 2 + 64,
  );
  expect(
    rescanned,
    `heap ${scanned.toFixed(0)} MB after the scan, ${rescanned.toFixed(0)} MB after a rescan`,
  ).toBeLessThan(scanned * 1.5 + 32);
  console.log(`${path}: heap ${before.toFixed(1)} -> ${scanned.toFixed(1)} -> ${rescanned.toFixed(1)} MB`);
  await page.close();
}

describe('big pages', () => {
  it('a page of 1,000,000 text nodes: exact flags, page keeps painting, heap bounded', async () => {
    await scanBig('load-million.html', 60_000);
  }, 150_000);

  it('a page of 10 MB of text: exact flags, page keeps painting, heap bounded', async () => {
    await scanBig('load-10mb.html', 60_000);
  }, 150_000);
});

describe('a mutation storm', () => {
  it('10,000 changes a second for 3 seconds: flags right afterwards, page keeps painting, heap bounded', async () => {
    const page = await b.session.context.newPage();
    await page.goto(b.server.url('load-storm.html?seconds=3&rate=10000'));
    const before = await heapMb(page);
    const b0 = await beats(page);
    await page.waitForFunction(() => (window as unknown as { __stormDone: boolean }).__stormDone, undefined, {
      timeout: 20_000,
      polling: 100,
    });
    const changes = await page.evaluate(() => (window as unknown as { __changes: number }).__changes);
    expect(changes).toBeGreaterThan(15_000); // timers may run late on a busy machine; still a storm
    expect(await beats(page)).toBeGreaterThan(b0 + 10);
    // The flicker ("Geehy ...") is gone, the final arrival is flagged, the stable two stay.
    const want = ['Camel Group Co., Ltd.', 'Western Gold Co., Ltd.', 'Zhuhai Pantum Electronics Co. Ltd.'];
    expect(await flagsBecome(page, want, 15_000)).toEqual(want);
    const after = await heapMb(page);
    expect(after, `heap ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after`).toBeLessThan(before * 2 + 32);
    console.log(`storm: ${changes} changes, heap ${before.toFixed(1)} -> ${after.toFixed(1)} MB`);
    await page.close();
  });
});

describe('nested frames', () => {
  it('three levels of same-origin iframes each get their own flag', async () => {
    const page = await b.session.context.newPage();
    await page.goto(b.server.url('frames-nested-1.html'));
    const levels = [
      page.locator(':root'),
      page.frameLocator('#child').locator(':root'),
      page.frameLocator('#child').frameLocator('#child').locator(':root'),
    ];
    const want = ['Camel Group Co., Ltd.', 'Western Gold Co., Ltd.', 'Zhuhai Apex Microelectronics Co., Ltd.'];
    for (const [i, level] of levels.entries()) {
      const flags = level.locator('laborlens-root laborlens-flag');
      await flags.first().waitFor({ state: 'attached', timeout: 15_000 });
      // Each frame draws only its own text's flags (no flag leaks into a parent or child frame).
      expect(await flags.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual([want[i]]);
    }
    await page.close();
  });
});
