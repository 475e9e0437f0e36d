// The stored name index (Dexie v3): saved for exactly the lists it was built from, loaded instead
// of rebuilt, and never trusted when its stamp (format, build, list checksums) or its data disagree.
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, INDEX_FORMAT, MatchIndex, type RiskData } from '../../../src/core';
import { LaborLensDb, type ListRow } from '../../../src/data/db';
import {
  dropStoredIndex,
  indexStamp,
  loadStoredIndex,
  NAME_INDEX_KEY,
  saveStoredIndex,
} from '../../../src/data/index-store';
import { importCustomList, loadRiskData, replaceSnapshot, type LoadReport } from '../../../src/data/list-store';
import { bundled, freshDb } from './helpers';

const dbs: LaborLensDb[] = [];
afterEach(() => dbs.splice(0).forEach((d) => d.close()));
const track = (db: LaborLensDb): LaborLensDb => (dbs.push(db), db);

const PAGE =
  'Supplier: Hetian Taida Apparel Co., Ltd. ships cotton. Also: Zhenjiang Northwest Trading Co Ltd and Acme Widgets Ltd.';

async function seeded(): Promise<LaborLensDb> {
  const db = track(freshDb());
  await replaceSnapshot(db, bundled('uflpa'), 'bundled');
  await replaceSnapshot(db, bundled('cbp-wro'), 'bundled');
  const r = await importCustomList(db, 'mine.csv', 'name,severity\nZhenjiang Northwest Trading Co Ltd,high\n', 'watch');
  expect(r.ok).toBe(true);
  return db;
}

async function loaded(db: LaborLensDb, code = 'build-1'): Promise<{ data: RiskData; stamp: string }> {
  const report: LoadReport = { damaged: [], checksums: new Map() };
  const data = await loadRiskData(db, report);
  return { data, stamp: indexStamp(code, data, report.checksums ?? new Map()) };
}

describe('schema upgrade v2 -> v3', () => {
  it('keeps v2 data and adds an empty indexes table', async () => {
    const name = `upgrade3-${crypto.randomUUID()}`;
    const v2 = track(new LaborLensDb(name, 2));
    const row = {
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
      role: 'watch',
      lastError: null,
    } as ListRow;
    await v2.lists.put(row);
    await v2.settings.put({ key: 'k', value: 1 });
    // v2 has no indexes table: using it fails, which proves the table is new in v3.
    expect(() => v2.table('indexes')).toThrow();
    v2.close();

    const v3 = track(new LaborLensDb(name, 3));
    await v3.open();
    expect(v3.verno).toBe(3);
    expect(await v3.lists.get('custom:old')).toEqual(row);
    expect(await v3.settings.get('k')).toEqual({ key: 'k', value: 1 });
    expect(await v3.indexes.count()).toBe(0);
  });
});

