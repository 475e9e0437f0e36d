// What a page script can do against LaborLens in a real Chromium: it cannot message the extension,
// finds no API of ours on window, and when it edits, removes or hides our flags, the overlay puts
// them back (a bounded number of times, so a page that fights back cannot keep us busy).
// Messages from another installed extension are refused as well.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROME_ARGS, chromePath } from '../../src/cli/chrome';
import { DIST, expectCount, flagsOn, removeProfile, useBrowser } from './harness';
import { waitFor } from './poll';

const b = useBrowser();

const EXPECTED = [
  'Shandong Meijia Group Co., Ltd.',
  'Zhuhai Apex Microelectronics Co., Ltd.',
  'Zhuhai Pantum Electronics Co. Ltd.',
];
const TRY_SAVE = { laborlens: 1, name: 'saveSettings', payload: { patch: { minimumSeverity: 'critical' } } };

/** The minimum severity in the extension's settings, read from an extension page. */
async function minimumSeverity(): Promise<string> {
  const ext = await b.session.context.newPage();
  await ext.goto(`chrome-extension://${b.session.extensionId}/popup.html`);
  const v = await ext.evaluate(async () => {
    const r = (await chrome.runtime.sendMessage({ laborlens: 1, name: 'getSettings', payload: {} })) as {
      value: { settings: { minimumSeverity: string } };
    };
    return r.value.settings.minimumSeverity;
  });
  await ext.close();
  return v;
}

const state = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('laborlens-root');
    const flags = Array.from(host?.shadowRoot?.querySelectorAll('laborlens-flag') ?? []);
    return {
      attached: host?.parentNode === document.documentElement,
      hostDisplay: host ? getComputedStyle(host).display : null,
      flags: flags
        .map(
          (f) =>
            `${f.getAttribute('data-kind')}|${f.getAttribute('data-severity')}|${f.getAttribute('data-key')}|${getComputedStyle(f).visibility}`,
        )
        .sort(),
    };
  });
const WANT = EXPECTED.map((k) => `supplier|critical|${k}|visible`);

const until = <T>(get: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 15_000): Promise<T> =>
  waitFor(get, ok, { timeoutMs });

