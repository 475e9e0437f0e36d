// axe-core on the "Check a file" page with results shown: a checked quote with a finding opened,
// and a screened supplier master. No violation of any rule axe runs.
import { describe, expect, it } from 'vitest';
import { masterXlsx, quotePdf } from '../tools/sample-files';
import { report, violations } from './axe-run';
import { useBrowser } from './harness';

const b = useBrowser();

async function checkPage() {
  const page = await b.session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${b.session.extensionId}/check.html`);
  return page;
}

describe('accessibility of the file page (axe-core)', () => {
  it('has no violation with a checked quote and a finding opened', async () => {
    const page = await checkPage();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'quote.pdf', mimeType: 'application/pdf', buffer: quotePdf(2) });
    const first = page.locator('li.placed').first();
    await first.waitFor({ timeout: 30_000 });
    await first.locator('summary').click();
    await first.locator('.why').waitFor();
    expect(report(await violations(page))).toEqual([]);
    await page.close();
  });

  it('has no violation with a screened supplier master', async () => {
    const page = await checkPage();
    await page.locator('input[type=file]').setInputFiles({
      name: 'supplier-master.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await masterXlsx(),
    });
    await page.getByRole('status').filter({ hasText: 'suppliers screened' }).waitFor({ timeout: 30_000 });
    expect(report(await violations(page))).toEqual([]);
    await page.close();
  });
});
