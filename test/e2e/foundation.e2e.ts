import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flagsOn, SHOTS, tabIdOf, useBrowser } from './harness';

mkdirSync(SHOTS, { recursive: true });
const b = useBrowser();

const EXPECTED = [
  'Shandong Meijia Group Co., Ltd.', // written as its alias "Rizhao Meijia Group"
  'Zhuhai Apex Microelectronics Co., Ltd.', // inside a table cell
  'Zhuhai Pantum Electronics Co. Ltd.', // in upper case
].sort();

describe('a marketplace page with three listed suppliers and two look-alikes', () => {
  it('gets exactly three critical supplier flags with the listed primary names as keys', async () => {
    const page = await b.session.context.newPage();
    const url = b.server.url('marketplace-three-listed.html');
    await page.goto(url);
    const before = await page.evaluate(() => document.body.innerText);
    const flags = await flagsOn(page, 3);
    expect(flags.map((f) => f.key).sort()).toEqual(EXPECTED);
    expect(flags.every((f) => f.kind === 'supplier' && f.severity === 'critical')).toBe(true);
    // Nothing was added to the page's text, and the look-alikes carry no flag.
    expect(await page.evaluate(() => document.body.innerText)).toBe(before);
    await page.screenshot({ path: join(SHOTS, 'fixture-flags.png'), fullPage: true });

    // The popup lists the same three, with the list and its as-of date.
    const tabId = await tabIdOf(b.session, url);
    // The badge is set just after the page's reply.
    await expect
      .poll(() => b.session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId))
      .toBe('3');
    const popup = await b.session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${b.session.extensionId}/popup.html?tab=${tabId}`);
    const items = popup.locator('li.finding');
    await items.first().waitFor();
    expect((await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).sort()).toEqual(EXPECTED);
    await expect
      .poll(() => popup.locator('li.finding .source').first().textContent())
      .toMatch(/UFLPA Entity List.*as of \d{4}-\d{2}-\d{2}/);
    await popup.screenshot({ path: join(SHOTS, 'popup.png') });
    await popup.close();
    await page.close();
  });

  it('flags listed suppliers on the built-in demo page', async () => {
    const page = await b.session.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`chrome-extension://${b.session.extensionId}/demo.html`);
    const flags = page.locator('laborlens-flag[data-kind="supplier"][data-severity="critical"]');
    await flags.first().waitFor({ state: 'attached' }); // zero-size by design
    const keys = await flags.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(keys).toContain('Hoshine Silicon Industry (Shanshan) Co., Ltd');
    expect(keys).toContain('Xinjiang Zhongtai Chemical Co. Ltd.');
    await page.screenshot({ path: join(SHOTS, 'demo.png'), fullPage: true });
    await page.close();
  });
});