describe('a page script against LaborLens', () => {
  it('cannot send the extension messages (no externally_connectable)', async () => {
    const page = await b.session.context.newPage();
    await page.goto(b.server.url('marketplace-three-listed.html'));
    await flagsOn(page, 3);
    const outcome = await page.evaluate(
      async ([id, msg]) => {
        const rt = (
          window as unknown as {
            chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => unknown; lastError?: { message: string } } };
          }
        ).chrome?.runtime;
        if (!rt?.sendMessage) return 'no chrome.runtime.sendMessage on the page';
        try {
          return await new Promise<string>((ok) =>
            rt.sendMessage!(id, msg, (reply: unknown) =>
              ok(rt.lastError ? `error: ${rt.lastError.message}` : `reply: ${JSON.stringify(reply)}`),
            ),
          );
        } catch (e) {
          return `threw: ${(e as Error).message}`;
        }
      },
      [b.session.extensionId, TRY_SAVE] as const,
    );
    expect(outcome).not.toMatch(/^reply/);
    expect(await minimumSeverity()).toBe('low');
    // Control: the same message from our own extension page does change the setting.
    const ext = await b.session.context.newPage();
    await ext.goto(`chrome-extension://${b.session.extensionId}/popup.html`);
    await ext.evaluate((m) => chrome.runtime.sendMessage(m), TRY_SAVE);
    expect(await minimumSeverity()).toBe('critical');
    await ext.evaluate(() =>
      chrome.runtime.sendMessage({
        laborlens: 1,
        name: 'saveSettings',
        payload: { patch: { minimumSeverity: 'low' } },
      }),
    );
    expect(await minimumSeverity()).toBe('low');
    await ext.close();
    await page.close();
  });

  it('cannot tell that LaborLens is installed by fetching its files: none is web-accessible', async () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
      web_accessible_resources?: unknown[];
      content_scripts: { js: string[] }[];
    };
    expect(manifest.web_accessible_resources).toBeUndefined();
    const files = [...manifest.content_scripts[0]!.js, 'manifest.json', 'icons/icon-16.png', 'popup.html'];
    const page = await b.session.context.newPage();
    await page.goto(b.server.url('marketplace-three-listed.html'));
    await flagsOn(page, 3); // the content script loads without any
    const probes = await page.evaluate(
      async ([id, paths]) =>
        Promise.all(
          paths.map((p) =>
            fetch(`chrome-extension://${id}/${p}`).then(
              (r) => `${p}: ${r.status}`,
              () => `${p}: refused`,
            ),
          ),
        ),
      [b.session.extensionId, files] as const,
    );
    expect(probes).toEqual(files.map((p) => `${p}: refused`));
    await page.close();
  });

  it('finds no global of ours on window, document or customElements', async () => {
    const page = await b.session.context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { __globalsAtStart: string[] }).__globalsAtStart = Object.getOwnPropertyNames(window);
    });
    await page.goto(b.server.url('marketplace-three-listed.html')); // a page with no script of its own
    await flagsOn(page, 3);
    const found = await page.evaluate(() => {
      const start = new Set((window as unknown as { __globalsAtStart: string[] }).__globalsAtStart);
      const added = Object.getOwnPropertyNames(window).filter((k) => !start.has(k) && k !== '__globalsAtStart');
      const named = [...Object.getOwnPropertyNames(window), ...Object.getOwnPropertyNames(document)].filter((k) =>
        /laborlens/i.test(k),
      );
      return {
        added,
        named,
        element: customElements.get('laborlens-flag') ?? null,
        root: customElements.get('laborlens-root') ?? null,
      };
    });
    expect(found).toEqual({ added: [], named: [], element: null, root: null });
    await page.close();
  });

  it('edits, removes or hides flags: LaborLens restores their meaning', async () => {
    const page = await b.session.context.newPage();
    await page.goto(b.server.url('marketplace-three-listed.html'));
    await flagsOn(page, 3);
    expect(await state(page)).toEqual({ attached: true, hostDisplay: 'block', flags: WANT });
    const restored = (s: Awaited<ReturnType<typeof state>>) =>
      s.attached && s.hostDisplay === 'block' && JSON.stringify(s.flags) === JSON.stringify(WANT);
    const attacks: [string, () => void][] = [
      [
        'changes data-severity',
        () =>
          document
            .querySelector('laborlens-root')!
            .shadowRoot!.querySelector('laborlens-flag')!
            .setAttribute('data-severity', 'info'),
      ],
      [
        'changes data-key',
        () =>
          document
            .querySelector('laborlens-root')!
            .shadowRoot!.querySelector('laborlens-flag')!
            .setAttribute('data-key', 'Nobody Ltd'),
      ],
      [
        'removes a flag',
        () => document.querySelector('laborlens-root')!.shadowRoot!.querySelector('laborlens-flag')!.remove(),
      ],
      ['empties the overlay', () => document.querySelector('laborlens-root')!.shadowRoot!.replaceChildren()],
      [
        'hides a flag inline',
        () =>
          (
            document.querySelector('laborlens-root')!.shadowRoot!.querySelector('laborlens-flag') as HTMLElement
          ).style.setProperty('visibility', 'hidden', 'important'),
      ],
      [
        'hides the overlay inline',
        () =>
          (document.querySelector('laborlens-root') as HTMLElement).style.setProperty('display', 'none', 'important'),
      ],
      ['removes the overlay', () => document.querySelector('laborlens-root')!.remove()],
    ];
    for (const [what, attack] of attacks) {
      await page.evaluate(attack);
      const after = await until(() => state(page), restored);
      expect(after, what).toEqual({ attached: true, hostDisplay: 'block', flags: WANT });
    }
    await page.close();
  });

  it('lies without a mutation record (adopted sheets, inserted rules, inert and a false label, a box on top): LaborLens still restores', async () => {
    const page = await b.session.context.newPage();
    await page.goto(b.server.url('marketplace-three-listed.html'));
    await flagsOn(page, 3);
    // For each flag: its key, whether its mark is drawn, what lies at the mark's centre, and any
    // attribute beyond ours; and whether a sheet is adopted into our overlay.
    const look = () =>
      page.evaluate(() => {
        const host = Array.from(document.querySelectorAll('laborlens-root')).find((r) => r.shadowRoot)!;
        const ours = new Set(['data-kind', 'data-severity', 'data-key', 'style', 'data-up', 'data-left']);
        const flags = Array.from(host.shadowRoot!.querySelectorAll('laborlens-flag')).map((f) => {
          const mark = f.shadowRoot!.querySelector('.mark')!;
          const r = mark.getBoundingClientRect();
          const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          const extra = f.getAttributeNames().filter((n) => !ours.has(n));
          return `${f.getAttribute('data-key')}|${r.width > 0 && r.height > 0}|${at?.tagName}|${extra.join(',')}`;
        });
        return { flags: flags.sort(), adopted: host.shadowRoot!.adoptedStyleSheets.length };
      });
    const WANT_LOOK = { flags: EXPECTED.map((k) => `${k}|true|LABORLENS-ROOT|`), adopted: 0 };
    expect(await look()).toEqual(WANT_LOOK);
    const attacks: [string, () => void][] = [
      [
        'adopts a sheet into the overlay',
        () => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync('laborlens-flag { transform: scale(0) !important; opacity: 0 !important; }');
          document.querySelector('laborlens-root')!.shadowRoot!.adoptedStyleSheets = [sheet];
        },
      ],
      [
        "inserts a rule into a flag's own style",
        () => {
          const flag = document.querySelector('laborlens-root')!.shadowRoot!.querySelector('laborlens-flag')!;
          flag.shadowRoot!.querySelector('style')!.sheet!.insertRule('.mark { display: none !important; }', 0);
        },
      ],
      [
        'makes a flag inert, relabels it and takes it out of the Tab order',
        () => {
          const flag = document.querySelector('laborlens-root')!.shadowRoot!.querySelector('laborlens-flag')!;
          flag.setAttribute('inert', '');
          flag.setAttribute('aria-label', 'Cleared supplier, no risk');
          flag.setAttribute('tabindex', '-1');
        },
      ],
      [
        'appends an opaque box to <html> with the highest z-index',
        () => {
          const box = document.createElement('div');
          box.setAttribute(
            'style',
            'position: fixed; inset: 0; background: #fff; z-index: 2147483647; pointer-events: auto;',
          );
          document.documentElement.append(box);
        },
      ],
    ];
    for (const [what, attack] of attacks) {
      await page.evaluate(attack);
      const after = await until(look, (v) => JSON.stringify(v) === JSON.stringify(WANT_LOOK));
      expect(after, what).toEqual(WANT_LOOK);
    }
    await page.close();
  });

  it('fights every repair: LaborLens gives up within a window, the page stays responsive, and a later check restores the flag', async () => {
    const page = await b.session.context.newPage();
    await page.goto(b.server.url('marketplace-three-listed.html'));
    await flagsOn(page, 3);
    // The page undoes each repair as soon as it sees it, for three seconds, counting them.
    await page.evaluate(() => {
      const w = window as unknown as { __fights: number; __beats: number; __over: boolean };
      w.__over = false;
      w.__fights = 0;
      w.__beats = 0;
      const beat = () => {
        w.__beats++;
        requestAnimationFrame(beat);
      };
      requestAnimationFrame(beat);
      const root = document.querySelector('laborlens-root')!.shadowRoot!;
      const spoil = () =>
        root
          .querySelectorAll('laborlens-flag')
          .forEach((f) => f.getAttribute('data-severity') !== 'info' && f.setAttribute('data-severity', 'info'));
      const mo = new MutationObserver(() => {
        w.__fights++;
        spoil();
      });
      mo.observe(root, { attributes: true, subtree: true, childList: true });
      spoil();
      setTimeout(() => {
        mo.disconnect();
        w.__over = true;
      }, 3_000);
    });
    const beatsAt = async () =>
      (await page.evaluate(() => (window as unknown as { __beats: number }).__beats)) as number;
    const b0 = await beatsAt();
    await until(beatsAt, (b) => b > b0 + 30, 5_000); // frames keep coming while it fights
    expect(await beatsAt()).toBeGreaterThan(b0 + 30);
    // Let the three seconds of fighting run out.
    expect(
      await until(
        () => page.evaluate(() => (window as unknown as { __over: boolean }).__over),
        (over) => over,
        10_000,
      ),
    ).toBe(true);
    const fights = (await page.evaluate(() => (window as unknown as { __fights: number }).__fights)) as number;
    // Each of our repair rounds gives the page at most a few records; 20 rounds per 10 s window.
    expect(fights).toBeGreaterThan(0);
    expect(fights).toBeLessThanOrEqual(20 * 4);
    // The page has stopped; when the window ends LaborLens checks once more and restores the flags.
    const after = await until(
      () => state(page),
      (s) => JSON.stringify(s.flags) === JSON.stringify(WANT),
      15_000,
    );
    expect(after.flags).toEqual(WANT);
    await page.close();
  });
});

