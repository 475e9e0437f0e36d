// Flags for keyboard and screen-reader users (issue 16), on the demo page: each flag is one Tab
// stop (its mark, a button named for the finding), the flags come first in the Tab order as a list
// of the page's flags, a card's links are reachable only from the open card, the card is a
// dialog labelled and described by the finding, and Escape closes it.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCount, launch, SHOTS, type Session } from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

const HOSHINE = 'Hoshine Silicon Industry (Shanshan) Co., Ltd';

/** What has focus inside our overlay: the flag's key and the focused part's class or tag. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const root = Array.from(document.querySelectorAll('laborlens-root')).find((r) => r.shadowRoot);
    const flag = root?.shadowRoot?.activeElement;
    const inner = flag?.shadowRoot?.activeElement;
    return flag ? { key: flag.getAttribute('data-key'), part: inner?.className || inner?.tagName || '' } : null;
  });

describe('flags by keyboard', () => {
  it('one Tab stop per flag, first in the Tab order; Enter opens a described dialog, Escape closes it', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`chrome-extension://${session.extensionId}/demo.html`);
    const flags = page.locator('laborlens-flag');
    await expectCount(() => page.locator(`laborlens-flag[data-key="${HOSHINE}"]`).count(), 1);
    const total = await flags.count();
    expect(total).toBeGreaterThan(8);

    // From the top of the page, the first flag is the first Tab stop.
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first?.part).toMatch(/^mark/);
    // Each further Tab is the next flag's mark: no card link in between.
    const seen = [first];
    for (let i = 1; i < total; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focused(page));
    }
    expect(seen.every((s) => s && /^mark/.test(s.part))).toBe(true);
    // After the last flag, the page's own controls.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBeNull();

    // Enter on a mark opens its card as a dialog with focus inside; the card's links follow;
    // Escape closes it and gives focus back to the mark.
    const hoshine = page.locator(`laborlens-flag[data-key="${HOSHINE}"]`);
    await hoshine.locator('.mark').focus();
    await page.keyboard.press('Enter');
    const card = hoshine.locator('.card');
    await card.waitFor({ state: 'visible' });
    const dialog = await card.evaluate((c) => {
      const root = c.getRootNode() as ShadowRoot;
      const text = (ids: string | null) =>
        (ids ?? '')
          .split(' ')
          .map((id) => root.getElementById(id)?.textContent ?? '')
          .join(' ');
      return {
        role: c.getAttribute('role'),
        label: text(c.getAttribute('aria-labelledby')),
        description: text(c.getAttribute('aria-describedby')),
      };
    });
    expect(dialog.role).toBe('dialog');
    expect(dialog.label).toMatch(/Critical/);
    expect(dialog.description).toMatch(/Hoshine Silicon/);
    expect(dialog.description).toMatch(/UFLPA Entity List/);
    expect(await focused(page)).toEqual({ key: HOSHINE, part: 'card' });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toEqual({ key: HOSHINE, part: 'A' });
    await page.screenshot({ path: join(SHOTS, 'card-keyboard.png') });
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    expect((await focused(page))?.part).toMatch(/^mark/);

    // Flags follow their text when the page scrolls (the overlay is in the top layer).
    await page.evaluate(() => window.scrollTo(0, 400));
    await expectCount(
      () =>
        page.evaluate((key) => {
          const root = Array.from(document.querySelectorAll('laborlens-root')).find((r) => r.shadowRoot)!;
          const flag = root.shadowRoot!.querySelector(`laborlens-flag[data-key="${key}"]`)!;
          const link = document.querySelector('a[href="#s1"]')!;
          const range = document.createRange();
          range.selectNodeContents(link);
          return Math.abs(flag.getBoundingClientRect().top - range.getClientRects()[0]!.top) < 2 ? 1 : 0;
        }, HOSHINE),
      1,
    );
    await page.close();
  });
});
