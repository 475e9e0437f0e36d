// Importing and removing the user's own lists. Validation happens before the transaction, so a
// bad file changes nothing.
import { parseCustomList, type CustomRole } from '../core';
import type { ParseProblem } from '../core';
import { isBuiltinId } from '../core';
import type { ListId } from '../core';
import type { LaborLensDb } from './db';
import type { ChangeRow } from './list-changes';
import { replaceSnapshot } from './replace-snapshot';
import { storageMessage } from './storage-errors';

export type ImportResult = { ok: true; id: ListId; entryCount: number } | { ok: false; errors: ParseProblem[] };

export async function importCustomList(
  db: LaborLensDb,
  fileName: string,
  text: string,
  role: CustomRole,
  now: Date = new Date(),
  changes?: ChangeRow[],
): Promise<ImportResult> {
  const parsed = parseCustomList(fileName, text, role, now);
  if (!parsed.ok) return parsed;
  const { snapshot } = parsed;
  const existing = await db.lists.get(snapshot.meta.id);
  if (existing && (existing.source !== 'custom' || existing.managed)) {
    return {
      ok: false,
      errors: [
        {
          file: fileName,
          line: 0,
          field: 'meta.id',
          message: `"${snapshot.meta.id}" is already used by a list that is not yours`,
        },
      ],
    };
  }
  try {
    await replaceSnapshot(db, snapshot, 'custom', { now, ...(changes ? { changes } : {}) });
  } catch (e) {
    return {
      ok: false,
      errors: [{ file: fileName, line: 0, field: '', message: `could not store the list: ${storageMessage(e)}` }],
    };
  }
  return { ok: true, id: snapshot.meta.id, entryCount: snapshot.entries.length };
}

export async function removeCustomList(db: LaborLensDb, id: ListId): Promise<boolean> {
  if (isBuiltinId(id)) return false;
  return db.transaction('rw', db.lists, db.snapshots, async () => {
    const row = await db.lists.get(id);
    // The user's own lists may go; an organisation list stays while its policy URL is set.
    if (!row || row.managed) return false;
    await db.snapshots.delete(id);
    await db.lists.delete(id);
    return true;
  });
}

// Kept here for existing importers; the implementations live in storage-errors.ts.
export { isQuotaError, storageMessage } from './storage-errors';
