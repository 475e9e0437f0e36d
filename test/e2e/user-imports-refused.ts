// What disableUserLists must refuse, asked the same way in Chromium (policy.e2e) and Firefox
// (firefox-policy.e2e): a user list import and a backup restore, with nothing stored.
import { expect } from 'vitest';
import type { ListSummary } from '../../src/shared/messages';

export async function expectUserImportsRefused(ask: <T>(name: string, payload: unknown) => Promise<T>): Promise<void> {
  const list = await ask<{ ok: boolean; errors?: string[] }>('importList', {
    fileName: 'mine.csv',
    text: 'name,severity\nSome Supplier Ltd,high\n',
    role: 'watch',
  });
  expect(list.ok).toBe(false);
  expect(list.errors?.join()).toMatch(/disableUserLists/);
  const backup = await ask<{ json: string }>('exportCache', {});
  const restore = await ask<{ ok: boolean; errors?: string[] }>('importCache', { json: backup.json });
  expect(restore.ok).toBe(false);
  expect(restore.errors?.join()).toMatch(/disableUserLists/);
  expect((await ask<ListSummary[]>('listSummaries', {})).some((l) => l.id === 'custom:mine')).toBe(false);
}
