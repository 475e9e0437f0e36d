// The "Check a file" page in a real Chromium: a PDF quote and an XLSX supplier master chosen
// through the file input give findings and screening rows; broken files get a clear error and
// change nothing (no history entry).
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/shared/messages';
import { docxOf, MASTER_LISTED, MASTER_ROWS, masterXlsx, quotePdf } from '../tools/sample-files';
import { useBrowser } from './harness';

const b = useBrowser();

async function history(): Promise<HistoryEntry[]> {
  const page = await b.session.context.newPage();
  await page.goto(`chrome-extension://${b.session.extensionId}/options.html`);
  const reply = (await page.evaluate(() =>
    chrome.runtime.sendMessage({ laborlens: 1, name: 'getHistory', payload: {} }),
  )) as {
    ok: boolean;
    value: HistoryEntry[];
  };
  await page.close();
  return reply.value;
}

async function checkPage() {
  const page = await b.session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`chrome-extension://${b.session.extensionId}/check.html`);
  return { page, errors };
}

describe('Check a file', () => {
  it('checks a PDF quote: findings with their page and line, recorded in the history', async () => {
    const { page, errors } = await checkPage();
    await page.locator('input[type=file]').setInputFiles({
      name: 'quote-Q-2026-0412.pdf',
      mimeType: 'application/pdf',
      buffer: quotePdf(2),
    });
    const items = page.locator('li.placed');
    await items.first().waitFor({ timeout: 30_000 });
    const found = await items.evaluateAll((els) =>
      els.map((e) => {
        const f = e.querySelector('.finding');
        return `${f?.getAttribute('data-severity')}|${f?.getAttribute('data-kind')}|${f?.getAttribute('data-key')}|${e.querySelector('.where')?.getAttribute('data-where')}`;
      }),
    );
    expect(found).toContain(
      'critical|supplier|Hoshine Silicon Industry (Shanshan) Co., Ltd|page 1, line 4; page 2, line 4',
    );
    expect(found).toContain('critical|supplier|Giant Manufacturing Co., Ltd.|page 1, line 8; page 2, line 8');
    expect(found).toContain('high|origin|CN-XJ|page 1, line 4; page 2, line 4');
    expect(found).toContain('high|hs|280469|page 1, line 4; page 2, line 4');
    // The Vietnamese PVC line item keeps its own origin: no risk carried over from the Xinjiang row.
    expect(found.filter((f) => f.includes('|390410|'))).toEqual([]);
    // The card's why and what to do, as in the popup.
    await items.first().locator('summary').click();
    await expect.poll(() => items.first().locator('.why').textContent()).toMatch(/UFLPA Entity List/);
    await expect
      .poll(
        async () => (await history()).find((h) => h.url === 'file:quote-Q-2026-0412.pdf')?.findings.bySeverity.critical,
      )
      .toBe(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('screens an XLSX supplier master: every row, listed entities first, filterable', async () => {
    const { page, errors } = await checkPage();
    await page.locator('input[type=file]').setInputFiles({
      name: 'supplier-master.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await masterXlsx(),
    });
    const rows = page.locator('table.screen-table tbody tr');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(MASTER_ROWS.length);
    await page.getByRole('status').filter({ hasText: 'suppliers screened' }).waitFor();
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 5).map((td) => td.textContent)),
    );
    // Sorted by severity: the listed suppliers come first, with their listed names.
    const top = cells.slice(0, Object.keys(MASTER_LISTED).length);
    expect(Object.fromEntries(top.map((c) => [c[1], c[3]]))).toEqual(MASTER_LISTED);
    expect(top.every((c) => c[2] === 'critical')).toBe(true);
    expect(cells.find((c) => c[1] === 'Harbor Lane Fasteners Inc.')?.[2]).toBe('no match');
    await page.getByLabel('Filter by severity').selectOption('critical');
    await expect.poll(() => rows.count()).toBe(Object.keys(MASTER_LISTED).length);
    await expect.poll(async () => (await history()).some((h) => h.url === 'file:supplier-master.xlsx')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a Word document in the worker', async () => {
    const { page, errors } = await checkPage();
    const docx = await docxOf(['Dear buyer,', 'Our yarn comes from Aksu Huafu Color Spinning Co., Ltd. in Xinjiang.']);
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'letter.docx', mimeType: 'application/octet-stream', buffer: docx });
    await page.locator('li.placed').first().waitFor({ timeout: 30_000 });
    const first = page.locator('li.placed').first();
    expect(await first.locator('.finding').getAttribute('data-key')).toBe('Aksu Huafu Color Spinning Co., Ltd.');
    expect(await first.locator('.where').textContent()).toBe('line 2');
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['locked.pdf', () => quotePdf(1, { password: 'secret' }), /password-protected/],
    ['scanned.pdf', () => quotePdf(1, { imageOnly: true }), /no text layer/],
    ['broken.xlsx', async () => (await masterXlsx()).subarray(0, 900), /damaged archive|not a readable XLSX/],
  ])('refuses %s with a clear error and changes nothing', async (name, make, message) => {
    const before = await history();
    const { page } = await checkPage();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: await make() });
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toMatch(message);
    expect(await alert.textContent()).toMatch(/Nothing was checked or stored/);
    expect(await page.locator('li.placed, table.screen-table').count()).toBe(0);
    expect((await history()).length).toBe(before.length);
    await page.close();
  });
});
