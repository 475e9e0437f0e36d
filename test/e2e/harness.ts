// Launches Chromium with dist/ loaded and serves fixture pages on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { waitFor } from './poll';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type Launched } from '../../src/cli/chrome';
export { stopWorker } from './stop-worker';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const FIXTURES = join(ROOT, 'test/fixtures/pages');
export const SHOTS = join(ROOT, 'test-results');

export interface Session extends Launched {
  profile: string;
  close(keepProfile?: boolean): Promise<void>;
}

export async function launch(profile = mkdtempSync(join(tmpdir(), 'laborlens-e2e-'))): Promise<Session> {
  const launched = await launchWithExtension(DIST, profile, true);
  return {
    ...launched,
    profile,
    async close(keepProfile = false) {
      await launched.context.close();
      if (!keepProfile) removeProfile(profile);
    },
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

export interface FixtureServer {
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves test/fixtures/pages on 127.0.0.1 with an ephemeral port. */
export async function serveFixtures(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(FIXTURES, path);
    if (!file.startsWith(FIXTURES) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: (p) => `http://127.0.0.1:${port}/${p.replace(/^\//, '')}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface FlagInfo {
  kind: string | null;
  severity: string | null;
  key: string | null;
}

/** Waits until the page has `count` flags (through open shadow roots) and returns them. */
export async function flagsOn(page: Page, count: number): Promise<FlagInfo[]> {
  const flags = page.locator('laborlens-flag');
  await expectCount(async () => flags.count(), count);
  return flags.evaluateAll((els) =>
    els.map((e) => ({
      kind: e.getAttribute('data-kind'),
      severity: e.getAttribute('data-severity'),
      key: e.getAttribute('data-key'),
    })),
  );
}

/** Polls a condition the extension settles into; fails with what it last saw. */
export async function expectCount(get: () => Promise<number>, want: number, timeoutMs = 15_000): Promise<void> {
  const last = await waitFor(get, (n) => n === want, { timeoutMs });
  if (last !== want) throw new Error(`expected ${want}, still ${last} after ${timeoutMs} ms`);
}

/** The tab id of a page, as the extension sees it (asked from the service worker). */
export async function tabIdOf(session: Session, url: string): Promise<number> {
  // Without the `tabs` permission tab URLs are hidden from us; the extension's own per-tab record
  // (storage.session, keyed tab:N) holds the URL each frame reported. It is written just after
  // the scan's reply, so it is waited for.
  const id = await waitFor(
    () =>
      session.worker.evaluate(async (u) => {
        const all = await chrome.storage.session.get(null);
        for (const [k, rec] of Object.entries(all)) {
          if (k.startsWith('tab:') && Object.values(rec as Record<string, { url: string }>).some((f) => f.url === u))
            return Number(k.slice(4));
        }
        return -1;
      }, url),
    (v) => v >= 0,
  );
  if (id < 0) throw new Error(`no scanned tab for ${url}`);
  return id;
}

/** A browser with the extension and a fixture server for one test file, closed after it. */
export function useBrowser(): { session: Session; server: FixtureServer } {
  const held = {} as { session: Session; server: FixtureServer };
  beforeAll(async () => {
    [held.session, held.server] = await Promise.all([launch(), serveFixtures()]);
  });
  afterAll(async () => {
    await held.session?.close();
    await held.server?.close();
  });
  return held;
}

/**
 * Deletes a browser profile. Chromium's helper processes can still be writing to it for a moment
 * after the browser has closed, so busy or refilled folders are retried.
 */
export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}
