// Data faults: a schema upgrade blocked by another connection that holds the database open at an
// older version. Our own old connections close themselves; a connection that does not (an old
// build, a frozen page) makes the new open fail with a clear message instead of hanging, and the
// upgrade completes once it lets go.
import { afterEach, describe, expect, it } from 'vitest';
import { LaborLensDb, openWithin, SCHEMA_VERSIONS, type ListRow } from '../../../src/data/db';
import { listSummaries, loadRiskData } from '../../../src/data/list-store';
import { DataStoreError } from '../../../src/data/storage-errors';

const CURRENT = SCHEMA_VERSIONS.length;
const LATEST = new LaborLensDb('probe-verno').verno;
const v1Row = {
  id: 'custom:old',
  name: 'Old',
  publisher: 'Me',
  sourceUrl: '',
  asOf: '2025-01-01',
  fetchedAt: '2025-01-01T00:00:00Z',
  checksum: 'x',
  entryCount: 1,
  format: 1,
  enabled: true,
  source: 'custom',
} as ListRow;

const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((d) => d.close()));

async function v1Database(name: string): Promise<void> {
  const v1 = new LaborLensDb(name, 1);
  await v1.lists.put(v1Row);
  await v1.statuses.put({ key: 'Acme', status: 'cleared', at: '2025-01-02T00:00:00Z' });
  v1.close();
}

/** A plain IndexedDB connection with no versionchange handler: it never lets go by itself. */
function stubbornConnection(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('open failed'));
  });
}

describe('blocked schema upgrade', () => {
  it('an old LaborLens connection closes itself on versionchange, so the upgrade goes ahead', async () => {
    const name = `blocked-${crypto.randomUUID()}`;
    await v1Database(name);
    const old = new LaborLensDb(name, 1);
    opened.push(old);
    await old.open();
    expect(old.verno).toBe(1);

    const current = new LaborLensDb(name, CURRENT, { openTimeoutMs: 5_000 });
    opened.push(current);
    const summaries = await listSummaries(current);
    expect(current.verno).toBe(LATEST);
    expect(old.closedForUpgrade).toBe(true);
    expect(old.isOpen()).toBe(false);
    expect(summaries[0]).toMatchObject({ id: 'custom:old', role: 'watch', lastError: null });
    expect(await current.statuses.get('Acme')).toMatchObject({ status: 'cleared' });
  });

  it('a connection that never lets go: the open fails with a clear message, then succeeds once it closes', async () => {
    const name = `blocked-${crypto.randomUUID()}`;
    await v1Database(name);
    const stubborn = await stubbornConnection(name);
    opened.push(stubborn);

    const current = new LaborLensDb(name, CURRENT, { openTimeoutMs: 30 });
    opened.push(current);
    const err = await loadRiskData(current).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataStoreError);
    expect(err).toMatchObject({ name: 'DatabaseBlockedError', reason: 'blocked' });
    expect((err as Error).message).toMatch(/another LaborLens page .* still holds an older version open/);
    expect((err as Error).message).toMatch(
      /Close the other LaborLens tabs or restart the browser; your lists, statuses and history are kept/,
    );
    // Still blocked: a second call fails the same way rather than waiting forever.
    await expect(listSummaries(current)).rejects.toMatchObject({ reason: 'blocked' });

    stubborn.close();
    await openWithin(current, 5_000);
    expect(current.verno).toBe(LATEST);
    expect((await listSummaries(current)).map((r) => [r.id, r.role])).toEqual([['custom:old', 'watch']]);
    expect(await current.statuses.get('Acme')).toMatchObject({ status: 'cleared' });
  });

  it('an open that is not blocked is not timed out', async () => {
    const db = new LaborLensDb(`blocked-${crypto.randomUUID()}`, CURRENT, { openTimeoutMs: 0 });
    opened.push(db);
    await expect(openWithin(db)).resolves.toBe(db);
    expect(db.blockedSince).toBeUndefined();
  });
});