describe('our own content script, driven by a compromised page', () => {
  it('may ask questions but cannot change state: the background refuses state-changing messages from it', async () => {
    const page = await b.session.context.newPage();
    const cdp = await b.session.context.newCDPSession(page);
    // The content script's isolated world, found by its origin (our extension's).
    const worlds: { id: number; origin: string; type?: string }[] = [];
    cdp.on(
      'Runtime.executionContextCreated',
      (e: { context: { id: number; origin: string; auxData?: { type?: string } } }) =>
        worlds.push({ id: e.context.id, origin: e.context.origin, type: e.context.auxData?.type }),
    );
    await cdp.send('Runtime.enable');
    await page.goto(b.server.url('marketplace-three-listed.html'));
    await flagsOn(page, 3);
    const world = worlds.find((w) => w.type === 'isolated' && w.origin.includes(b.session.extensionId));
    expect(world).toBeDefined();
    const ask = async (msg: unknown) =>
      (
        (await cdp.send('Runtime.evaluate', {
          contextId: world!.id,
          expression: `chrome.runtime.sendMessage(${JSON.stringify(msg)})`,
          awaitPromise: true,
          returnByValue: true,
        })) as { result: { value: unknown } }
      ).result.value;
    expect(await ask(TRY_SAVE)).toEqual({ ok: false, error: 'saveSettings is only accepted from LaborLens pages' });
    expect(await ask({ laborlens: 1, name: 'resetAll', payload: {} })).toEqual({
      ok: false,
      error: 'resetAll is only accepted from LaborLens pages',
    });
    // A malformed payload is refused with a reason, not passed on.
    expect(await ask({ laborlens: 1, name: 'scanPage', payload: { url: 1, text: 'x' } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Invalid message/),
    });
    // Questions still work from there.
    expect(await ask({ laborlens: 1, name: 'listSummaries', payload: {} })).toMatchObject({ ok: true });
    expect(await minimumSeverity()).toBe('low');
    await cdp.detach();
    await page.close();
  });
});

