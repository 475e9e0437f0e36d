// @vitest-environment happy-dom
// A backup that would replace a built-in (statutory) list shows what changes and asks first.
import { describe, expect, it } from 'vitest';
import { BackupPanel } from '../../../src/ui/options/backup-panel';
import { fakeClient } from '../ui/fake-client';
import { click, mount, pickFile, submit } from './mount';

describe('BackupPanel: replacing built-in lists', () => {
  it('shows the plan, replaces only after confirmation, and can be cancelled', async () => {
    const client = fakeClient();
    const sent: unknown[] = [];
    client.importCache = async (json, opts) => {
      sent.push(opts ?? null);
      return opts?.replaceBuiltin
        ? { ok: true }
        : {
            ok: false,
            needsConfirm: true,
            errors: ['this backup would replace built-in lists (UFLPA Entity List): confirm to replace them'],
            plan: [
              {
                id: 'uflpa',
                name: 'UFLPA Entity List',
                action: 'replace',
                builtin: true,
                summary: 'UFLPA Entity List: 3 removed on 2026-12-05',
              },
              { id: 'custom:mine', name: 'mine', action: 'same', builtin: false },
            ],
          };
    };
    let changed = 0;
    const el = await mount(<BackupPanel client={client} onChanged={() => (changed += 1)} />);
    await pickFile(el.querySelector('#backup-file'), 'old.json', '{}');
    await submit(el.querySelector('form.import-form'));
    const dialog = el.querySelector('.confirm-builtin')!;
    expect(dialog.textContent).toContain('This backup replaces built-in lists:');
    expect(dialog.querySelector('li')!.textContent).toBe('UFLPA Entity List: 3 removed on 2026-12-05');
    expect(changed).toBe(0);
    await click(dialog.querySelector('button:not(.confirm-replace)'));
    expect(el.querySelector('.confirm-builtin')).toBeNull();
    expect(changed).toBe(0);

    await submit(el.querySelector('form.import-form'));
    await click(el.querySelector('.confirm-builtin .confirm-replace'));
    expect(sent).toEqual([null, null, { replaceBuiltin: true }]);
    expect(changed).toBe(1);
    expect(el.querySelector('.saved')!.textContent).toBe('Restored old.json.');
  });
});
