// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src/shared/messages';
import { HistoryPanel } from '../../../src/ui/options/history-panel';
import { fakeClient } from '../ui/fake-client';
import { click, mount } from './mount';

const ENTRY: HistoryEntry = {
  id: 1,
  url: 'https://www.alibaba.com/product/123',
  title: '=HYPERLINK("x") Polysilicon wafers',
  at: '2026-11-27T09:30:00.000Z',
  findings: {
    total: 3,
    bySeverity: { critical: 2, medium: 1 },
    keys: ['Hoshine Silicon Industry (Shanshan) Co., Ltd', 'Xinjiang Daqo New Energy Co., Ltd'],
  },
  listVersions: { uflpa: '2026-08-10', hs: '2026-01-01' },
};

function capture() {
  const files: { name: string; text: string; type: string | undefined }[] = [];
  return { files, download: (name: string, text: string, type?: string) => void files.push({ name, text, type }) };
}

describe('HistoryPanel', () => {
  it('shows each check with its title and URL as text, counts by severity and list versions', async () => {
    const el = await mount(<HistoryPanel client={fakeClient({ history: [ENTRY] })} />);
    const row = el.querySelector('table.history tbody tr')!;
    expect(row.querySelector('.title')!.textContent).toBe('=HYPERLINK("x") Polysilicon wafers');
    expect(row.querySelector('.url')!.textContent).toBe('https://www.alibaba.com/product/123');
    expect(row.querySelector('a')).toBeNull();
    expect(row.textContent).toContain('2 critical, 1 medium');
    expect([...row.querySelectorAll('.versions li')].map((li) => li.textContent)).toEqual([
      'uflpa 2026-08-10',
      'hs 2026-01-01',
    ]);
  });

  it('exports CSV with the history header and formula-safe cells, and JSON', async () => {
    const { files, download } = capture();
    const el = await mount(<HistoryPanel client={fakeClient({ history: [ENTRY] })} download={download} />);
    await click(el.querySelector('button.export-csv'));
    await click(el.querySelector('button.export-json'));
    expect(files).toHaveLength(2);
    const [csv, json] = files;
    expect(csv!.name).toMatch(/^laborlens-history-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv!.type).toContain('text/csv');
    const lines = csv!.text.split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFF"checked_at","page","title","findings_on_page","severity","kind","key"/);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"") Polysilicon wafers"`);
    expect(lines[1]).toContain('uflpa=2026-08-10; hs=2026-01-01');
    expect(json!.name).toMatch(/\.json$/);
    expect(JSON.parse(json!.text)).toEqual([ENTRY]);
  });

  it('clears history only after the in-page confirmation', async () => {
    const client = fakeClient({ history: [ENTRY] });
    const el = await mount(<HistoryPanel client={client} />);
    const clear = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Clear history')!;
    await click(clear);
    expect(client.state.calls.some((c) => c.name === 'clearHistory')).toBe(false);
    expect(el.querySelector('.confirm-question')!.textContent).toContain('Delete the 1 check from the history');
    await click([...el.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!);
    expect(client.state.calls.some((c) => c.name === 'clearHistory')).toBe(false);
    await click([...el.querySelectorAll('button')].find((b) => b.textContent === 'Clear history')!);
    await click([...el.querySelectorAll('button')].find((b) => b.textContent === 'Yes, clear history')!);
    expect(client.state.calls).toContainEqual({ name: 'clearHistory', args: [] });
  });
});
