// axe-core on the extension's own pages (issue 16): the popup with a finding opened, its lookup
// results and its stale-list warning, and the options page. No violation of any rule axe runs.
import { describe, expect, it } from 'vitest';
import { report, violations } from './axe-run';
import { tabIdOf, useBrowser } from './harness';

const held = useBrowser();

describe('accessibility of our pages (axe-core)', () => {
  it('the popup with findings, an open finding, look-up results and the list warning', async () => {
    const { session, server } = held;
    const page = await session.context.newPage();
    // Critical, high and low findings, so every severity badge the popup draws is checked.
    const url = server.url('a11y-severities.html');
    await page.goto(url);
    await page.locator('laborlens-flag[data-severity="low"]').first().waitFor({ state: 'attached', timeout: 15_000 });
    const tabId = await tabIdOf(session, url);
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 800 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('li.finding[data-severity="high"] .sev').first().waitFor();
    await popup.locator('li.finding[data-severity="low"] .sev').first().waitFor();
    await popup.locator('li.finding summary').first().click();
    await popup.locator('li.finding .detail').first().waitFor();
    await popup.fill('#q', 'Hoshine Silicon');
    await popup.click('form.lookup button[type=submit]');
    await popup.locator('form.lookup .results ol.near li').first().waitFor();
    expect(report(await violations(popup))).toEqual([]);
    // Dark mode has its own colours.
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(report(await violations(popup))).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('the options page', async () => {
    const { session } = held;
    const options = await session.context.newPage();
    await options.setViewportSize({ width: 1280, height: 900 });
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('li.list-card[data-list="uflpa"]').waitFor();
    // With content in every section: a status row, a refused status with its suggestions, and
    // the history of the page the first test checked (with a decision on it).
    await options.locator('#status-key').fill('Hoshine Silicon Industry (Shanshan) Co., Ltd');
    await options.locator('#status-status').selectOption('cleared');
    await options.locator('#status-note').fill('audit 2026-10-02');
    await options.locator('#status-by').fill('Ana Ruiz');
    await options.locator('#statuses form.status-add button[type="submit"]').click();
    await options.locator('#statuses table.statuses tr[data-key]').first().waitFor();
    await options.locator('#status-key').fill('Hoshine Silicon');
    await options.locator('#status-status').selectOption('under-review');
    await options.locator('#statuses form.status-add button[type="submit"]').click();
    await options.locator('#statuses button.suggest').first().waitFor();
    await options.locator('#history table.history tbody tr').first().waitFor();
    expect(report(await violations(options))).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(report(await violations(options))).toEqual([]);
    await options.close();
  });
});
