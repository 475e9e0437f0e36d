import { afterEach, describe, expect, it } from 'vitest';
import { LaborLensDb, SCHEMA_VERSIONS } from '../../../src/data/db';

const name = `upgrade-v4-${crypto.randomUUID()}`;
const dbs: LaborLensDb[] = [];
afterEach(() => dbs.forEach((d) => d.close()));
const v4At = SCHEMA_VERSIONS.findIndex((declare) => {
  const probe = new LaborLensDb(`probe-${crypto.randomUUID()}`, 0);
  declare(probe);
  return probe.verno === 4;
});

describe('schema upgrade to v4 (list changes and alerts)', () => {
  it('keeps earlier data and adds the changes and alerts tables', async () => {
    expect(v4At).toBeGreaterThan(0);
    const before = new LaborLensDb(name, v4At);
    dbs.push(before);
    await before.open();
    expect(before.verno).toBeLessThan(4);
    await before.statuses.put({ key: 'Acme', status: 'cleared', at: '2025-01-02T00:00:00Z' });
    await before.history.add({
      url: 'https://x.example/',
      title: 'X',
      at: '2025-01-03T00:00:00Z',
      findings: { total: 0, bySeverity: {}, keys: [] },
      listVersions: {},
    });
    expect(before.tables.map((t) => t.name)).not.toContain('changes');
    before.close();

    const after = new LaborLensDb(name, v4At + 1);
    dbs.push(after);
    await after.open();
    expect(after.verno).toBe(4);
    expect(await after.statuses.get('Acme')).toMatchObject({ status: 'cleared' });
    expect(await after.history.count()).toBe(1);
    await after.changes.add({
      listId: 'uflpa',
      listName: 'UFLPA',
      at: '2026-12-01T00:00:00Z',
      source: 'feed',
      fromAsOf: null,
      toAsOf: '2026-12-01',
      counts: { added: 1, removed: 0, changed: 0 },
      added: [{ key: 'a', label: 'A' }],
      removed: [],
      changed: [],
      summary: 's',
      seen: false,
    });
    expect(await after.changes.where('listId').equals('uflpa').count()).toBe(1);
    await after.alerts.add({
      at: 'x',
      key: 'Acme',
      listId: 'uflpa',
      listName: 'UFLPA',
      entryName: 'Acme',
      seenAt: 'y',
      historyId: 1,
      message: 'm',
      read: false,
    });
    expect(await after.alerts.where('historyId').equals(1).count()).toBe(1);
  });
});
