import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCount, launch, SHOTS, tabIdOf, type Session } from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

describe('cards and popup on the demo page', () => {
  it('opens a card on hover and on keyboard focus, with severity, the list entry and what to do', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    const url = `chrome-extension://${session.extensionId}/demo.html`;
    await page.goto(url);
    const flag = page.locator('laborlens-flag[data-key="Hoshine Silicon Industry (Shanshan) Co., Ltd"]');
    await expectCount(() => flag.count(), 1);
    const card = flag.locator('.card');
    expect(await card.isVisible()).toBe(false);
    await flag.locator('.mark').hover();
    await card.waitFor({ state: 'visible' });
    const text = await card.innerText();
    expect(text).toMatch(/Critical risk/);
    expect(text).toMatch(/UFLPA Entity List/);
    expect(text).toMatch(/What to do: UFLPA rebuttable presumption/);
    expect(await flag.locator('.mark').getAttribute('aria-label')).toMatch(
      /^LaborLens: Critical risk: Supplier Hoshine/,
    );
    await page.screenshot({ path: join(SHOTS, 'card.png') });
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'hidden' });
    // Keyboard: the mark is a button and Enter opens the same card as a dialog; Escape closes it.
    await flag.locator('.mark').focus();
    await page.keyboard.press('Enter');
    await card.waitFor({ state: 'visible' });
    expect(await card.getAttribute('role')).toBe('dialog');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });

    const tabId = await tabIdOf(session, url);
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 760 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('section.group').first().waitFor();
    const groups = await popup.locator('section.group h2').allInnerTexts();
    expect(groups[0]).toMatch(/^critical/i);
    await popup.locator('li.finding[data-key="Hoshine Silicon Industry (Shanshan) Co., Ltd"] summary').click();
    await popup.screenshot({ path: join(SHOTS, 'popup-demo.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it('looks up a supplier name and an HS code from the popup', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.fill('#q', 'hoshine silicon industry (shanshan) co ltd');
    await popup.click('form.lookup button[type=submit]');
    await popup
      .locator('form.lookup .results li', { hasText: /Hoshine Silicon Industry \(Shanshan\) Co\., Ltd \(uflpa/ })
      .first()
      .waitFor();
    await popup.fill('#q', 'Meike Digital Printing Supplies');
    await popup.click('form.lookup button[type=submit]');
    await popup.locator('form.lookup .results .none', { hasText: 'No match on any enabled list' }).waitFor();
    expect(await popup.locator('form.lookup .results li').count()).toBe(0);
    // A partial name finds its entity first, as a close entry with why (issue 16).
    await popup.fill('#q', 'Hoshine Silicon');
    await popup.click('form.lookup button[type=submit]');
    const first = popup.locator('form.lookup .results ol.near li').first();
    await expect.poll(() => first.textContent()).toMatch(/^Hoshine Silicon Industry .*shares "hoshine", "silicon"/);
    expect(await popup.locator('form.lookup .results .none').count()).toBe(0);
    await popup.fill('#q', '5201.00');
    await popup.click('form.lookup button[type=submit]');
    await popup.locator('form.lookup .results li', { hasText: /HS 520100 \(Cotton/ }).waitFor();
    await popup.close();
  });
});
