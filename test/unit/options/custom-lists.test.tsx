// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ListSummary } from '../../../src/shared/messages';
import { CustomListsPanel } from '../../../src/ui/options/custom-lists-panel';
import { fakeClient, UFLPA } from '../ui/fake-client';
import { choose, click, mount, pickFile, submit } from './mount';

const MINE: ListSummary = {
  ...UFLPA,
  id: 'custom:my-watch',
  name: 'my-watch.csv',
  publisher: 'You',
  source: 'custom',
  role: 'watch',
  entries: 3,
  caveats: [],
};
const CSV = 'name,aliases,country,notes,severity\nAcme Textiles Co.,Acme Tex|ACME,CN,Audit due,high\n';

describe('CustomListsPanel', () => {
  it('imports the chosen file with its text, name and role', async () => {
    const client = fakeClient();
    const el = await mount(<CustomListsPanel client={client} />);
    await pickFile(el.querySelector('#custom-file'), 'cleared.csv', CSV);
    await choose(el.querySelector('#custom-role'), 'cleared');
    await submit(el.querySelector('form.import-form'));
    expect(client.state.calls).toContainEqual({
      name: 'importList',
      args: [{ fileName: 'cleared.csv', text: CSV, role: 'cleared' }],
    });
    expect(el.querySelector('.saved')!.textContent).toBe('Imported 1 entry from cleared.csv as custom:x.');
  });

  it('shows every error the import returns', async () => {
    const client = fakeClient();
    const errors = [
      'bad.csv:1 [colour]: unknown column(s) "colour"',
      'bad.csv:3 [severity]: expected one of critical, high, medium, low, info, found "urgent"',
    ];
    client.importList = async (req) => (
      client.state.calls.push({ name: 'importList', args: [req] }),
      { ok: false, errors }
    );
    const el = await mount(<CustomListsPanel client={client} />);
    await pickFile(el.querySelector('#custom-file'), 'bad.csv', 'name,colour\nx,y\n');
    await submit(el.querySelector('form.import-form'));
    const shown = [...el.querySelectorAll('.error-box .errors li')].map((li) => li.textContent);
    expect(shown).toEqual(errors);
    expect(el.querySelector('.error-box')!.getAttribute('role')).toBe('alert');
  });

  it('lists custom lists only, and removes one', async () => {
    const client = fakeClient({ lists: [UFLPA, MINE] });
    const el = await mount(<CustomListsPanel client={client} />);
    const rows = el.querySelectorAll('.custom-lists li');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('custom:my-watch');
    expect(rows[0]!.textContent).toContain('watch list');
    await click(rows[0]!.querySelector('button.remove'));
    expect(client.state.calls).toContainEqual({ name: 'removeList', args: ['custom:my-watch'] });
  });

  it('explains the CSV columns', async () => {
    const el = await mount(<CustomListsPanel client={fakeClient()} />);
    const help = el.querySelector('#csv-help')!.textContent!;
    for (const col of ['name', 'aliases', 'country', 'notes', 'severity', 'cleared_by', 'cleared_on', 'evidence'])
      expect(help).toContain(col);
    expect(help).toContain('critical, high, medium, low or info');
  });

  it('disables the import, with the reason, when the organisation turned user lists off', async () => {
    const client = fakeClient();
    client.state.settings = {
      ...client.state.settings,
      settings: { ...client.state.settings.settings, disableUserLists: true },
      locked: ['disableUserLists'],
    };
    const el = await mount(<CustomListsPanel client={client} />);
    expect(el.querySelector<HTMLInputElement>('#custom-file')!.disabled).toBe(true);
    expect(el.querySelector<HTMLButtonElement>('form.import-form button[type="submit"]')!.disabled).toBe(true);
    expect(el.textContent).toContain('Your organisation has turned off importing your own lists.');
  });

  it("shows the organisation's list URLs as read-only", async () => {
    const client = fakeClient();
    client.state.settings = {
      ...client.state.settings,
      settings: { ...client.state.settings.settings, customListUrls: ['https://corp.example/watch.json'] },
      locked: ['customListUrls'],
    };
    const el = await mount(<CustomListsPanel client={client} />);
    const org = el.querySelector('.org-lists')!;
    expect(org.querySelector('code')!.textContent).toBe('https://corp.example/watch.json');
    expect(org.textContent).toContain('Set by your organisation');
    expect(org.querySelector('input, button')).toBeNull();
  });
});
