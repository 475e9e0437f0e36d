// Finds a Chrome or Chromium and starts it with an unpacked extension loaded, in a fresh profile.
// Used by `npm start` and by the end-to-end tests.
import { existsSync } from 'node:fs';
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
  if (!found) throw new Error('No Chrome or Chromium found. Install one (Debian: apt-get install chromium) or set CHROME_PATH.');
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
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...CHROME_ARGS, ...rootArgs, ...(headless ? ['--disable-gpu'] : [])],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/** The same browser without the extension: the baseline for page benchmarks. */
export async function launchPlain(profile: string): Promise<BrowserContext> {
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...CHROME_ARGS, ...rootArgs, '--disable-gpu'],
  });
}
