// A team's decisions never hide a statutory listing (issue 16): after a cleared-list import
// without evidence and a "false match" mark, the UFLPA-listed suppliers stay flagged, their cards
// say what was decided, and the popup's CSV export carries the decision at once.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { flagsOn, tabIdOf, useBrowser } from './harness';

const PANTUM = 'Zhuhai Pantum Electronics Co. Ltd.';
const APEX = 'Zhuhai Apex Microelectronics Co., Ltd.';
const dir = mkdtempSync(join(tmpdir(), 'laborlens-decisions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const held = useBrowser();

describe('decisions with evidence', () => {
  it('keep statutory-list suppliers flagged, show the decision and export it', async () => {
    const { session, server } = held;
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);

    // A cleared list from an intern, with no evidence, naming an entity on the UFLPA Entity List.
    const csv = join(dir, 'cleared-by-intern.csv');
    writeFileSync(csv, `name,cleared_by,evidence\n"${APEX}",intern,\n`);
    await options.locator('#custom-file').setInputFiles(csv);
    await options.locator('#custom-role').selectOption('cleared');
    await options.locator('#custom form.import-form button[type="submit"]').click();
    await options.locator('#custom .saved').waitFor();

    // A status for a name that is no listed entry is refused, with the nearest entries offered.
    await options.locator('#status-key').fill('Hoshine Silicon');
    await options.locator('#status-status').selectOption('under-review');
    await options.locator('#status-by').fill('Ana Ruiz');
    await options.locator('#statuses form.status-add button[type="submit"]').click();
    await expect
      .poll(() => options.locator('#statuses .error').textContent())
      .toMatch(/not the name of a listed entry/);
    const offered = await options.locator('#statuses button.suggest').allTextContents();
    expect(offered.some((s) => /Hoshine Silicon Industry/i.test(s))).toBe(true);
    await expect(options.locator('#statuses table.statuses').count()).resolves.toBe(0);

    const page = await session.context.newPage();
    const url = server.url('marketplace-three-listed.html');
    await page.goto(url);
    await flagsOn(page, 3);
    const tabId = await tabIdOf(session, url);

    // "False match" in the popup needs a reason and a reviewer.
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    const item = popup.locator(`li.finding[data-key="${PANTUM}"]`);
    await item.locator('summary').click();
    await item.locator('select').selectOption('false-match');
    await item.locator('input').nth(1).fill('Ana Ruiz');
    await item.locator('button[type=submit]').click();
    // The browser's own check stops an empty reason before it is sent.
    await expect
      .poll(() =>
        item
          .locator('input')
          .first()
          .evaluate((e) => (e as HTMLInputElement).validity.valueMissing),
      )
      .toBe(true);
    await item.locator('input').first().fill('different plant: Zhuhai Xiangzhou, registration 4404...');
    await item.locator('button[type=submit]').click();
    await item.locator('[role=status]').waitFor();

    // Exported at once, before any rescan: the decision is in the file.
    const exportItem = popup.locator(`li.finding[data-key="${PANTUM}"]`);
    // The popup re-reads its findings after the save: wait for that, on a busy machine it is late.
    await expect
      .poll(() => exportItem.locator('.why').textContent(), { timeout: 15_000 })
      .toMatch(/^False match: Ana Ruiz, \d{4}-\d{2}-\d{2}/);
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.locator('p.export button', { hasText: 'CSV' }).click(),
    ]);
    const path = join(dir, 'findings.csv');
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = text.split('\r\n');
    const pantum = rows.find((r) => r.includes(`"${PANTUM}"`));
    expect(pantum).toContain('"critical"');
    expect(pantum).toContain('"false-match","Ana Ruiz","different plant');
    const apex = rows.find((r) => r.includes(`"${APEX}"`));
    expect(apex).toContain('"critical"');
    expect(apex).toMatch(/Listed: cleared by intern on [^,]*, evidence none given/);
    expect(apex).toContain('"2026-'); // the list's as-of date beside it

    // The same rows as a workbook (exceljs, loaded only when asked for).
    const [book] = await Promise.all([
      popup.waitForEvent('download'),
      popup.locator('p.export button', { hasText: 'XLSX' }).click(),
    ]);
    const xlsxPath = join(dir, 'findings.xlsx');
    await book.saveAs(xlsxPath);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsxPath);
    const sheet = wb.getWorksheet('Findings')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const cells = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1).map(String);
    const col = (name: string) => header.indexOf(name);
    const pantumRow = [...Array(sheet.rowCount).keys()].map((i) => cells(i + 1)).find((r) => r[col('key')] === PANTUM);
    expect(pantumRow?.[col('team_status')]).toBe('false-match');
    expect(pantumRow?.[col('reviewer')]).toBe('Ana Ruiz');
    expect(pantumRow?.[col('severity')]).toBe('critical');

    // The page after a rescan: both still flagged critical, each card saying what was decided.
    await page.reload();
    const flags = await flagsOn(page, 3);
    const sev = Object.fromEntries(flags.map((f) => [f.key, f.severity]));
    expect(sev[PANTUM]).toBe('critical');
    expect(sev[APEX]).toBe('critical');
    await expect
      .poll(() => page.locator(`laborlens-flag[data-key="${PANTUM}"] .card`).first().textContent())
      .toMatch(/False match: Ana Ruiz, \d{4}-\d{2}-\d{2}, why: different plant/);
    await expect
      .poll(() => page.locator(`laborlens-flag[data-key="${APEX}"] .card`).first().textContent())
      .toMatch(/Listed: cleared by intern/);

    // The history: one row per finding, each decision beside its supplier.
    await options.reload();
    await options.locator('#history table.history tbody tr').first().waitFor();
    await expect
      .poll(() => options.locator('#history .decision').allTextContents())
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/False match: Ana Ruiz/),
          expect.stringMatching(/Listed: cleared by intern/),
        ]),
      );
    const [hist] = await Promise.all([
      options.waitForEvent('download'),
      options.locator('#history button.export-csv').click(),
    ]);
    const histPath = join(dir, 'history.csv');
    await hist.saveAs(histPath);
    const lines = readFileSync(histPath, 'utf8').split('\r\n');
    const pantumLine = lines.find((l) => l.includes(`"${PANTUM}"`) && l.includes('False match'));
    expect(pantumLine).toContain('"false-match","Ana Ruiz","different plant');
    expect(lines.some((l) => l.includes(`"${APEX}"`) && l.includes('Listed: cleared by intern'))).toBe(true);
  });
});
