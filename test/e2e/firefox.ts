// Firefox in end-to-end tests. playwright-core cannot drive Debian's Firefox (it needs Playwright's
// own build), but Firefox speaks WebDriver BiDi: start it headless with a remote port, install
// dist-firefox as a temporary add-on and evaluate scripts in its tabs.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { removeProfile, ROOT } from './harness';
import { waitFor } from './poll';

export const DIST_FIREFOX = join(ROOT, 'dist-firefox');

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export function firefoxPath(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return fromEnv;
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found)
    throw new Error('No Firefox found. Install one (Debian: apt-get install firefox-esr) or set FIREFOX_PATH.');
  return found;
}

// Quiet and offline: no telemetry, updates or first-run pages; unsigned temporary add-ons allowed.
const PREFS = {
  'xpinstall.signatures.required': false,
  'extensions.autoDisableScopes': 0,
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'network.captive-portal-service.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
};

interface Reply {
  id?: number;
  type: string;
  result?: unknown;
  error?: string;
  message?: string;
}

export interface Firefox {
  /** One BiDi command; rejects with Firefox's error. */
  send<T = unknown>(method: string, params: object): Promise<T>;
  /** The first tab's browsing context. */
  tab(): Promise<string>;
  /** Evaluates an expression in a tab and returns its value (strings, numbers, booleans). */
  evaluate(context: string, expression: string): Promise<unknown>;
  /**
   * Opens one of an installed extension's pages in a new tab, as its toolbar button or Settings
   * link does, and returns the tab's browsing context. BiDi itself may not navigate to
   * moz-extension:// URLs, so the browser window (chrome scope, --remote-allow-system-access)
   * opens it.
   */
  openExtensionPage(extensionId: string, path: string): Promise<string>;
  /**
   * Gives an extension activeTab on the first tab, as a click on its toolbar button does before the
   * popup opens (a popup opened in a tab by a test gets no such grant, so it cannot see the URL).
   */
  grantActiveTab(extensionId: string): Promise<void>;
  /** Clicks the element `selector` finds in a tab with real pointer input (a user gesture). */
  click(context: string, selector: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts Firefox with a fresh profile; `prefs` are added to the quiet defaults. */
export async function launchFirefox(prefs: Record<string, string | number | boolean> = {}): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), 'laborlens-ff-'));
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries({ ...PREFS, ...prefs })
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const child = spawn(
    firefoxPath(),
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0', '--remote-allow-system-access'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    const ws = new WebSocket(`${await bidiAddress(child)}/session`);
    await new Promise<void>((ok, fail) => {
      ws.once('open', () => ok());
      ws.once('error', fail);
    });
    let next = 0;
    const pending = new Map<number, (r: Reply) => void>();
    ws.on('message', (m) => {
      const r = JSON.parse(String(m)) as Reply;
      if (r.id === undefined) return; // an event: none subscribed
      pending.get(r.id)?.(r);
      pending.delete(r.id);
    });
    const send = <T>(method: string, params: object): Promise<T> =>
      new Promise<T>((ok, fail) => {
        const id = ++next;
        pending.set(id, (r) =>
          r.type === 'success' ? ok(r.result as T) : fail(new Error(`${method}: ${r.error} ${r.message ?? ''}`)),
        );
        ws.send(JSON.stringify({ id, method, params }));
      });
    await send('session.new', { capabilities: {} });
    const evaluate = async (context: string, expression: string): Promise<unknown> => {
      const r = await send<{ type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } }>(
        'script.evaluate',
        { target: { context }, expression, awaitPromise: true },
      );
      if (r.type !== 'success') throw new Error(`script error: ${r.exceptionDetails?.text ?? 'unknown'}`);
      return r.result?.value;
    };
    // Some prefs (network.dns.localDomains) read from user.js come back empty once the remote agent
    // has started; setting them again in the running browser sticks, and the DNS service reads it.
    const win = async (): Promise<string> => {
      const tree = await send<{ contexts: { context: string }[] }>('browsingContext.getTree', {
        'moz:scope': 'chrome',
      });
      return (tree.contexts[0] as { context: string }).context;
    };
    const chromeWindow = await win();
    for (const [k, v] of Object.entries(prefs)) {
      const set = typeof v === 'string' ? 'setStringPref' : typeof v === 'number' ? 'setIntPref' : 'setBoolPref';
      await evaluate(chromeWindow, `Services.prefs.${set}(${JSON.stringify(k)}, ${JSON.stringify(v)}), true`);
    }
    return {
      send,
      async tab() {
        const tree = await send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
        return (tree.contexts[0] as { context: string }).context;
      },
      evaluate,
      async openExtensionPage(extensionId, path) {
        const r = await send<{ result?: { value?: string } }>('script.evaluate', {
          target: { context: await win() },
          expression: `(() => { const u = WebExtensionPolicy.getByID(${JSON.stringify(extensionId)}).getURL(${JSON.stringify(path)}); openTrustedLinkIn(u, 'tab'); return u; })()`,
          awaitPromise: false,
        });
        const url = r.result?.value ?? '';
        const found = await waitFor(
          async () => {
            const tree = await send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', {});
            return tree.contexts.find((c) => c.url === url)?.context ?? '';
          },
          (c) => c !== '',
          { timeoutMs: 30_000, everyMs: 200 },
        );
        if (!found) throw new Error(`${url} did not open`);
        // The page's own scripts (its messages to the background) run once it has loaded.
        const state = await waitFor(
          () => evaluate(found, 'document.readyState').catch(() => ''),
          (s) => s === 'complete',
          { timeoutMs: 30_000, everyMs: 200 },
        );
        if (state !== 'complete') throw new Error(`${url} did not finish loading`);
        return found;
      },
      async grantActiveTab(extensionId) {
        await evaluate(
          await win(),
          `(WebExtensionPolicy.getByID(${JSON.stringify(extensionId)}).extension.tabManager.addActiveTabPermission(gBrowser.tabs[0]), true)`,
        );
      },
      async click(context, selector) {
        const r = await send<{ type: string; result?: { sharedId?: string } }>('script.evaluate', {
          target: { context },
          expression: `document.querySelector(${JSON.stringify(selector)})`,
          awaitPromise: false,
        });
        const sharedId = r.result?.sharedId;
        if (!sharedId) throw new Error(`nothing matches ${selector}`);
        await send('input.performActions', {
          context,
          actions: [
            {
              type: 'pointer',
              id: 'mouse',
              actions: [
                { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
                { type: 'pointerDown', button: 0 },
                { type: 'pointerUp', button: 0 },
              ],
            },
          ],
        });
      },
      async close() {
        await send('session.end', {}).catch(() => undefined);
        ws.close();
        await stop(child);
        removeProfile(profile);
      },
    };
  } catch (e) {
    await stop(child);
    removeProfile(profile);
    throw e;
  }
}

/** Firefox prints where its BiDi server listens once it is ready. */
function bidiAddress(child: ChildProcess): Promise<string> {
  return new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(
      () => fail(new Error(`Firefox did not start its BiDi server:\n${out.slice(-2000)}`)),
      60_000,
    );
    const read = (d: Buffer) => {
      out += String(d);
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      ok(m[1] as string);
    };
    child.stderr?.on('data', read);
    child.stdout?.on('data', read);
    child.once('exit', (code) =>
      fail(new Error(`Firefox exited (${code}) before its BiDi server started:\n${out.slice(-2000)}`)),
    );
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    child.once('exit', () => ok());
    child.kill('SIGTERM');
  });
}
