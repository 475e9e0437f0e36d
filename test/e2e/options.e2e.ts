// The options page in a real Chromium with dist/ loaded: the built-in lists, a custom watch list
// that flags a page, a malformed import, the list switch, and a screenshot to look at.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serveFixtures, SHOTS, type FixtureServer, type Session } from './harness';

const BUILTIN = [
  'uflpa',
  'cbp-wro',
  'dol-tvpra',
  'dol-eo13126',
  'tip-tiers',
  'hs',
  'hs-risk-map',
  'xinjiang-places',
  'countries',
];
// Invented: on no public list, so only the custom list can flag it.
const INVENTED = 'Quillmere Lantern Works Co., Ltd.';

let session: Session;
let server: FixtureServer;
let files: string;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  files = mkdtempSync(join(tmpdir(), 'laborlens-options-'));
  [session, server] = await Promise.all([launch(), serveFixtures()]);
  page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

function file(name: string, text: string): string {
  const path = join(files, name);
  writeFileSync(path, text);
  return path;
}

const card = (id: string) => page.locator(`li.list-card[data-list="${id}"]`);

describe('options page', () => {
  it('shows the nine built-in lists with their as-of dates', async () => {
    await card('uflpa').waitFor();
    const ids = await page.locator('li.list-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-list')));
    for (const id of BUILTIN) expect(ids).toContain(id);
    for (const id of BUILTIN)
      await expect.poll(() => card(id).locator('.as-of').textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Source links open outside the extension without a referrer or opener.
    await expect.poll(() => card('uflpa').locator('h3 a').getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('imports a custom watch list whose supplier is then flagged on a page', async () => {
    const csv = file(
      'options-e2e-watch.csv',
      `name,aliases,country,notes,severity\n"${INVENTED}",Quillmere Lanterns,CN,Invented for the options e2e test,high\n`,
    );
    await page.locator('#custom-file').setInputFiles(csv);
    await page.locator('#custom-role').selectOption('watch');
    await page.locator('#custom form.import-form button[type="submit"]').click();
    await expect
      .poll(() => page.locator('#custom .saved').textContent())
      .toContain('Imported 1 entry from options-e2e-watch.csv');
    const row = page.locator('.custom-lists li').filter({ hasText: 'options-e2e-watch' });
    await row.waitFor();
    const id = await row.getAttribute('data-list');
    expect(id).toMatch(/^custom:/);
    // The new list shows among the risk lists too.
    await card(id!).waitFor();

    const shop = await session.context.newPage();
    await shop.goto(server.url('options-custom-supplier.html'));
    const flag = shop.locator(`laborlens-flag[data-key="${INVENTED}"]`);
    await flag.first().waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(() => flag.first().getAttribute('data-severity')).toBe('high');
    await shop.close();
  });

  it('shows the line of a malformed CSV and imports nothing', async () => {
    const before = await page.locator('.custom-lists li').count();
    const bad = file(
      'options-e2e-bad.csv',
      'name,aliases,country,notes,severity\nGood Co Ltd,,CN,,high\nBad Co Ltd,,CN,,urgent\n',
    );
    await page.locator('#custom-file').setInputFiles(bad);
    await page.locator('#custom form.import-form button[type="submit"]').click();
    const error = page.locator('#custom .error-box .errors li').first();
    await error.waitFor();
    const text = await error.textContent();
    expect(text).toContain('options-e2e-bad.csv:3');
    expect(text).toContain('severity');
    expect(await page.locator('.custom-lists li').count()).toBe(before);
    await page.locator('#custom').screenshot({ path: join(SHOTS, 'options-import-error.png') });
  });

  it('switches a list off and back on, and the choice is stored', async () => {
    const sw = card('tip-tiers').locator('input[role="switch"]');
    expect(await sw.isChecked()).toBe(true);
    await sw.click();
    await expect.poll(() => card('tip-tiers').getAttribute('class')).toContain('off');
    await page.reload();
    await card('tip-tiers').waitFor();
    expect(await card('tip-tiers').locator('input[role="switch"]').isChecked()).toBe(false);
    await card('tip-tiers').locator('input[role="switch"]').click();
    await page.reload();
    await card('tip-tiers').waitFor();
    expect(await card('tip-tiers').locator('input[role="switch"]').isChecked()).toBe(true);
  });

  it('keeps the old data and shows the error when a feed fails', async () => {
    const c = card('cbp-wro');
    const asOf = await c.locator('.as-of').textContent();
    await c.locator('details.feed summary').click();
    // Nothing listens on port 1: the fetch fails without any network.
    await c.locator('input[name="feedUrl"]').fill('https://127.0.0.1:1/cbp-wro.json');
    await c.locator('form.feed-fields button[type="submit"]').click();
    await c.locator('.feed-fields .saved').waitFor();
    await c.locator('button.update-now').click();
    const outcome = c.locator('.outcomes li.fail');
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain('cbp-wro');
    await c.locator('.last-error').waitFor();
    expect(await c.locator('.as-of').textContent()).toBe(asOf);
    await c.screenshot({ path: join(SHOTS, 'options-feed-error.png') });
    // Take the URL out again: the failure stays recorded until the next good update.
    await c.locator('input[name="feedUrl"]').fill('');
    await c.locator('form.feed-fields button[type="submit"]').click();
    await c.locator('.feed-fields .saved').waitFor();
  });

  it('looks right (screenshot)', async () => {
    await card('uflpa').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, 'options.png'), fullPage: true });
    await page.setViewportSize({ width: 420, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, 'options-narrow.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('#custom').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'options-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
