import { afterAll, describe, expect, it } from 'vitest';
import { expectCount, flagsOn, launch, serveFixtures, tabIdOf, type FixtureServer, type Session } from './harness';

let server: FixtureServer;
const sessions: Session[] = [];
afterAll(async () => {
  for (const s of sessions) await s.close();
  await server?.close();
});

const PANTUM = 'Zhuhai Pantum Electronics Co. Ltd.';
const APEX = 'Zhuhai Apex Microelectronics Co., Ltd.';

describe('team statuses', () => {
  it('are set in the popup, survive a browser restart and show in place and in the popup', async () => {
    server = await serveFixtures();
    const first = await launch();
    sessions.push(first);
    const page = await first.context.newPage();
    const url = server.url('marketplace-three-listed.html');
    await page.goto(url);
    await flagsOn(page, 3);
    const tabId = await tabIdOf(first, url);

    // Mark one supplier "under review" and another "cleared" from the popup.
    const popup = await first.context.newPage();
    await popup.goto(`chrome-extension://${first.extensionId}/popup.html?tab=${tabId}`);
    for (const [key, status, note] of [
      [PANTUM, 'under-review', 'asked for mill certificates'],
      [APEX, 'cleared', 'audit report 2026-10-02 on file'],
    ] as const) {
      const item = popup.locator(`li.finding[data-key="${key}"]`);
      await item.locator('summary').click();
      await item.locator('select').selectOption(status);
      await item.locator('input').first().fill(note);
      await item.locator('input').nth(1).fill('Ana Ruiz');
      await item.locator('button[type=submit]').click();
      await item.locator('[role=status]').waitFor();
    }
    await first.close(true);

    const second = await launch(first.profile);
    sessions.push(second);
    const again = await second.context.newPage();
    await again.goto(url);
    // The cleared supplier is on the UFLPA Entity List, so it keeps its flag and says who cleared
    // it on what evidence; the one under review keeps its flag and says so in its card.
    const flags = await flagsOn(again, 3);
    expect(flags.map((f) => f.key).sort()).toEqual(['Shandong Meijia Group Co., Ltd.', PANTUM, APEX].sort());
    const card = again.locator(`laborlens-flag[data-key="${PANTUM}"] .card`);
    await expect
      .poll(() => card.first().textContent())
      .toMatch(/Under review by Ana Ruiz since \d{4}-\d{2}-\d{2}.*asked for mill certificates/);
    await expect
      .poll(() => again.locator(`laborlens-flag[data-key="${APEX}"] .card`).first().textContent())
      .toMatch(/Listed: cleared by Ana Ruiz on \d{4}-\d{2}-\d{2}, evidence: audit report 2026-10-02 on file/);

    const tab2 = await tabIdOf(second, url);
    const popup2 = await second.context.newPage();
    await popup2.goto(`chrome-extension://${second.extensionId}/popup.html?tab=${tab2}`);
    await expectCount(() => popup2.locator('li.finding').count(), 3);
    const keys = await popup2.locator('li.finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(keys.sort()).toEqual(['Shandong Meijia Group Co., Ltd.', PANTUM, APEX].sort());
    await expect
      .poll(() => popup2.locator(`li.finding[data-key="${PANTUM}"] .status`).innerText())
      .toMatch(/under review/);
  });
});
