// Firefox in end-to-end tests. playwright-core cannot drive Debian's Firefox (it needs Playwright's
// own build), but Firefox speaks WebDriver BiDi: start it headless with a remote port, install
// dist-firefox as a temporary add-on and evaluate scripts in its tabs.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { removeProfile, ROOT } from './harness';

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
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), 'laborlens-ff-'));
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(PREFS)
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
    return {
      send,
      async tab() {
        const tree = await send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
        return (tree.contexts[0] as { context: string }).context;
      },
      async evaluate(context, expression) {
        const r = await send<{ type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } }>(
          'script.evaluate',
          { target: { context }, expression, awaitPromise: true },
        );
        if (r.type !== 'success') throw new Error(`script error: ${r.exceptionDetails?.text ?? 'unknown'}`);
        return r.result?.value;
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
