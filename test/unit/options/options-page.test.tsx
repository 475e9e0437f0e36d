// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Options } from '../../../src/ui/options/options';
import { fakeClient } from '../ui/fake-client';
import { click, mount, pickFile, submit } from './mount';

describe('Options page', () => {
  it('has the eight sections, each named by a heading and linked from the contents', async () => {
    const el = await mount(<Options client={fakeClient()} />);
    const headings = [...el.querySelectorAll('section.panel > h2')].map((h) => h.textContent);
    expect(headings).toEqual([
      'Risk lists',
      'Custom lists',
      'Sensitivity',
      'Sites',
      'Supplier statuses',
      'History of checks',
      'Backup',
      'Reset',
    ]);
    for (const a of el.querySelectorAll('nav.toc a')) expect(el.querySelector(a.getAttribute('href')!)).not.toBeNull();
  });

  it('reloads the lists everywhere after an import', async () => {
    const client = fakeClient();
    client.importList = async () => {
      client.state.lists = [
        ...client.state.lists,
        { ...client.state.lists[0]!, id: 'custom:mine', name: 'mine.csv', source: 'custom', role: 'watch' },
      ];
      return { ok: true, id: 'custom:mine', entries: 1 };
    };
    const el = await mount(<Options client={client} />);
    expect(el.querySelector('li.list-card[data-list="custom:mine"]')).toBeNull();
    await pickFile(el.querySelector('#custom-file'), 'mine.csv', 'name,severity\nX,high\n');
    await submit(el.querySelector('#custom form.import-form'));
    expect(el.querySelector('li.list-card[data-list="custom:mine"]')).not.toBeNull();
    expect(el.querySelector('.custom-lists li[data-list="custom:mine"]')).not.toBeNull();
    await click(el.querySelector('.custom-lists li button.remove'));
  });
});
