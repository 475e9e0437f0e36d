// The same findings in Chromium as in the CLI: every portal eval page (test/fixtures/eval/*.html)
// is opened in a real Chromium with the built extension at the lowest sensitivity (info), and the
// page's `laborlens-flag` markers (kind + key) must be exactly the findings the engine gives in
// Node for the same page read by the CLI's reader (src/cli/html-to-text.ts), as `npm run eval`
// scores them. Findings with no place in the page's text (an organisation named only in metadata)
// have nothing to mark, so they are left out on the CLI side.
import { createServer, type Server } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine/engine';
import { loadBundledRiskData } from '../../src/cli/bundled';
import { htmlToText } from '../../src/cli/html-to-text';
import { launch, type Session } from './harness';
import { waitFor } from './poll';
import { EVAL_DIR } from '../eval/eval';

const PAGES = readdirSync(EVAL_DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();

let session: Session;
let server: Server;
let origin = '';

beforeAll(async () => {
  // The eval pages as files over HTTP, as the extension meets pages.
  server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
    if (!PAGES.includes(name)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(EVAL_DIR, name)));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  session = await launch();
  const ext = await session.context.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/options.html`);
  const reply = (await ext.evaluate(() =>
    chrome.runtime.sendMessage({ laborlens: 1, name: 'saveSettings', payload: { patch: { minimumSeverity: 'info' } } }),
  )) as { ok: boolean; error?: string };
  expect(reply).toMatchObject({ ok: true });
  await ext.close();
});

afterAll(async () => {
  await session?.close();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
});

const engine = createEngine(loadBundledRiskData());

/** Distinct kind + key of the findings the CLI gives for a page, sorted. */
function cliFindings(file: string): string[] {
  const page = htmlToText(readFileSync(join(EVAL_DIR, file), 'utf8'));
  const keys = engine
    .scan(page.text, page.hints)
    .filter((f) => f.end > f.start)
    .map((f) => `${f.kind} ${f.key}`);
  return [...new Set(keys)].sort();
}

const flagsOf = async (page: Page): Promise<string[]> =>
  [
    ...new Set(
      await page
        .locator('laborlens-flag')
        .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-kind')} ${e.getAttribute('data-key')}`)),
    ),
  ].sort();

/** Whether the extension has recorded a scan of a frame at `url`. */
const scanned = (url: string): Promise<boolean> =>
  session.worker.evaluate(async (u) => {
    const all = await chrome.storage.session.get(null);
    return Object.entries(all).some(
      ([k, rec]) =>
        k.startsWith('tab:') && Object.values(rec as Record<string, { url: string }>).some((f) => f.url === u),
    );
  }, url);

describe('portal eval pages: Chromium and the CLI find the same', () => {
  it('has the portal pages to compare, most of them with findings', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(15);
    expect(PAGES.filter((f) => cliFindings(f).length > 0).length).toBeGreaterThanOrEqual(15);
  });

  it.each(PAGES)('%s', async (file) => {
    const want = cliFindings(file);
    const page = await session.context.newPage();
    const url = `${origin}/${file}`;
    await page.goto(url);
    // No marker is also what a page looks like before its scan: wait for the extension's record of
    // this page's scan first (the per-tab record in storage.session, as harness.tabIdOf reads it).
    if (want.length === 0)
      expect(
        await waitFor(
          () => scanned(url),
          (ok) => ok,
          { timeoutMs: 30_000 },
        ),
      ).toBe(true);
    const target = JSON.stringify(want);
    const seen = await waitFor(
      () => flagsOf(page),
      (got) => JSON.stringify(got) === target,
      { timeoutMs: 30_000, everyMs: 250 },
    );
    await page.close();
    expect(seen).toEqual(want);
  });
});
