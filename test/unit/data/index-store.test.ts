// The stored name index (Dexie v3): saved for exactly the lists it was built from, loaded instead
// of rebuilt, and never trusted when its stamp (format, build, list checksums) or its data disagree.
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, INDEX_FORMAT, MatchIndex, warmIndex, type RiskData } from '../../../src/core';
import { tokenize } from '../../../src/core/text/normalize';
import { LaborLensDb, type IndexRow, type ListRow } from '../../../src/data/db';
import {
  dropStoredIndex,
  indexStamp,
  loadStoredIndex,
  NAME_INDEX_KEY,
  readStoredRow,
  saveStoredIndex,
  STORE_FORMAT,
} from '../../../src/data/index-store';
import { fromBlobParts, toBlobParts } from '../../../src/data/blob-parts';
import type { PackedImage } from '../../../src/data/image-pack';
import type { PackedParties } from '../../../src/data/party-pack';
import { importCustomList, loadRiskData, replaceSnapshot, type LoadReport } from '../../../src/data/list-store';
import { bundled, freshDb } from './helpers';

const dbs: LaborLensDb[] = [];
afterEach(() => dbs.splice(0).forEach((d) => d.close()));
const track = (db: LaborLensDb): LaborLensDb => (dbs.push(db), db);

interface Parts {
  image: PackedImage;
  parties: PackedParties | undefined;
}

/** The stored row, and its parts as saveStoredIndex packed them (the row keeps them in a Blob). */
async function storedParts(db: LaborLensDb): Promise<{ row: IndexRow; parts: Parts }> {
  const read = await readStoredRow(db);
  if (!('row' in read) || read.bytes === undefined) throw new Error('no stored row with its blob');
  const row = read.row as IndexRow;
  return { row, parts: fromBlobParts(row.value, read.bytes) as Parts };
}

