// The compiled name index survives the service worker's stop: after the worker is stopped (as
// Chrome does after 30 s idle) the next page wakes it, and it loads the stored index instead of
// indexing the lists again (nor reading their entries back); a changed list makes the woken
// worker rebuild instead.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { engineInfo, storedStamp } from './engine-info';
import { expectCount, launch, serveFixtures, stopWorker, type FixtureServer, type Session } from './harness';

let server: FixtureServer;
let session: Session;
afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function importList(s: Session, text: string): Promise<void> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/options.html`);
  const reply = await page.evaluate(
    async (t) =>
      chrome.runtime.sendMessage({
        laborlens: 1,
        name: 'importList',
        payload: { fileName: 'watch.csv', text: t, role: 'watch' },
      }),
    text,
  );
  await page.close();
  expect(reply).toMatchObject({ value: { ok: true } });
}

/** A page naming one of 20,000 generated watch-list names, and a page naming the replacement. */
const NAMES = Array.from({ length: 20_000 }, (_, i) => `Listed Number ${i.toString(36)} Garment Trading Co Ltd`);
const csv = (names: string[]): string => `name,severity\n${names.map((n) => `${n},high`).join('\n')}\n`;

async function pageNaming(name: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.url(`supplier-named.html?name=${encodeURIComponent(name)}`));
  return page;
}

const UFLPA = 'Hetian Taida Apparel Co., Ltd';

/** Severity by key of every flag, once the page's listed UFLPA supplier is flagged (the scan is done). */
async function flagged(page: Page): Promise<Record<string, string>> {
  const uflpa = page.locator(`laborlens-flag[data-key="${UFLPA}"]`);
  await expectCount(async () => Math.min(1, await uflpa.count()), 1, 30_000);
  const flags = await page
    .locator('laborlens-flag')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-key') ?? '', e.getAttribute('data-severity') ?? '']));
  return Object.fromEntries(flags);
}

describe('stored name index', () => {
  it('is loaded by a woken worker, and rebuilt after a list changes', async () => {
    server = await serveFixtures();
    session = await launch();
    await importList(session, csv(NAMES));
    const first = await pageNaming(NAMES[4321] as string);
    expect(await flagged(first)).toMatchObject({ [NAMES[4321] as string]: 'high', [UFLPA]: 'critical' });
    await first.close();
    // The index for these lists is built (by this scan, or by the install-time build if the import
    // overtook it) and stored after the first flags; wait for the write, then stop the worker.
    await expectCount(async () => (((await storedStamp(session)) ?? '').includes('custom:watch') ? 1 : 0), 1);
    const built = await engineInfo(session);
    expect(built?.parties).toBeGreaterThan(20_000);
    await stopWorker(session);
    const woken = await pageNaming(NAMES[17] as string);
    expect(await flagged(woken)).toMatchObject({ [NAMES[17] as string]: 'high' });
    await woken.close();
    const loaded = await engineInfo(session);
    // The lists were checked this browser session and are unchanged: the woken worker takes the
    // parties stored with the index instead of reading 20,000 entries back, and still flags the
    // watch-list name above with its own severity.
    // Its place tables are read from the extension's packaged file, not made again.
    expect(loaded).toMatchObject({
      index: 'loaded',
      parties: built?.parties,
      partiesFrom: 'stored',
      tables: 'package',
    });
    expect(loaded?.at).not.toBe(built?.at);

    // Replace the list while the worker runs, stop it before it rebuilds: the woken worker finds
    // the stored index stamped for other lists and builds a new one.
    const replaced = NAMES.map((n) => n.replace('Listed', 'Renamed'));
    await importList(session, csv(replaced));
    await stopWorker(session);
    const after = await pageNaming(replaced[17] as string);
    expect(await flagged(after)).toMatchObject({ [replaced[17] as string]: 'high' });
    await after.close();
    expect(await engineInfo(session)).toMatchObject({ index: 'built', reason: /other lists/, partiesFrom: 'lists' });
    const old = await pageNaming(NAMES[17] as string);
    // The old name is on no list now: an unlisted supplier (info) at most, never the watch list.
    expect((await flagged(old))[NAMES[17] as string]).not.toBe('high');
    await old.close();
  }, 180_000);
});
