// Page benchmark: the longest main-thread task while LaborLens scans a page of 100,000 nodes in a
// real Chromium, against the same page and window without the extension (the baseline), and how
// long new content waits for its flag. Then the load scenarios of the hardening issue, each beside
// its baseline: a page of 1,000,000 text nodes, a page of 10 MB of text, and a 10-second mutation
// storm of 10,000 changes a second (the fixtures test/fixtures/pages/load-*.html, which record
// their own long tasks). LABORLENS_DIST=<dir> benchmarks another build (before/after comparisons).
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { bigPageHtml } from './big-page';
import { launchPlain, launchWithExtension } from '../../src/cli/chrome';
import { summarise, tasksOf, traced, type OurTasks } from './task-trace';

const ROOT = resolve(import.meta.dirname, '../..');

export interface PageBench {
  nodes: number;
  /**
   * Tasks of ours, told apart in a Chrome trace (test/bench/task-trace.ts): the longest main-thread
   * task our content script ran in, and how many of them reached 50 ms, per scenario. The page's
   * own long-task counts below cannot tell our tasks from its rendering.
   */
  our_tasks: { hundred_k: OurTasks; million_text_nodes: OurTasks; storm: OurTasks; ten_mb: OurTasks };
  longest_task_ms: number;
  baseline_longest_task_ms: number;
  flags: number;
  first_flags_ms: number;
  new_content_flag_ms: number;
  /**
   * The page's long tasks over its whole load until its flags are drawn (the baseline: as long
   * without us). Its own build, style and first layout of so many nodes take seconds with or
   * without us and are split into tasks differently from run to run, so these only frame the
   * picture; which tasks are ours is `our_tasks`.
   */
  million_text_nodes_longest_task_ms: number;
  million_text_nodes_baseline_longest_task_ms: number;
  million_text_nodes_long_tasks: number;
  million_text_nodes_baseline_long_tasks: number;
  /**
   * The same with an extension whose content script does nothing: Chromium splits a page's load
   * into tasks differently once any content script is registered, before ours has even run.
   */
  million_text_nodes_empty_extension_long_tasks: number;
  million_text_nodes_flags_ms: number;
  /** The page's long tasks that ended after our overlay first appeared (drawing it included). */
  million_text_nodes_long_tasks_after_flags: number;
  /** Longest task during a 10 s storm of 10,000 changes a second and until the final flags are drawn. */
  storm_longest_task_ms: number;
  storm_baseline_longest_task_ms: number;
  storm_changes: number;
  /** The same on a 10 MB page. */
  ten_mb_longest_task_ms: number;
  ten_mb_baseline_longest_task_ms: number;
  ten_mb_long_tasks: number;
  ten_mb_baseline_long_tasks: number;
  ten_mb_empty_extension_long_tasks: number;
  ten_mb_flags_ms: number;
  ten_mb_long_tasks_after_flags: number;
}

/** Long tasks (>= 50 ms by definition) on the page's main thread, collected from now on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(`window.__long = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: false });`);
}
/**
 * Lets the page finish the task it is in and render, so the long-task entries of the window have
 * been delivered: a baseline window can end inside the page's own multi-second first layout.
 */
const settle = (page: Page) =>
  page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))))');
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

interface Ours {
  ours?: OurTasks;
}

/**
 * Runs `body` on a new page; traced, with our tasks told apart. Tracing and V8's sampling slow the
 * page down, so the page's own long-task figures come from untraced runs.
 */
interface Trace {
  /** File name under LABORLENS_TRACE_DIR. */
  name: string;
  /** URL prefix of our code: chrome-extension://<id>/. */
  ours: string;
}

async function onPage<T extends object>(
  context: BrowserContext,
  trace: Trace | undefined,
  body: (page: Page) => Promise<T>,
): Promise<T & Ours> {
  const page = await context.newPage();
  try {
    if (!trace) return { ...(await body(page)) };
    let out: T | undefined;
    const events = await traced(page, async () => {
      out = await body(page);
    });
    // LABORLENS_TRACE_DIR=<dir> keeps each trace (open in Chrome DevTools' Performance panel).
    const dir = process.env.LABORLENS_TRACE_DIR;
    if (dir) writeFileSync(join(dir, `${trace.name}.json`), JSON.stringify(events));
    return { ...(out as T), ours: summarise(tasksOf(events, trace.ours)) };
  } finally {
    await page.close();
  }
}

const NO_TASKS: OurTasks = { longest_ms: 0, long: 0, count: 0, in_frame_ms: 0, total_ms: 0 };

async function run(
  context: BrowserContext,
  url: string,
  withExtension: boolean,
  windowMs: number,
  trace?: Trace,
): Promise<{ longest: number; flags: number; firstMs: number; newMs: number; windowMs: number } & Ours> {
  return onPage(context, trace, (page) => runOn(page, url, withExtension, windowMs));
}

