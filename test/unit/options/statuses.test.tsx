// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { StatusesPanel } from '../../../src/ui/options/statuses-panel';
import { fakeClient } from '../ui/fake-client';
import { choose, click, mount, submit, type } from './mount';

const KEY = 'Hoshine Silicon Industry (Shanshan) Co., Ltd';

beforeEach(() => localStorage.clear());

describe('StatusesPanel', () => {
  it('adds a status and remembers who set it', async () => {
    const client = fakeClient();
    const el = await mount(<StatusesPanel client={client} />);
    await type(el.querySelector('#status-key'), `  ${KEY} `);
    await choose(el.querySelector('#status-status'), 'false-match');
    await type(el.querySelector('#status-note'), 'Different company, same town');
    await type(el.querySelector('#status-by'), 'Dana');
    await submit(el.querySelector('form.status-add'));
    expect(client.state.calls).toContainEqual({
      name: 'setStatus',
      args: [{ key: KEY, status: 'false-match', note: 'Different company, same town', by: 'Dana' }],
    });
    expect(localStorage.getItem('laborlens.statusBy')).toBe('Dana');

    const again = await mount(<StatusesPanel client={fakeClient()} />);
    expect(again.querySelector<HTMLInputElement>('#status-by')!.value).toBe('Dana');
  });

  it('shows statuses in a table, edits and removes them', async () => {
    const client = fakeClient({
      statuses: [
        { key: KEY, status: 'under-review', note: 'Asked for audit', by: 'Sam', at: '2026-11-20T10:00:00.000Z' },
      ],
    });
    const el = await mount(<StatusesPanel client={client} />);
    const row = el.querySelector(`tr[data-key="${KEY}"]`)!;
    expect(row.querySelector('th')!.textContent).toBe(KEY);
    expect(row.textContent).toContain('Under review');
    expect(row.textContent).toContain('Asked for audit');
    expect(row.textContent).toContain('Sam');

    await click(row.querySelector('button.edit'));
    const editing = el.querySelector(`tr[data-key="${KEY}"].editing`)!;
    await choose(editing.querySelector('select'), 'cleared');
    await type(editing.querySelector('input'), 'Audit passed');
    await submit(editing.querySelector('form'));
    expect(client.state.calls).toContainEqual({
      name: 'setStatus',
      args: [{ key: KEY, status: 'cleared', note: 'Audit passed', by: 'Sam' }],
    });

    await click(el.querySelector(`tr[data-key="${KEY}"] button.remove`));
    expect(client.state.calls).toContainEqual({ name: 'setStatus', args: [{ key: KEY, status: null }] });
  });
});
