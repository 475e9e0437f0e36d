// Finds a Chrome or Chromium and starts it with an unpacked extension loaded, in a fresh profile.
// Used by `npm start` and by the end-to-end tests.
import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function chromePath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found)
    throw new Error('No Chrome or Chromium found. Install one (Debian: apt-get install chromium) or set CHROME_PATH.');
  return found;
}

// Without the background-networking flags Chromium keeps dialling Google's hosts; the product
// itself makes no request at all, and these keep test runs quiet and offline.
export const CHROME_ARGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

export async function launchWithExtension(dist: string, profile: string, headless: boolean): Promise<Launched> {
  if (!existsSync(`${dist}/manifest.json`)) throw new Error(`${dist} is not built: run npm run build`);
  // Running as root (CI, containers) needs --no-sandbox.
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      ...CHROME_ARGS,
      ...rootArgs,
      ...(headless ? ['--disable-gpu'] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await wakeWorker(context, dist));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/**
 * Chrome's id for an unpacked extension: the SHA-256 of its absolute path, first 32 hex digits
 * written with the letters a-p.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/**
 * A service worker starts on an event. After a fresh install that is onInstalled; when a profile
 * is reused (a browser restart) nothing wakes it, so open one of its pages, which messages it.
 */
async function wakeWorker(context: BrowserContext, dist: string): Promise<Worker> {
  const first = context.waitForEvent('serviceworker', { timeout: 5_000 }).catch(() => undefined);
  const worker = await first;
  if (worker) return worker;
  const existing = context.serviceWorkers()[0];
  if (existing) return existing;
  const next = context.waitForEvent('serviceworker', { timeout: 30_000 });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${unpackedExtensionId(dist)}/options.html`);
  const w = await next;
  await page.close();
  return w;
}

/**
 * The same browser without the extension: the baseline for page benchmarks. `extension` loads
 * another unpacked extension instead (a control).
 */
export async function launchPlain(profile: string, extension?: string): Promise<BrowserContext> {
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const load = extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : [];
  return chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...load, ...CHROME_ARGS, ...rootArgs, '--disable-gpu'],
  });
}
