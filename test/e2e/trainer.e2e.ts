import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STEPS } from '../../src/ui/demo/trainer-steps';
import { expectCount, launch, SHOTS, type Session } from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

describe('trainer mode on the demo page', () => {
  it('walks offline through every kind of flag, showing the card of each one, with a presentation switch', async () => {
    await session.context.setOffline(true);
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`chrome-extension://${session.extensionId}/demo.html?trainer`);
    const flagged = STEPS.filter((s) => s.flag);
    // Every step's flag is on the page before the walk starts.
    for (const s of flagged) {
      await expectCount(
        () =>
          page
            .locator(`laborlens-flag[data-kind="${s.flag!.kind}"][data-key="${s.flag!.key}"]`)
            .count()
            .then((n) => Math.min(n, 1)),
        1,
      );
    }
    // The look-alike and the lifted order carry no risk flag.
    expect(await page.locator('laborlens-flag[data-key="Shenzhen Meike Digital Technology Co., Ltd."]').count()).toBe(
      0,
    );
    expect(await page.locator('laborlens-flag[data-key="Top Glove Corporation Bhd"]').count()).toBe(0);

    // The step's flag shows its card without taking focus (which stays on Next).
    const focusedKey = () =>
      page.evaluate(
        () =>
          document
            .querySelector('laborlens-root')
            ?.shadowRoot?.querySelector('laborlens-flag[data-shown]')
            ?.getAttribute('data-key') ?? null,
      );
    for (let i = 0; i < STEPS.length; i++) {
      const step = STEPS[i]!;
      expect(await page.locator('#trainer-step').innerText()).toBe(`Step ${i + 1} of ${STEPS.length}: ${step.title}`);
      if (step.flag)
        await expectCount(() => focusedKey().then((k) => (k === step.flag!.key ? 1 : 0)), 1).catch(async (e: Error) => {
          throw new Error(`step ${i + 1} (${step.title}): focused ${await focusedKey()}: ${e.message}`);
        });
      if (i === 0) {
        await page.check('#trainer-present');
        await expectCount(
          () =>
            page
              .locator('laborlens-flag[data-presentation]')
              .count()
              .then((n) => (n > 0 ? 1 : 0)),
          1,
        );
        await page.screenshot({ path: join(SHOTS, 'trainer.png') });
      }
      if (i < STEPS.length - 1) await page.click('#trainer-next');
    }
    await session.context.setOffline(false);
    await page.close();
  });
});
