// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BackupPanel } from '../../../src/ui/options/backup-panel';
import { ResetPanel } from '../../../src/ui/options/reset-panel';
import { fakeClient } from '../ui/fake-client';
import { click, mount, pickFile, submit } from './mount';

const button = (el: HTMLElement, text: string) =>
  [...el.querySelectorAll('button')].find((b) => b.textContent === text)!;

describe('BackupPanel', () => {
  it('downloads the exported cache as laborlens-cache-YYYY-MM-DD.json', async () => {
    const files: { name: string; text: string }[] = [];
    const client = fakeClient();
    client.exportCache = async () => ({ json: '{"format":1}' });
    const el = await mount(<BackupPanel client={client} download={(name, text) => void files.push({ name, text })} />);
    await click(el.querySelector('button.export-cache'));
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toMatch(/^laborlens-cache-\d{4}-\d{2}-\d{2}\.json$/);
    expect(files[0]!.text).toBe('{"format":1}');
  });

  it('restores a backup and shows its errors when refused', async () => {
    const client = fakeClient();
    client.importCache = async (json) => (
      client.state.calls.push({ name: 'importCache', args: [json] }),
      { ok: false, errors: ['lists[2].asOf: expected YYYY-MM-DD'] }
    );
    let changed = 0;
    const el = await mount(<BackupPanel client={client} onChanged={() => (changed += 1)} />);
    await pickFile(el.querySelector('#backup-file'), 'old.json', '{"lists":[]}');
    await submit(el.querySelector('form.import-form'));
    expect(client.state.calls).toContainEqual({ name: 'importCache', args: ['{"lists":[]}'] });
    expect(el.querySelector('.error-box')!.textContent).toContain('nothing changed');
    expect(el.querySelector('.error-box li')!.textContent).toBe('lists[2].asOf: expected YYYY-MM-DD');
    expect(changed).toBe(0);
  });

  it('tells the page to reload after a good restore', async () => {
    let changed = 0;
    const el = await mount(<BackupPanel client={fakeClient()} onChanged={() => (changed += 1)} />);
    await pickFile(el.querySelector('#backup-file'), 'good.json', '{}');
    await submit(el.querySelector('form.import-form'));
    expect(changed).toBe(1);
    expect(el.querySelector('.saved')!.textContent).toBe('Restored good.json.');
  });
});

describe('ResetPanel', () => {
  it('resets only after the in-page confirmation', async () => {
    const client = fakeClient();
    const el = await mount(<ResetPanel client={client} />);
    await click(button(el, 'Reset everything…'));
    expect(client.state.calls).toEqual([]);
    await click(button(el, 'Yes, reset everything'));
    expect(client.state.calls).toEqual([{ name: 'resetAll', args: [] }]);
    expect(el.querySelector('.saved')!.textContent).toContain('reset to the bundled lists');
  });
});
