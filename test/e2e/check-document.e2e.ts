// Documents opened in a tab or linked from a page, in a real Chromium with the built extension:
// a PDF in the browser's viewer is not reported as a scanned page, the popup's "Check this
// document" and the link's context-menu item check it on the file page, and a site LaborLens
// has no access to is asked for before anything is read. The guided walk's links to the samples.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry, TabFindings } from '../../src/shared/messages';
import { MASTER_LISTED, masterXlsx, quotePdf } from '../tools/sample-files';
import { STEPS } from '../../src/ui/demo/trainer-steps';
import { join } from 'node:path';
import { SHOTS, useBrowser } from './harness';

const b = useBrowser();
/** MENU_ID of src/background/context-menu.ts (which cannot be imported outside a browser). */
const MENU_ID = 'laborlens-check-link';

/** What a click on a context-menu item hands its listeners (chrome.contextMenus.OnClickData). */
interface MenuClick {
  menuItemId: string;
  linkUrl: string;
  pageUrl: string;
  editable: boolean;
}
/** chrome.Event's dispatch runs the registered listeners as the browser does for a real click. */
interface MenuApi {
  contextMenus: { onClicked: { dispatch(info: MenuClick): void } };
}
interface PermissionsApi {
  request(p: { origins: string[] }): Promise<boolean>;
}

interface DocServer {
  base: string;
  /** Paths requested so far, in order. */
  seen: string[];
  close(): Promise<void>;
}

/** Serves the sample quote and supplier master with the content types a real site would send. */
async function serveDocs(host: string): Promise<DocServer> {
  const [pdf, xlsx] = [quotePdf(1), await masterXlsx()];
  const seen: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    seen.push(path);
    if (path === '/quotes/Q-2026-0412.pdf' || path === '/documents/view')
      res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
    else if (path === '/files/supplier-master.xlsx')
      res
        .writeHead(200, { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
        .end(xlsx);
    else if (path === '/links.html')
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          '<!doctype html><title>Attachments</title><main><a href="/quotes/Q-2026-0412.pdf">Quote</a> <a href="/files/supplier-master.xlsx">Supplier master</a></main>',
        );
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, host, ok));
  return {
    base: `http://${host}:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

const ext = (path: string) => `chrome-extension://${b.session.extensionId}/${path}`;

async function history(): Promise<HistoryEntry[]> {
  const page = await b.session.context.newPage();
  await page.goto(ext('options.html'));
  const reply = (await page.evaluate(() =>
    chrome.runtime.sendMessage({ laborlens: 1, name: 'getHistory', payload: {} }),
  )) as { value: HistoryEntry[] };
  await page.close();
  return reply.value;
}

/** The tab record the content script left for `url` (storage.session, keyed tab:N). */
async function tabRecord(url: string): Promise<{ id: number; record: Record<string, Partial<TabFindings>> } | null> {
  return b.session.worker.evaluate(async (u) => {
    const all = await chrome.storage.session.get(null);
    for (const [k, rec] of Object.entries(all))
      if (k.startsWith('tab:') && Object.values(rec as Record<string, { url: string }>).some((f) => f.url === u))
        return { id: Number(k.slice(4)), record: rec as Record<string, Partial<TabFindings>> };
    return null;
  }, url);
}

/** Keys of the findings the file page shows, once it shows some. */
async function placedKeys(check: Page): Promise<(string | null)[]> {
  await check.locator('li.placed').first().waitFor({ timeout: 30_000 });
  return check.locator('li.placed .finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
}

let docs: DocServer;
beforeAll(async () => {
  docs = await serveDocs('127.0.0.1');
});
afterAll(() => docs?.close());

describe('a PDF opened in a tab', () => {
  it.each([
    ['an address ending in .pdf', '/quotes/Q-2026-0412.pdf', 'Q-2026-0412.pdf'],
    ['an address without .pdf whose content type says PDF', '/documents/view', 'view'],
  ])('%s: the popup says it was not scanned as a page, and checks it', async (_what, path, shownName) => {
    const url = `${docs.base}${path}`;
    const tab = await b.session.context.newPage();
    void tab.goto(url).catch(() => undefined); // the PDF viewer never fires a load event here
    // The content script runs in the viewer's wrapper document and reports a document, not a page.
    await expect
      .poll(async () => (await tabRecord(url))?.record['0']?.document, { timeout: 30_000 })
      .toBe('application/pdf');
    const { id } = (await tabRecord(url))!;
    expect((await history()).filter((h) => h.url === url)).toEqual([]);

    const popup = await b.session.context.newPage();
    await popup.goto(ext(`popup.html?tab=${id}`));
    await expect
      .poll(() => popup.locator('main').textContent(), { timeout: 30_000 })
      .toContain('This tab shows a document, which LaborLens does not scan as a page.');
    expect(await popup.locator('main').textContent()).not.toMatch(/No risk found|not been scanned/);
    // For a person to look at (README's "What you see"): the popup on a PDF tab.
    await popup.screenshot({ path: join(SHOTS, `popup-document-${shownName}.png`), fullPage: true });

    const opened = b.session.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Check this document' }).click();
    const check = await opened;
    expect(check.url()).toBe(ext(`check.html?url=${encodeURIComponent(url)}`));
    expect(await placedKeys(check)).toContain('Hoshine Silicon Industry (Shanshan) Co., Ltd');
    expect(await check.locator('h2').textContent()).toBe(shownName);
    // Still no history entry claiming the tab was scanned as a page with nothing found.
    expect((await history()).filter((h) => h.url === url)).toEqual([]);
    await Promise.all([tab.close(), popup.close(), check.close()]);
  });
});

describe('the context-menu item on a link', () => {
  /** Delivers a click on our menu item to the background, as the browser does for a user's click. */
  async function clickMenu(linkUrl: string, pageUrl: string): Promise<Page> {
    const opened = b.session.context.waitForEvent('page');
    await b.session.worker.evaluate(
      ([menuItemId, link, page]) => {
        (globalThis as unknown as { chrome: MenuApi }).chrome.contextMenus.onClicked.dispatch({
          menuItemId,
          linkUrl: link,
          pageUrl: page,
          editable: false,
        });
      },
      [MENU_ID, linkUrl, pageUrl] as const,
    );
    return opened;
  }

  it('checks a linked PDF quote', async () => {
    const check = await clickMenu(`${docs.base}/quotes/Q-2026-0412.pdf`, `${docs.base}/links.html`);
    expect(await placedKeys(check)).toContain('Hoshine Silicon Industry (Shanshan) Co., Ltd');
    await check.close();
  });

  it('screens a linked XLSX supplier master', async () => {
    const check = await clickMenu(`${docs.base}/files/supplier-master.xlsx`, `${docs.base}/links.html`);
    const rows = check.locator('table.screen-table tbody tr');
    await rows.first().waitFor({ timeout: 30_000 });
    await check.getByRole('status').filter({ hasText: 'suppliers screened' }).waitFor({ timeout: 30_000 });
    const names = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[3]?.textContent));
    for (const listed of Object.values(MASTER_LISTED)) expect(names).toContain(listed);
    await check.close();
  });

  it('ignores links that are not web addresses', async () => {
    const pages = b.session.context.pages().length;
    await b.session.worker.evaluate((menuItemId) => {
      (globalThis as unknown as { chrome: MenuApi }).chrome.contextMenus.onClicked.dispatch({
        menuItemId,
        linkUrl: 'ftp://files.example/q.pdf',
        pageUrl: 'https://x.example/',
        editable: false,
      });
    }, MENU_ID);
    // The listener returns synchronously for such a link: nothing can open later.
    expect(b.session.context.pages().length).toBe(pages);
  });
});

