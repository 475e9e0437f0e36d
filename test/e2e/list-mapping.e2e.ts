// An ERP export imported as a cleared list through the column-mapping step: `;`, a BOM, Windows
// line ends, "Supplier Name" and other headers, extra columns, a country name and a US date. The
// assumptions are shown before the import, the mapping can be changed, and it is remembered.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness';

const b = useBrowser();
const ERP =
  '\uFEFFVendor No;Supplier Name;Country;Cleared On;Approved by;Evidence;Spend\r\n' +
  'V-1;Quillmere Ceramics Trading Ltd;China;12/03/2026;J. Doe;Audit report 2026-11;1200\r\n' +
  'V-2;Harbor Lane Fasteners Inc.;United States;01/02/2026;J. Doe;Site visit;800\r\n';

describe('list import with column mapping', () => {
  it('shows what it assumed, lets the user change a column, imports and remembers the mapping', async () => {
    const page = await b.session.context.newPage();
    await page.goto(`chrome-extension://${b.session.extensionId}/options.html#custom`);
    await page.locator('#custom-role').selectOption('cleared');
    await page
      .locator('#custom-file')
      .setInputFiles({ name: 'erp-cleared.csv', mimeType: 'text/csv', buffer: Buffer.from(ERP) });
    const step = page.locator('.mapping-step');
    await step.waitFor({ timeout: 15_000 });
    const assumed = await step.locator('.assumed li').allTextContents();
    expect(assumed).toContain('fields are separated by semicolons');
    expect(assumed).toContain('column "Supplier Name" is the supplier name');
    expect(assumed).toContain('ignored column(s): "Vendor No", "Spend"');
    expect(assumed.join('\n')).toMatch(/China → CN/);
    expect(assumed.join('\n')).toMatch(/read as US month\/day\/year/);
    // The user keeps the vendor number as a note.
    await step.getByLabel('Read column Vendor No as').selectOption('notes');
    await expect.poll(() => step.locator('.assumed li').allTextContents()).toContain('column "Vendor No" is the notes');
    await page.locator('#custom form.import-form button[type="submit"]').click();
    await expect
      .poll(() => page.locator('#custom .saved').textContent())
      .toContain('Imported 2 entries from erp-cleared.csv');
    const snapshot = (await b.session.worker.evaluate(async () => {
      const open = indexedDB.open('laborlens');
      const db = await new Promise<IDBDatabase>((ok) => (open.onsuccess = () => ok(open.result)));
      const tx = db.transaction('snapshots');
      const req = tx.objectStore('snapshots').get('custom:erp-cleared');
      return new Promise((ok) => (req.onsuccess = () => ok(req.result)));
    })) as { entries: Record<string, unknown>[] } | undefined;
    expect(snapshot?.entries[0]).toMatchObject({
      name: 'Quillmere Ceramics Trading Ltd',
      country: 'CN',
      clearedOn: '2026-12-03',
      clearedBy: 'J. Doe',
      notes: 'V-1',
    });
    // The same layout again: the user's mapping comes back.
    await page
      .locator('#custom-file')
      .setInputFiles({ name: 'erp-cleared-2.csv', mimeType: 'text/csv', buffer: Buffer.from(ERP) });
    await expect
      .poll(() => step.getByLabel('Read column Vendor No as').inputValue(), { timeout: 15_000 })
      .toBe('notes');
    await page.close();
  });
});
