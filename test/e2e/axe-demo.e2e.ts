// axe-core on the demo page with a card open: no violation in our UI (the overlay, its flags and
// the open card, read through their open shadow roots) nor in the demo page's own markup, which is
// ours too. axe's source is evaluated in the page (its CSP allows no inline script tag).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCount, launch, ROOT, type Session } from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const HOSHINE = 'Hoshine Silicon Industry (Shanshan) Co., Ltd';

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

describe('axe-core on the demo page', () => {
  it('finds no violation with a card open, nor with the guided walk open', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`chrome-extension://${session.extensionId}/demo.html`);
    const flag = page.locator(`laborlens-flag[data-key="${HOSHINE}"]`);
    await expectCount(() => flag.count(), 1);
    await page.evaluate(AXE);
    const run = () =>
      page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }
        ).axe;
        const r = await axe.run(document, { resultTypes: ['violations'] });
        return r.violations as Violation[];
      });
    const summary = (vs: Violation[]) =>
      vs.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);

    await flag.locator('.mark').click();
    await flag.locator('.card').waitFor({ state: 'visible' });
    expect(summary(await run())).toEqual([]);

    await page.keyboard.press('Escape');
    await page.click('#trainer-open');
    await page.locator('laborlens-flag[data-shown]').waitFor({ state: 'attached' });
    expect(summary(await run())).toEqual([]);
    await page.close();
  });
});
