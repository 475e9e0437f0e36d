// A page cannot hide a listed name from the scan (issue 12): by wrapping it in our own tag names,
// by a `hidden` attribute its CSS overrides, by DOM clobbering (forms whose inputs are named
// childNodes, tagName, hasAttribute or getAttribute; images named body, title, documentElement),
// or by putting it in a closed shadow root. Chromium here; Firefox in firefox.e2e.ts.
import { describe, expect, it } from 'vitest';
import { expectCount, useBrowser } from './harness';
import { HIDDEN_NAMES } from './hiding-names';

const b = useBrowser();

describe('names a page tries to hide', () => {
  it('are all flagged', async () => {
    const page = await b.session.context.newPage();
    await page.goto(b.server.url('hostile-hiding.html'));
    const suppliers = page.locator('laborlens-flag[data-kind="supplier"]');
    await expectCount(() => suppliers.count(), HIDDEN_NAMES.length);
    const keys = await suppliers.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(keys.sort()).toEqual(HIDDEN_NAMES);
    await page.close();
  });
});
