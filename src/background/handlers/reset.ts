import browser from 'webextension-polyfill';
import type { Res } from '../../shared/messages';
import { getDb, invalidateEngine, listsStored } from '../engine-holder';
import { syncRegistration } from '../sites';

/** Options page "Reset": every list back to the bundled data, all user data gone. */
export async function resetAll(): Promise<Res<'resetAll'>> {
  const db = getDb();
  await db.transaction(
    'rw',
    [db.lists, db.snapshots, db.statuses, db.history, db.settings, db.changes, db.alerts, db.indexes],
    async () => {
      await Promise.all([
        db.changes.clear(),
        db.alerts.clear(),
        db.lists.clear(),
        db.snapshots.clear(),
        db.statuses.clear(),
        db.history.clear(),
        db.settings.clear(),
        db.indexes.clear(),
      ]);
    },
  );
  await browser.storage.local.clear();
  await browser.storage.session.clear();
  await syncRegistration();
  invalidateEngine();
  await listsStored();
  return { ok: true };
}
