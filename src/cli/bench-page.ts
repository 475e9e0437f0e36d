// Page benchmark: the longest main-thread task while LaborLens scans a page of 100,000 nodes in a
// real Chromium, against the same page and window without the extension (the baseline), and how
// long new content waits for its flag.
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { bigPageHtml } from './big-page';
import { launchPlain, launchWithExtension } from './chrome';

const ROOT = resolve(import.meta.dirname, '../..');

export interface PageBench {
  nodes: number;
  longest_task_ms: number;
  baseline_longest_task_ms: number;
  flags: number;
  first_flags_ms: number;
  new_content_flag_ms: number;
}

/** Long tasks (>= 50 ms by definition) on the page's main thread, collected from now on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(`window.__long = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: false });`);
}
const longest = async (page: Page) => (await page.evaluate('Math.max(0, ...window.__long)')) as number;

// Kept as source text: tsx's helpers must not leak into code that runs in the page.
const NEW_CONTENT_PROBE = `new Promise((done) => {
  const key = 'Xinjiang East Hope Nonferrous Metals Co., Ltd.';
  const row = document.createElement('p');
  row.textContent = 'New listing: ' + key;
  const start = performance.now();
  document.body.append(row);
  const check = () => {
    const root = document.querySelector('laborlens-root');
    const flags = root && root.shadowRoot ? Array.from(root.shadowRoot.querySelectorAll('laborlens-flag')) : [];
    if (flags.some((f) => f.getAttribute('data-key') === key)) done(performance.now() - start);
    else requestAnimationFrame(check);
  };
  check();
})`;

async function run(context: BrowserContext, url: string, withExtension: boolean, windowMs: number): Promise<{ longest: number; flags: number; firstMs: number; newMs: number; windowMs: number }> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await watchLongTasks(page);
  const t0 = Date.now();
  let flags = 0;
  let firstMs = 0;
  let newMs = 0;
  if (withExtension) {
    const loc = page.locator('laborlens-flag');
    await loc.first().waitFor({ state: 'attached', timeout: 60_000 });
    firstMs = Date.now() - t0;
    // Settled: the same count twice, a second apart.
    for (let prev = -1; (flags = await loc.count()) !== prev; prev = flags) await page.waitForTimeout(1000);
    // New content: one listed supplier appended; time until its flag is drawn, measured in the page.
    newMs = (await page.evaluate(NEW_CONTENT_PROBE)) as number;
  } else {
    await page.waitForTimeout(windowMs);
  }
  const measured = Date.now() - t0;
  const result = { longest: await longest(page), flags, firstMs, newMs, windowMs: measured };
  await page.close();
  return result;
}

export async function benchPage(nodes = 100_000): Promise<PageBench> {
  const html = bigPageHtml(nodes);
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}/big.html`;
  const profiles = [mkdtempSync(join(tmpdir(), 'll-bench-a-')), mkdtempSync(join(tmpdir(), 'll-bench-b-'))];
  try {
    const ext = await launchWithExtension(join(ROOT, 'dist'), profiles[0]!, true);
    // Warm-up: the first scan after install also stores the bundled lists.
    await run(ext.context, url, true, 0);
    const ours = await run(ext.context, url, true, 0);
    await ext.context.close();
    const plain = await launchPlain(profiles[1]!);
    const base = await run(plain, url, false, ours.windowMs);
    await plain.close();
    return {
      nodes,
      longest_task_ms: Math.round(ours.longest),
      baseline_longest_task_ms: Math.round(base.longest),
      flags: ours.flags,
      first_flags_ms: ours.firstMs,
      new_content_flag_ms: Math.round(ours.newMs),
    };
  } finally {
    server.close();
    for (const p of profiles) rmSync(p, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchPage(Number(process.argv[2] ?? 100_000))
    .then((r) => console.log(JSON.stringify(r)))
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
