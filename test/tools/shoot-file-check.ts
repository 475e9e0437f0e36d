// Screenshots of the file page for the README: the sample quote checked and the sample supplier
// master screened (needs a build: npx vite build; then npx tsx test/tools/shoot-file-check.ts).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../../src/cli/chrome';

const ROOT = resolve(import.meta.dirname, '../..');
const profile = mkdtempSync(join(tmpdir(), 'll-shots-'));
const ext = await launchWithExtension(join(ROOT, 'dist'), profile, true);
try {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${ext.extensionId}/check.html`);
  const sample = (name: string) => ({
    name,
    mimeType: 'application/octet-stream',
    buffer: readFileSync(join(ROOT, 'public/samples', name)),
  });
  await page.locator('input[type=file]').setInputFiles(sample('sample-quote.pdf'));
  await page.locator('li.placed').first().waitFor({ timeout: 30_000 });
  await page.locator('li.placed summary').first().click();
  await page.screenshot({ path: join(ROOT, 'test/screenshots/check-quote.png') });
  await page.locator('input[type=file]').setInputFiles(sample('sample-suppliers.xlsx'));
  await page.getByRole('status').filter({ hasText: 'suppliers screened' }).waitFor({ timeout: 30_000 });
  await page.locator('.screen-table tbody tr details summary').first().click();
  await page.screenshot({ path: join(ROOT, 'test/screenshots/check-screening.png') });
} finally {
  await ext.context.close();
  rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
}