async function runOn(
  page: Page,
  url: string,
  withExtension: boolean,
  windowMs: number,
): Promise<{ longest: number; flags: number; firstMs: number; newMs: number; windowMs: number }> {
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
  await settle(page);
  return { longest: await longest(page), flags, firstMs, newMs, windowMs: measured };
}

const FIXTURES = join(ROOT, 'test/fixtures/pages');

/** Writes the control extension into `dir`: one content script, empty, on the same pages as ours. */
function emptyExtension(dir: string): string {
  const manifest = {
    manifest_version: 3,
    name: 'control',
    version: '1.0',
    content_scripts: [
      { matches: ['http://127.0.0.1/*'], js: ['content.js'], run_at: 'document_idle', all_frames: true },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'content.js'), '// does nothing\n');
  return dir;
}

interface Scenario {
  path: string;
  /** Page-side time the measured window starts (after the page built itself, or the storm began). */
  from: '__builtAt' | '__stormStart';
  /**
   * Count the page's long tasks from its start rather than from `from`: the big pages' own build,
   * style and first layout are split into tasks differently from run to run (and an extension's
   * mere presence moves style work into a task of its own), so only the whole load compares.
   */
  whole?: boolean;
  /** Keys the page must show at the end, read from the page (`__planted`) or given. */
  want?: string[];
  /** Page-side flag that the page's own activity is over. */
  done?: string;
}

const SCENARIOS = {
  million: { path: 'load-million.html', from: '__builtAt', whole: true },
  storm: {
    path: 'load-storm.html?seconds=10&rate=10000',
    from: '__stormStart',
    done: '__stormDone',
    want: ['Camel Group Co., Ltd.', 'Western Gold Co., Ltd.', 'Zhuhai Pantum Electronics Co. Ltd.'],
  },
  tenMb: { path: 'load-10mb.html', from: '__builtAt', whole: true },
} satisfies Record<string, Scenario>;

interface ScenarioResult {
  longest: number;
  count: number;
  /** Long tasks that started once our overlay was in the page (with the extension only). */
  afterOverlay: number;
  flagsMs: number;
  windowMs: number;
  changes: number;
}

/**
 * One load scenario: with the extension, the window lasts until the page's activity is over and
 * exactly the wanted flags are drawn; without it (windowMs given), the same length of time.
 */
async function runScenario(
  context: BrowserContext,
  base: string,
  sc: Scenario,
  windowMs?: number,
  trace?: Trace,
): Promise<ScenarioResult & Ours> {
  return onPage(context, trace, (page) => scenarioOn(page, base, sc, windowMs));
}

/** Page-side: when our overlay host first appears (checked every frame; the page's own world). */
const OVERLAY_PROBE = `(function look() {
  const last = document.documentElement && document.documentElement.lastElementChild;
  if (last && last.nodeName === 'LABORLENS-ROOT') window.__overlayAt = performance.now();
  else requestAnimationFrame(look);
})();`;