describe('a document on a site that is not built in', () => {
  // Headless Chromium cannot answer the permission prompt, so this checks that the request is
  // made (for that site only, from the user's click) and that nothing is read while it is unanswered.
  it('asks for the host permission and reads nothing without it', async () => {
    const other = await serveDocs('127.0.0.2');
    try {
      const url = `${other.base}/quotes/Q-2026-0412.pdf`;
      const check = await b.session.context.newPage();
      await check.goto(ext(`check.html?url=${encodeURIComponent(url)}`));
      await expect
        .poll(() => check.locator('.ask').textContent(), { timeout: 30_000 })
        .toContain('needs access to 127.0.0.2');
      await check.evaluate(() => {
        const w = window as unknown as { asked: unknown[] };
        w.asked = [];
        const { permissions } = (globalThis as unknown as { chrome: { permissions: PermissionsApi } }).chrome;
        const request = permissions.request.bind(permissions);
        permissions.request = (p) => {
          w.asked.push(p);
          return request(p);
        };
      });
      await check.locator('.ask button').click();
      await expect
        .poll(() => check.evaluate(() => (window as unknown as { asked: unknown[] }).asked), { timeout: 30_000 })
        .toEqual([{ origins: [`http://${new URL(other.base).hostname}/*`] }]); // a site is its host on any port
      expect(other.seen).toEqual([]);
      expect(await check.locator('li.placed, table.screen-table').count()).toBe(0);
      await check.close();
    } finally {
      await other.close();
    }
  });
});

describe("the guided walk's step on quotes and supplier files", () => {
  it('links to the file page with the sample quote and the sample supplier master', async () => {
    const demo = await b.session.context.newPage();
    await demo.goto(ext('demo.html?trainer'));
    const step = STEPS.findIndex((s) => s.links?.length);
    expect(step).toBeGreaterThan(0);
    for (let i = 0; i < step; i++) await demo.locator('#trainer-next').click();
    await expect
      .poll(() => demo.locator('#trainer-step').textContent(), { timeout: 30_000 })
      .toBe(`Step ${step + 1} of ${STEPS.length}: ${STEPS[step]!.title}`);
    const links = demo.locator('#trainer-links a');
    expect(await links.count()).toBe(2);

    let opened = b.session.context.waitForEvent('page');
    await links.nth(0).click();
    const quote = await opened;
    expect(await placedKeys(quote)).toContain('Hoshine Silicon Industry (Shanshan) Co., Ltd');
    expect(await quote.locator('h2').textContent()).toBe('sample-quote.pdf');

    opened = b.session.context.waitForEvent('page');
    await links.nth(1).click();
    const master = await opened;
    await master.locator('table.screen-table tbody tr').first().waitFor({ timeout: 30_000 });
    expect(await master.locator('h2').textContent()).toBe('sample-suppliers.xlsx');
    await Promise.all([demo.close(), quote.close(), master.close()]);
  });
});