/** Stores `parts` (edited) in place of the row's own, as saveStoredIndex would. */
async function putParts(db: LaborLensDb, row: IndexRow, parts: object): Promise<void> {
  await db.indexes.put({ ...row, ...toBlobParts(parts) });
}

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
    await saveStoredIndex(db, stamp, built.internals.index, built.internals.parties);

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

    // The parties stored beside it, read one by one when named, are the lists' own parties, and
    // an engine given them (lists without entries) finds exactly what the full one finds.
    const withParties = await loadStoredIndex(db, stamp, { parties: true });
    expect(withParties).toMatchObject({
      state: 'loaded',
      runs: [{ list: 'uflpa' }, { list: 'cbp-wro' }, { list: 'custom:mine', count: 1 }],
    });
    const parties = withParties.state === 'loaded' ? withParties.parties : undefined;
    expect(parties).toHaveLength(built.internals.parties.length);
    expect([...parties!]).toEqual(built.internals.parties);
    const bare: RiskData = { ...again.data, custom: again.data.custom.map((c) => ({ ...c, entries: [] })) };
    // Warming the index (its first-scan tables made ahead) changes nothing it finds.
    if (withParties.index) warmIndex(withParties.index);
    const lazy = createEngine(bare, { index: withParties.index, parties });
    expect(lazy.internals.index).toBe(withParties.index);
    expect(lazy.scan(PAGE)).toEqual(built.scan(PAGE));
    expect(lazy.screen('Zhenjiang Northwest Trading')).toEqual(built.screen('Zhenjiang Northwest Trading'));
  });

  it('calls whileReading once when there is a stored Blob to read, never without one', async () => {
    const db = await seeded();
    const calls: string[] = [];
    const none = await readStoredRow(db, () => calls.push('begun'));
    expect(none).toEqual({ row: undefined });
    expect(calls).toEqual([]);

    const { data, stamp } = await loaded(db);
    const e = createEngine(data);
    await saveStoredIndex(db, stamp, e.internals.index, e.internals.parties);
    const read = await readStoredRow(db, () => calls.push('begun'));
    expect(calls).toEqual(['begun']);
    expect('bytes' in read && read.bytes && read.bytes.byteLength).toBeGreaterThan(0);
  });

  it('is stale when a list changes, another build wrote it, or the format differs', async () => {
    const db = await seeded();
    const { data, stamp } = await loaded(db);
    const e = createEngine(data);
    await saveStoredIndex(db, stamp, e.internals.index, e.internals.parties);

    expect((await loaded(db, 'build-2')).stamp).not.toBe(stamp);
    expect(await loadStoredIndex(db, (await loaded(db, 'build-2')).stamp)).toMatchObject({ state: 'stale' });
    expect(stamp).toContain(`format ${INDEX_FORMAT}`);
    expect(await loadStoredIndex(db, stamp.replace(`format ${INDEX_FORMAT}`, 'format 0'))).toMatchObject({
      state: 'stale',
    });
    // A row stored another way (store format 1 kept the image as it was) is never read as this one.
    expect(stamp).toContain(`store ${STORE_FORMAT}`);
    expect(await loadStoredIndex(db, stamp.replace(`store ${STORE_FORMAT}`, 'store 1'))).toMatchObject({
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
    const e = createEngine(data);
    await saveStoredIndex(db, stamp, e.internals.index, e.internals.parties);
    const { row, parts } = await storedParts(db);
    const packed = parts.image;
    const part = (name: string) => (packed.shape as { obj: Record<string, { i32: [number, number] }> }).obj[name]!;
    const withShape = (name: string, shape: unknown) => ({
      ...parts,
      image: { ...packed, shape: { obj: { ...(packed.shape as { obj: object }).obj, [name]: shape } } },
    });

    // The listed names as written are stored apart, to be decoded when a page first names a party:
    // a byte changed there is damage too.
    expect(packed.later).toBeInstanceOf(Uint8Array);
    expect(packed.text).not.toContain('Zhenjiang Northwest Trading Co Ltd');
    const renamed = structuredClone(parts);
    const at = new TextDecoder().decode(renamed.image.later).indexOf('Zhenjiang');
    renamed.image.later![at] = 'X'.charCodeAt(0);
    await putParts(db, row, renamed);
    expect(await loadStoredIndex(db, stamp)).toMatchObject({ state: 'damaged', reason: /checksum/ });

    // One flipped bit in the pattern table: the image's checksum catches it.
    const flipped = structuredClone(parts);
    flipped.image.bytes[part('patterns').i32[0] + 12]! ^= 1;
    await putParts(db, row, flipped);
    expect(await loadStoredIndex(db, stamp)).toMatchObject({ state: 'damaged', reason: /checksum/ });

    // A truncated table, a table said to lie beyond the stored bytes, strings cut wrong.
    await putParts(db, row, withShape('termHead', { i32: [part('termHead').i32[0], 3] }));
    expect(await loadStoredIndex(db, stamp)).toMatchObject({ state: 'damaged', reason: /shorter than the trie/ });
    await putParts(db, row, withShape('termHead', { i32: [packed.bytes.byteLength, 10] }));
    expect(await loadStoredIndex(db, stamp)).toMatchObject({ state: 'damaged', reason: /beyond the buffer/ });
    await putParts(db, row, { ...parts, image: { ...packed, text: packed.text.slice(1) } });
    expect(await loadStoredIndex(db, stamp)).toMatchObject({ state: 'damaged', reason: /do not add up/ });

    // The row's blob lost, or shorter than the parts it should hold.
    await db.indexes.put({ ...row, blob: undefined });
    expect(await loadStoredIndex(db, stamp)).toMatchObject({ state: 'damaged', reason: /lacks its blob/ });
    await db.indexes.put({ ...row, blob: (row.blob as Blob).slice(0, 1000) });
    expect(await loadStoredIndex(db, stamp)).toMatchObject({ state: 'damaged', reason: /outside its blob/ });

    // An image of another format under a matching stamp, an image stored unpacked (as store
    // format 1 did), and rows that are not images at all.
    await putParts(db, row, withShape('format', { n: INDEX_FORMAT + 1 }));
    expect(await loadStoredIndex(db, stamp)).toMatchObject({ state: 'damaged', reason: /format/ });
    await db.indexes.put({ ...row, value: { ...parts, image: e.internals.index.toImage() } });
    expect(await loadStoredIndex(db, stamp)).toMatchObject({ state: 'damaged', reason: /packed as undefined/ });
    await putParts(db, row, { ...parts, image: 'garbage' });
    expect(await loadStoredIndex(db, stamp)).toMatchObject({ state: 'damaged' });
    await db.indexes.put({ key: NAME_INDEX_KEY } as never);
    expect(await loadStoredIndex(db, stamp)).toMatchObject({ state: 'stale' });

    // Damaged parties: the index is still good, the parties are not served.
    const parties = parts.parties as PackedParties;
    const badBytes = structuredClone(parts);
    (badBytes.parties as PackedParties).bytes[5]! ^= 1;
    await putParts(db, row, badBytes);
    const bad = await loadStoredIndex(db, stamp, { parties: true });
    expect(bad).toMatchObject({ state: 'loaded', partiesProblem: /checksum/ });
    expect(bad.state === 'loaded' ? bad.parties : 'not loaded').toBeUndefined();
    await putParts(db, row, { ...parts, parties: { ...parties, offsets: parties.offsets.slice(1) } });
    expect(await loadStoredIndex(db, stamp, { parties: true })).toMatchObject({ partiesProblem: /counts/ });
    await putParts(db, row, { ...parts, parties: undefined });
    expect(await loadStoredIndex(db, stamp, { parties: true })).toMatchObject({ partiesProblem: /no stored parties/ });

    await db.indexes.put(row);
    const whole = await loadStoredIndex(db, stamp, { parties: true });
    expect(whole.state === 'loaded' ? whole.parties?.length : 0).toBe(e.internals.parties.length);
    await dropStoredIndex(db);
    expect((await loadStoredIndex(db, stamp)).state).toBe('missing');
  });

  it('is checked in full once per session: the same image again by its key, any other image in full', async () => {
    const db = await seeded();
    const { data, stamp } = await loaded(db);
    const e = createEngine(data);
    await saveStoredIndex(db, stamp, e.internals.index, e.internals.parties, new Date('2026-12-06T10:00:00Z'));
    const first = await loadStoredIndex(db, stamp);
    if (first.state !== 'loaded') throw new Error(first.reason);
    expect(first.key).toContain(stamp);
    const again = await loadStoredIndex(db, stamp, { verified: first.key });
    expect(again.state === 'loaded' && again.key).toBe(first.key);
    expect(again.index?.scan(PAGE, tokenize(PAGE)).length).toBe(first.index.scan(PAGE, tokenize(PAGE)).length);

    // Not hashed again: a bit flipped in the stored copy since goes unseen under that key (the
    // trade made for a woken worker, as for the lists), and is caught without it.
    const { row, parts } = await storedParts(db);
    const patternsAt = (p: Parts): number =>
      (p.image.shape as { obj: Record<string, { i32: [number, number] }> }).obj['patterns']!.i32[0] + 12;
    const flipped = structuredClone(parts);
    flipped.image.bytes[patternsAt(flipped)]! ^= 1;
    await putParts(db, row, flipped);
    expect((await loadStoredIndex(db, stamp, { verified: first.key })).state).toBe('loaded');
    expect(await loadStoredIndex(db, stamp)).toMatchObject({ reason: /checksum/ });

    // Its shape is still checked: a table cut short is refused even under a verified key.
    const packed = parts.image;
    const obj = (packed.shape as { obj: Record<string, { i32: [number, number] }> }).obj;
    await putParts(db, row, {
      ...parts,
      image: { ...packed, shape: { obj: { ...obj, termHead: { i32: [obj['termHead']!.i32[0], 3] } } } },
    });
    expect(await loadStoredIndex(db, stamp, { verified: first.key })).toMatchObject({
      reason: /shorter than the trie/,
    });

    // Saved again (another time) and damaged: the key no longer matches, so the checksum is run.
    await saveStoredIndex(db, stamp, e.internals.index, e.internals.parties, new Date('2026-12-06T11:00:00Z'));
    const resaved = await storedParts(db);
    resaved.parts.image.bytes[patternsAt(resaved.parts)]! ^= 1;
    await putParts(db, resaved.row, resaved.parts);
    expect(await loadStoredIndex(db, stamp, { verified: first.key })).toMatchObject({ reason: /checksum/ });
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
