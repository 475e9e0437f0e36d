import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BundleIndex, ListId } from '../../../src/core';
import { createEngine, engineTables, placeTables } from '../../../src/core';
import { loadBundledRiskData } from '../../../src/cli/bundled';
import { tokenize } from '../../../src/core/text/normalize';
import { decodePackagedTables, OTHER_LISTS, packageTables, tableSums } from '../../../src/data/packaged-tables';

const PUBLIC = join(import.meta.dirname, '../../../public');
const bundle = JSON.parse(readFileSync(join(PUBLIC, 'data/index.json'), 'utf8')) as BundleIndex;
const SUMS = new Map(bundle.lists.map((l) => [l.id, l.sha256] as const));
const buffer = (b: Uint8Array): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

const TEXT =
  'Supplier: Hoshine Silicon Industry (Shanshan) Co., Ltd. Place of origin: Shanshan County, Turpan, ' +
  'Xinjiang, China. Products: polysilicon, cotton yarn, tomato paste. Made in the PRC. 原产地：新疆和田。 ' +
  'Ships to Bank of Chad; also from Malaysian glove makers, Uzbekistan cotton, Hetian jade.';

describe('the place tables shipped with the extension (data/origin-tables.bin)', () => {
  const data = loadBundledRiskData();
  const file = buffer(packageTables(data, SUMS));

  it('are the tables the worker would make from the bundled files, for their checksums', () => {
    const got = decodePackagedTables(file, tableSums(SUMS));
    if ('problem' in got) throw new Error(got.problem);
    const made = placeTables(data);
    expect([...got.tables.countryWords]).toEqual([...made.countryWords]);
    const t = tokenize(TEXT);
    for (const k of ['places', 'cues', 'goodsWords'] as const)
      expect(got.tables.origin[k].scan(TEXT, t)).toEqual(made.origin[k].scan(TEXT, t));
    expect(got.tables.goods.scan(TEXT, t)).toEqual(made.goods.scan(TEXT, t));
    expect(made.origin.places.scan(TEXT, t).length).toBeGreaterThan(5);
    // The whole engine finds the same with them.
    const packaged = createEngine(data, { tables: engineTables(data, got.tables) });
    expect(packaged.scan(TEXT)).toEqual(createEngine(data).scan(TEXT));
  });

  it('are refused for other lists, another format, or a damaged file, with the reason', () => {
    for (const id of ['countries', 'xinjiang-places', 'dol-tvpra', 'dol-eo13126'] as ListId[])
      expect(decodePackagedTables(file, tableSums(new Map([...SUMS, [id, 'f'.repeat(64)]])))).toEqual({
        problem: OTHER_LISTS,
      });
    // A list the engine does not have (disabled) is not the file's either.
    const without = new Map(SUMS);
    without.delete('countries');
    expect(decodePackagedTables(file, tableSums(without))).toEqual({ problem: OTHER_LISTS });
    expect(decodePackagedTables(file.slice(0, 10), tableSums(SUMS))).toMatchObject({
      problem: expect.stringMatching(/shorter|damaged/),
    });
    const n = new DataView(file).getUint32(0, true);
    const older = new Uint8Array(file.slice(0));
    const text = new TextDecoder().decode(older.subarray(4, 4 + n));
    older.set(new TextEncoder().encode(text.replace('"format":1', '"format":0')), 4);
    expect(decodePackagedTables(older.buffer, tableSums(SUMS))).toEqual({ problem: 'tables format 0, expected 1' });
    // The image's bytes cut short: refused, never thrown.
    expect(decodePackagedTables(file.slice(0, file.byteLength - 4096), tableSums(SUMS))).toMatchObject({
      problem: expect.any(String),
    });
  });
});