describe('another extension', () => {
  it('cannot send LaborLens messages', async () => {
    const other = mkdtempSync(join(tmpdir(), 'laborlens-other-ext-'));
    const profile = mkdtempSync(join(tmpdir(), 'laborlens-e2e-'));
    writeFileSync(
      join(other, 'manifest.json'),
      JSON.stringify({ manifest_version: 3, name: 'Other', version: '1.0', background: { service_worker: 'sw.js' } }),
    );
    writeFileSync(join(other, 'sw.js'), '// sends messages when the test asks\n');
    const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromePath(),
      headless: true,
      args: [
        `--disable-extensions-except=${DIST},${other}`,
        `--load-extension=${DIST},${other}`,
        ...CHROME_ARGS,
        ...rootArgs,
        '--disable-gpu',
      ],
    });
    try {
      await expectCount(async () => context.serviceWorkers().length, 2);
      const workers = context.serviceWorkers();
      const names = await Promise.all(
        workers.map((w) =>
          w.evaluate(() => (chrome.runtime as unknown as { getManifest(): { name: string } }).getManifest().name),
        ),
      );
      const ours = workers[names.indexOf('Other') === 0 ? 1 : 0]!;
      const theirs = workers[names.indexOf('Other')]!;
      const ourId = new URL(ours.url()).host;
      const outcome = await theirs.evaluate(
        async ([id, msg]) => {
          try {
            const rt = chrome.runtime as unknown as { sendMessage(to: string, m: unknown): Promise<unknown> };
            const reply = await rt.sendMessage(id, msg);
            return `reply: ${JSON.stringify(reply)}`;
          } catch (e) {
            return `error: ${(e as Error).message}`;
          }
        },
        [ourId, { laborlens: 1, name: 'resetAll', payload: {} }] as const,
      );
      expect(outcome).toMatch(/^error: /);
    } finally {
      await context.close();
      removeProfile(other);
      removeProfile(profile);
    }
  });
});