describe('stored name index', () => {
  it('is loaded for the same lists and scans exactly as a freshly built one', async () => {
    const db = await seeded();
    const { data, stamp } = await loaded(db);
    const built = createEngine(data);
    expect(await loadStoredIndex(db, stamp)).toMatchObject({ state: 'missing' });
    await saveStoredIndex(db, stamp, built.internals.index);

    const again = await loaded(db);
    expect(again.stamp).toBe(stamp);
    const stored = await loadStoredIndex(db, again.stamp);
    expect(stored.state).toBe('loaded');
    const fromStore = createEngine(again.data, { index: stored.index });
    expect(fromStore.internals.index).toBe(stored.index);
    expect(fromStore.scan(PAGE)).toEqual(built.scan(PAGE));
    expect(fromStore.screen('Hetian Taida Apparel')).toEqual(built.screen('Hetian Taida Apparel'));
    const keys = fromStore.scan(PAGE).map((f) => `${f.kind}:${f.list}:${f.key}`);
    expect(keys).toContain('supplier:custom:mine:Zhenjiang Northwest Trading Co Ltd');
    expect(keys.some((k) => k.startsWith('supplier:uflpa:'))).toBe(true);
  });

  it('is stale when a list changes, another build wrote it, or the format differs', async () => {
    const db = await seeded();
    const { data, stamp } = await loaded(db);
    await saveStoredIndex(db, stamp, createEngine(data).internals.index);

    expect((await loaded(db, 'build-2')).stamp).not.toBe(stamp);
    expect(await loadStoredIndex(db, (await loaded(db, 'build-2')).stamp)).toMatchObject({ state: 'stale' });
    expect(stamp).toContain(`format ${INDEX_FORMAT}`);
    expect(await loadStoredIndex(db, stamp.replace(`format ${INDEX_FORMAT}`, 'format 0'))).toMatchObject({
      state: 'stale',
    });

    const r = await importCustomList(db, 'mine.csv', 'name,severity\nQuite Another Trading Co Ltd,high\n', 'watch');
    expect(r.ok).toBe(true);
    const changed = await loaded(db);
    expect(changed.stamp).not.toBe(stamp);
    expect(await loadStoredIndex(db, changed.stamp)).toMatchObject({ state: 'stale' });
  });

  it('is rebuilt, never trusted, when its stored data is damaged', async () => {
    const db = await seeded();
    const { data, stamp } = await loaded(db);
    await saveStoredIndex(db, stamp, createEngine(data).internals.index);
    const row = (await db.indexes.get(NAME_INDEX_KEY))!;
    const image = row.image as { pRef: Int32Array; termHead: Int32Array; format: number };

    // One flipped bit in the pattern table: the checksum catches it.
    const flipped = structuredClone(row);
    const pRef = (flipped.image as typeof image).pRef;
    pRef[3] = (pRef[3] as number) ^ 1;
    await db.indexes.put(flipped);
    expect(await loadStoredIndex(db, stamp)).toMatchObject({ state: 'damaged', reason: /checksum/ });

    // A truncated table.
    const cut = structuredClone(row);
    (cut.image as typeof image).termHead = image.termHead.slice(0, 3);
    await db.indexes.put(cut);
    expect(await loadStoredIndex(db, stamp)).toMatchObject({ state: 'damaged', reason: /shorter than the trie/ });

    // An image of another format under a matching stamp, and rows that are not images at all.
    await db.indexes.put({ ...row, image: { ...image, format: INDEX_FORMAT + 1 } });
    expect(await loadStoredIndex(db, stamp)).toMatchObject({ state: 'damaged', reason: /format/ });
    await db.indexes.put({ ...row, image: 'garbage' });
    expect(await loadStoredIndex(db, stamp)).toMatchObject({ state: 'damaged' });
    await db.indexes.put({ key: NAME_INDEX_KEY } as never);
    expect(await loadStoredIndex(db, stamp)).toMatchObject({ state: 'stale' });

    await db.indexes.put(row);
    expect((await loadStoredIndex(db, stamp)).state).toBe('loaded');
    await dropStoredIndex(db);
    expect((await loadStoredIndex(db, stamp)).state).toBe('missing');
  });

  it('does not serve an index that names parties the lists lack', async () => {
    const db = await seeded();
    const { data } = await loaded(db);
    const full = createEngine(data).internals.index;
    const fewer: RiskData = { builtin: {}, custom: data.custom };
    const e = createEngine(fewer, { index: full });
    expect(e.internals.index).not.toBe(full);
    expect(e.scan(PAGE).some((f) => f.list === 'uflpa')).toBe(false);
  });

  it('survives a round trip through structured clone for 20,000 names', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `Supplier ${i.toString(36)} Textile Co Ltd`);
    const ix = new MatchIndex(names.length);
    names.forEach((n, i) => ix.add(n, i, 'name'));
    const back = MatchIndex.fromImage(structuredClone(ix.toImage()));
    expect(typeof back).toBe('object');
    const copy = back as MatchIndex;
    expect(copy.size).toBe(ix.size);
    for (let p = 0; p < ix.size; p += 997) expect(copy.patternSource(p)).toBe(ix.patternSource(p));
  });
});
