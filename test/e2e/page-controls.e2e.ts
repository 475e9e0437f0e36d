// Our overlay never takes the page's clicks: only a flag's mark and a card the user opened take
// pointer events, and an opened card closes when the pointer or focus leaves it. The page's own
// buttons next to, under and between flags stay clickable in every state of our cards.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { flagsOn, useBrowser } from './harness';

const b = useBrowser();
const BUTTONS = ['before', 'after', 'under', 'between', 'cell-before', 'cell-after', 'cell-under', 'row-under'];
const APEX = 'Zhuhai Apex Microelectronics Co., Ltd.';
const MEIJIA = 'Shandong Meijia Group Co., Ltd.';

/** Clicks each page button (Playwright refuses when anything else is on top) and checks the page saw it. */
async function clickAll(page: Page, ids: string[]): Promise<void> {
  for (const id of ids) {
    await page.click(`#${id}`, { timeout: 10_000 });
    expect(await page.locator('#clicks').innerText()).toMatch(new RegExp(` ${id}$`));
  }
}

const cardShown = (page: Page, key: string) =>
  page.locator(`laborlens-flag[data-key="${key}"]`).first().locator('.card').isVisible();

describe('page controls beside our flags', () => {
  it('stay clickable at rest, while a card previews, and after an opened card is left', async () => {
    const page = await b.session.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(b.server.url('controls-near-flags.html'));
    const flags = await flagsOn(page, 4);
    expect(flags.map((f) => f.key).sort()).toEqual([MEIJIA, APEX, APEX, 'Zhuhai Pantum Electronics Co. Ltd.'].sort());
    await clickAll(page, BUTTONS);

    // Hovering a mark previews its card over the button below: the click still reaches the page.
    const marks = page.locator('laborlens-flag .mark');
    for (let i = 0; i < (await marks.count()); i++) {
      await marks.nth(i).hover();
      await page.click('#under', { timeout: 10_000 });
      await page.click('#row-under', { timeout: 10_000 });
    }
    expect(await page.locator('#clicks').innerText()).toMatch(/ row-under$/);

    // The mark sits before the text, not over its first character.
    const gap = await page.evaluate(() => {
      const flag = document.querySelector('laborlens-root')!.shadowRoot!.querySelector('laborlens-flag')!;
      const mark = flag.shadowRoot!.querySelector('.mark')!.getBoundingClientRect();
      return flag.getBoundingClientRect().left - mark.right;
    });
    expect(gap).toBeGreaterThanOrEqual(0);

    // A card opened by a click takes the pointer while the pointer is on it, and closes once it
    // leaves; the page's buttons under it are then clickable again.
    const apex = page.locator(`laborlens-flag[data-key="${APEX}"]`).first();
    await apex.locator('.mark').click();
    await apex.locator('.card').waitFor({ state: 'visible' });
    expect(await apex.getAttribute('data-open')).toBe('');
    await page.mouse.move(990, 690);
    await apex.locator('.card').waitFor({ state: 'hidden' });
    await clickAll(page, ['under', 'between']);

    // Keyboard: Enter opens the card as a dialog with focus inside, Escape closes it and returns
    // focus to the mark; Tab out of the card closes it.
    await apex.locator('.mark').focus();
    await page.keyboard.press('Enter');
    await apex.locator('.card').waitFor({ state: 'visible' });
    const focused = () =>
      page.evaluate(() => {
        const flag = document.querySelector('laborlens-root')!.shadowRoot!.activeElement;
        return flag?.shadowRoot?.activeElement?.className ?? null;
      });
    expect(await focused()).toBe('card');
    await page.keyboard.press('Escape');
    await apex.locator('.card').waitFor({ state: 'hidden' });
    expect(await focused()).toMatch(/^mark/);
    await page.keyboard.press('Enter');
    await apex.locator('.card').waitFor({ state: 'visible' });
    for (let i = 0; i < 6 && (await cardShown(page, APEX)); i++) await page.keyboard.press('Tab');
    expect(await cardShown(page, APEX)).toBe(false);
    await clickAll(page, BUTTONS);
    await page.close();
  });
});
