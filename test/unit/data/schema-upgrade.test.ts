import { afterEach, describe, expect, it } from 'vitest';
import { LaborLensDb, SCHEMA_VERSIONS, type ListRow } from '../../../src/data/db';

const name = `upgrade-${crypto.randomUUID()}`;
const dbs: LaborLensDb[] = [];
const open = (upTo: number) => {
  const db = new LaborLensDb(name, upTo);
  dbs.push(db);
  return db;
};
afterEach(() => dbs.forEach((d) => d.close()));

// A v1 row: custom lists then had no role and no lastError field.
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

describe('schema upgrade v1 -> v2', () => {
  it('declares versions 1 and 2 first (later ones are appended)', () => {
    expect(SCHEMA_VERSIONS.length).toBeGreaterThanOrEqual(2);
    expect(new LaborLensDb('probe-v2', 2).verno).toBe(2);
    // v3: the stored name index (index-store.test.ts); v4: list changes and alerts (schema-v4.test.ts).
    expect(SCHEMA_VERSIONS).toHaveLength(4);
  });

  it('keeps v1 data, fills role and lastError, and adds the role index', async () => {
    const v1 = open(1);
    await v1.open();
    expect(v1.verno).toBe(1);
    await v1.lists.bulkPut([v1Row, { ...v1Row, id: 'uflpa', source: 'bundled', name: 'UFLPA' }]);
    await v1.statuses.put({ key: 'Acme', status: 'cleared', at: '2025-01-02T00:00:00Z' });
    // v1 has no role index: querying it must fail, which proves the index is new in v2.
    await expect(v1.lists.where('role').equals('watch').count()).rejects.toThrow();
    v1.close();

    const v2 = open(2);
    await v2.open();
    expect(v2.verno).toBe(2);
    const custom = await v2.lists.get('custom:old');
    expect(custom?.role).toBe('watch');
    expect(custom?.lastError).toBeNull();
    expect((await v2.lists.get('uflpa'))?.role).toBeUndefined();
    expect(await v2.lists.where('role').equals('watch').count()).toBe(1);
    expect(await v2.statuses.get('Acme')).toMatchObject({ status: 'cleared' });
  });
});
