// The guided walk on the demo page, for a presenter: driven to the end by keyboard alone and by
// clicking the same spot, offline; each step's flag shows its card (focus stays on the bar), its
// item and card sit above the bar, nothing of ours is drawn over the bar, Back/Next never move.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
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

interface StepState {
  label: string;
  shown: string | null;
  /** The step's item (flag or target) and its card, as viewport boxes; the bar's top. */
  item: { top: number; bottom: number } | null;
  card: { top: number; bottom: number } | null;
  barTop: number;
  /** Tags found at points across the bar: only the bar's own elements may be there. */
  overBar: string[];
  next: { x: number; y: number; width: number };
  focus: string;
}

const state = (page: Page, stepIndex: number): Promise<StepState> =>
  page.evaluate(
    ([step]) => {
      const box = (e: Element | null | undefined) => {
        if (!e) return null;
        const r = e.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      };
      const root = Array.from(document.querySelectorAll('laborlens-root')).find((r) => r.shadowRoot)?.shadowRoot;
      const flag = root?.querySelector('laborlens-flag[data-shown]');
      const card = flag?.shadowRoot?.querySelector('.card');
      const bar = document.getElementById('trainer')!.getBoundingClientRect();
      const overBar: string[] = [];
      for (let x = 10; x < window.innerWidth; x += 40)
        for (const y of [bar.top + 4, bar.top + bar.height / 2, bar.bottom - 4]) {
          const el = document.elementFromPoint(x, y);
          if (el && !document.getElementById('trainer')!.contains(el)) overBar.push(el.tagName);
        }
      const next = document.getElementById('trainer-next')!.getBoundingClientRect();
      const target = step.target ? document.querySelector(step.target) : null;
      return {
        label: document.getElementById('trainer-step')!.textContent ?? '',
        shown: flag?.getAttribute('data-key') ?? null,
        item: box(step.flag ? flag : target),
        card: card && getComputedStyle(card).display !== 'none' ? box(card) : null,
        barTop: bar.top,
        overBar,
        next: { x: next.left + next.width / 2, y: next.top + next.height / 2, width: next.width },
        focus: document.activeElement?.id ?? '',
      };
    },
    [STEPS[stepIndex]!] as const,
  );

/** Waits for step i to be in place, then checks what a presenter needs. */
async function expectStep(page: Page, i: number): Promise<StepState> {
  const step = STEPS[i]!;
  const ready = (s: StepState) =>
    s.label === `Step ${i + 1} of ${STEPS.length}: ${step.title}` &&
    (!step.flag || (s.shown === step.flag.key && s.card !== null)) &&
    (!step.target || s.item !== null);
  let s = await state(page, i);
  const end = Date.now() + 15_000;
  while (!ready(s) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    s = await state(page, i);
  }
  const where = `step ${i + 1} (${step.title})`;
  expect(ready(s), `${where}: ${JSON.stringify(s)}`).toBe(true);
  expect(s.overBar, where).toEqual([]);
  if (s.item) {
    expect(s.item.top, where).toBeGreaterThanOrEqual(0);
    expect(s.item.bottom, where).toBeLessThanOrEqual(s.barTop);
  }
  if (s.card) expect(s.card.bottom, where).toBeLessThanOrEqual(s.barTop);
  return s;
}

async function openDemo(query = ''): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${session.extensionId}/demo.html${query}`);
  // Every step's flag is on the page before the walk is driven.
  for (const s of STEPS.filter((x) => x.flag)) {
    await expectCount(
      () =>
        page
          .locator(`laborlens-flag[data-kind="${s.flag!.kind}"][data-key="${s.flag!.key}"]`)
          .count()
          .then((n) => Math.min(n, 1)),
      1,
    );
  }
  return page;
}

describe('trainer mode on the demo page', () => {
  it('is driven to the end by keyboard alone, offline: Enter on Next, arrows, Page Up/Down, Escape', async () => {
    await session.context.setOffline(true);
    const page = await openDemo('?trainer');
    // The look-alike and the lifted order carry no risk flag.
    expect(await page.locator('laborlens-flag[data-key="Shenzhen Meike Digital Technology Co., Ltd."]').count()).toBe(
      0,
    );
    expect(await page.locator('laborlens-flag[data-key="Top Glove Corporation Bhd"]').count()).toBe(0);
    const first = await expectStep(page, 0);
    expect(first.focus).toBe('trainer-next');
    for (let i = 1; i < STEPS.length; i++) {
      await page.keyboard.press('Enter');
      const s = await expectStep(page, i);
      // Focus stays on the bar, so the next Enter moves on.
      expect(s.focus).toBe(i === STEPS.length - 1 ? 'trainer-prev' : 'trainer-next');
      expect(s.next).toEqual(first.next);
    }
    await page.keyboard.press('PageUp');
    await expectStep(page, STEPS.length - 2);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, STEPS.length - 3);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, STEPS.length - 2);
    await page.keyboard.press('PageDown');
    await expectStep(page, STEPS.length - 1);
    await page.keyboard.press('Escape');
    await expectCount(
      () => page.evaluate(() => (document.getElementById('trainer')!.matches(':popover-open') ? 1 : 0)),
      0,
    );
    expect(await page.locator('laborlens-flag[data-shown]').count()).toBe(0);
    await session.context.setOffline(false);
    await page.close();
  });

  it('is driven to the end by clicking the same spot, in Presentation mode', async () => {
    const page = await openDemo();
    await page.click('#trainer-open');
    await page.check('#trainer-present');
    await expectCount(
      () =>
        page
          .locator('laborlens-flag[data-presentation]')
          .count()
          .then((n) => (n > 0 ? 1 : 0)),
      1,
    );
    const first = await expectStep(page, 0);
    await page.screenshot({ path: join(SHOTS, 'trainer.png') });
    for (let i = 1; i < STEPS.length; i++) {
      await page.mouse.click(first.next.x, first.next.y);
      const s = await expectStep(page, i);
      expect(s.next).toEqual(first.next);
    }
    await page.screenshot({ path: join(SHOTS, 'trainer-end.png') });
    await page.close();
  });
});
