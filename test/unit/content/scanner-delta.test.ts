// @vitest-environment happy-dom
// Content added to a page already scanned is scanned on its own first (a delta), its flags drawn
// beside the page's others; anything removed or edited leaves it to the full rescan.
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine';
import { loadBundledRiskData } from '../../../src/cli/bundled';
import { startScanner } from '../../../src/content/scanner';
import type { ScanRequest } from '../../../src/shared/messages';

const engine = createEngine(loadBundledRiskData());
const LISTED = 'Xinjiang East Hope Nonferrous Metals Co., Ltd.';
const flags = () =>
  Array.from(document.querySelector('laborlens-root')?.shadowRoot?.querySelectorAll('laborlens-flag') ?? []).map((f) =>
    f.getAttribute('data-key'),
  );

let ac: AbortController | undefined;
afterEach(() => ac?.abort());

async function scanned(html: string): Promise<ScanRequest[]> {
  document.body.innerHTML = html; // test fixture markup
  const sent: ScanRequest[] = [];
  ac = new AbortController();
  const { done } = startScanner(
    document,
    {
      scan: async (req) => {
        sent.push(req);
        return { findings: engine.scan(req.text) };
      },
      lists: async () => [],
    },
    ac.signal,
  );
  await done;
  return sent;
}

describe('new content on a scanned page', () => {
  it('is scanned alone, marked as a delta, and flagged beside the flags already drawn', async () => {
    const sent = await scanned(`<p>Supplier: ${LISTED}</p><p>Other text</p>`);
    expect(sent.map((r) => r.delta)).toEqual([undefined]);
    expect(flags()).toEqual([LISTED]);
    const row = document.createElement('div');
    row.textContent = `New listing: ${LISTED}`;
    document.body.append(row);
    await expect.poll(() => flags().length, { timeout: 5_000 }).toBe(2);
    const delta = sent.find((r) => r.delta);
    expect(delta?.text.trim()).toBe(`New listing: ${LISTED}`);
    // The full rescan follows, not a delta, and settles the page's flags.
    await expect.poll(() => sent.filter((r) => !r.delta).length, { timeout: 5_000 }).toBe(2);
    await expect.poll(() => flags().length, { timeout: 5_000 }).toBe(2);
  });

  it('is left to the full rescan when anything was removed', async () => {
    const sent = await scanned(`<p id="gone">Supplier: ${LISTED}</p>`);
    document.getElementById('gone')?.remove();
    const row = document.createElement('div');
    row.textContent = `New listing: ${LISTED}`;
    document.body.append(row);
    await expect.poll(() => sent.length, { timeout: 5_000 }).toBe(2);
    expect(sent.some((r) => r.delta)).toBe(false);
    await expect.poll(() => flags().length, { timeout: 5_000 }).toBe(1);
  });
});