async function scenarioOn(page: Page, base: string, sc: Scenario, windowMs?: number): Promise<ScenarioResult> {
  await page.addInitScript(OVERLAY_PROBE);
  await page.goto(base + sc.path, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction((k) => typeof (window as unknown as Record<string, unknown>)[k] === 'number', sc.from, {
    timeout: 60_000,
  });
  const t0 = Date.now();
  let flagsMs = 0;
  if (windowMs === undefined) {
    if (sc.done)
      await page.waitForFunction((k) => (window as unknown as Record<string, unknown>)[k] === true, sc.done, {
        timeout: 120_000,
        polling: 200,
      });
    const want = JSON.stringify((sc.want ?? ((await page.evaluate('window.__planted')) as string[])).slice().sort());
    const keys = () =>
      page
        .locator('laborlens-flag')
        .evaluateAll((els) => JSON.stringify(els.map((e) => e.getAttribute('data-key')).sort()));
    for (let until = Date.now() + 120_000; (await keys()) !== want;) {
      if (Date.now() > until) throw new Error(`${sc.path}: flags never became ${want}`);
      await page.waitForTimeout(100);
    }
    flagsMs = Date.now() - t0;
  } else {
    await page.waitForTimeout(windowMs);
  }
  const measured = Date.now() - t0;
  await settle(page);
  const { longest, count, changes, after } = (await page.evaluate(`(() => {
    const tasks = window.__longNow().filter((e) => e.start >= ${sc.whole ? 0 : `window.${sc.from}`});
    const after = window.__overlayAt === undefined ? 0 : tasks.filter((e) => e.start + e.duration > window.__overlayAt).length;
    return { longest: Math.max(0, ...tasks.map((e) => e.duration)), count: tasks.length, changes: window.__changes || 0, after };
  })()`)) as { longest: number; count: number; changes: number; after: number };
  return { longest, count, afterOverlay: after, flagsMs, windowMs: measured, changes };
}

export async function benchPage(nodes = 100_000): Promise<PageBench> {
  const html = bigPageHtml(nodes);
  const server = createServer((req, res) => {
    // The load fixtures by name; anything else is the generated big page.
    const name = new URL(req.url ?? '/', 'http://x').pathname.slice(1);
    const file = /^load-[a-z0-9-]+\.(html|js)$/.test(name) ? join(FIXTURES, name) : '';
    const type = name.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'content-type': type }).end(file && existsSync(file) ? readFileSync(file) : html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}/big.html`;
  const profiles = ['a', 'b', 'c', 'ext'].map((k) => mkdtempSync(join(tmpdir(), `ll-bench-${k}-`)));
  try {
    const ext = await launchWithExtension(process.env.LABORLENS_DIST ?? join(ROOT, 'dist'), profiles[0]!, true);
    // Warm-up: the first scan after install also stores the bundled lists.
    await run(ext.context, url, true, 0);
    const ours = await run(ext.context, url, true, 0);
    const origin = `http://127.0.0.1:${port}/`;
    const million = await runScenario(ext.context, origin, SCENARIOS.million);
    const storm = await runScenario(ext.context, origin, SCENARIOS.storm);
    const tenMb = await runScenario(ext.context, origin, SCENARIOS.tenMb);
    // The same runs again, traced: which tasks are ours.
    const trace = (name: string): Trace => ({ name, ours: `chrome-extension://${ext.extensionId}/` });
    const traced = {
      hundred_k: (await run(ext.context, url, true, 0, trace('hundred-k'))).ours ?? NO_TASKS,
      million_text_nodes:
        (await runScenario(ext.context, origin, SCENARIOS.million, undefined, trace('million'))).ours ?? NO_TASKS,
      storm: (await runScenario(ext.context, origin, SCENARIOS.storm, undefined, trace('storm'))).ours ?? NO_TASKS,
      ten_mb: (await runScenario(ext.context, origin, SCENARIOS.tenMb, undefined, trace('ten-mb'))).ours ?? NO_TASKS,
    };
    await ext.context.close();
    const plain = await launchPlain(profiles[1]!);
    const base = await run(plain, url, false, ours.windowMs);
    const millionBase = await runScenario(plain, origin, SCENARIOS.million, million.windowMs);
    const stormBase = await runScenario(plain, origin, SCENARIOS.storm, storm.windowMs);
    const tenMbBase = await runScenario(plain, origin, SCENARIOS.tenMb, tenMb.windowMs);
    await plain.close();
    // The control: an extension whose content script does nothing, on the same pages.
    const empty = await launchPlain(profiles[2]!, emptyExtension(profiles[3]!));
    const millionEmpty = await runScenario(empty, origin, SCENARIOS.million, million.windowMs);
    const tenMbEmpty = await runScenario(empty, origin, SCENARIOS.tenMb, tenMb.windowMs);
    await empty.close();
    return {
      nodes,
      our_tasks: traced,
      longest_task_ms: Math.round(ours.longest),
      baseline_longest_task_ms: Math.round(base.longest),
      flags: ours.flags,
      first_flags_ms: ours.firstMs,
      new_content_flag_ms: Math.round(ours.newMs),
      million_text_nodes_longest_task_ms: Math.round(million.longest),
      million_text_nodes_baseline_longest_task_ms: Math.round(millionBase.longest),
      million_text_nodes_long_tasks: million.count,
      million_text_nodes_baseline_long_tasks: millionBase.count,
      million_text_nodes_empty_extension_long_tasks: millionEmpty.count,
      million_text_nodes_flags_ms: million.flagsMs,
      million_text_nodes_long_tasks_after_flags: million.afterOverlay,
      storm_longest_task_ms: Math.round(storm.longest),
      storm_baseline_longest_task_ms: Math.round(stormBase.longest),
      storm_changes: storm.changes,
      ten_mb_longest_task_ms: Math.round(tenMb.longest),
      ten_mb_baseline_longest_task_ms: Math.round(tenMbBase.longest),
      ten_mb_long_tasks: tenMb.count,
      ten_mb_baseline_long_tasks: tenMbBase.count,
      ten_mb_empty_extension_long_tasks: tenMbEmpty.count,
      ten_mb_flags_ms: tenMb.flagsMs,
      ten_mb_long_tasks_after_flags: tenMb.afterOverlay,
    };
  } finally {
    server.close();
    for (const p of profiles) rmSync(p, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
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
