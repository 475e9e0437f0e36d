import { describe, expect, it } from 'vitest';
import { expectCount, flagsOn, useBrowser } from './harness';

const b = useBrowser();

const keys = (flags: { key: string | null }[]) => flags.map((f) => f.key).sort();

describe('pages that change', () => {
  it('flags suppliers that arrive by infinite scroll', async () => {
    const page = await b.session.context.newPage();
    await page.goto(b.server.url('infinite-scroll.html'));
    // The first page of results has no listed supplier; scrolling brings two.
    expect(await page.locator('.row').count()).toBe(3);
    for (let i = 0; i < 3; i++)
      await page
        .locator('#sentinel')
        .scrollIntoViewIfNeeded()
        .then(() => page.mouse.wheel(0, 2000));
    await expectCount(() => page.locator('.row').count(), 9);
    const flags = await flagsOn(page, 2);
    expect(keys(flags)).toEqual(['Camel Group Co., Ltd.', 'Ninestar Corporation']);
    await page.close();
  });

  it('moves flags when text changes: a flag whose text is gone is removed', async () => {
    const page = await b.session.context.newPage();
    await page.goto(b.server.url('changing-text.html'));
    expect(keys(await flagsOn(page, 1))).toEqual(['Zhuhai Pantum Electronics Co. Ltd.']);
    const textBefore = await page.locator('body').innerText();
    await page.click('#swap');
    await expectCount(() => page.locator('laborlens-flag[data-key="Western Gold Co., Ltd."]').count(), 1);
    expect(keys(await flagsOn(page, 1))).toEqual(['Western Gold Co., Ltd.']);
    expect(textBefore).toContain('Zhuhai Pantum');
    await page.close();
  });

  it('flags inside same-origin iframes, srcdoc frames and open shadow roots', async () => {
    const page = await b.session.context.newPage();
    await page.goto(b.server.url('frames.html'));
    const shadow = await flagsOn(page, 1); // Playwright's locators pierce open shadow roots
    expect(keys(shadow)).toEqual(['Zhuhai Seine Printing Technology Co., Ltd.']);
    const child = page.frameLocator('#same').locator('laborlens-flag');
    await expectCount(() => child.count(), 1);
    expect(await child.getAttribute('data-key')).toBe('Zhuhai G&G Digital Technology Co., Ltd.');
    const inline = page.frameLocator('#srcdoc').locator('laborlens-flag');
    await expectCount(() => inline.count(), 1);
    expect(await inline.getAttribute('data-key')).toBe('Geehy Semiconductor Co., Ltd.');
    await page.close();
  });
});
