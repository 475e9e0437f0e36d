import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BundleIndex, ListId } from '../../../src/core';
import { createEngine } from '../../../src/core';
import { imageChecksum } from '../../../src/core/names/index-image';
import { loadBundledRiskData } from '../../../src/cli/bundled';
import { decodePackagedIndex, encodePackagedIndex, packageIndex } from '../../../src/data/packaged-index';

const PUBLIC = join(import.meta.dirname, '../../../public');
const bundle = JSON.parse(readFileSync(join(PUBLIC, 'data/index.json'), 'utf8')) as BundleIndex;
const sha = (id: string): string => bundle.lists.find((l) => l.id === id)?.sha256 as string;
const LISTS = new Map<ListId, string>([
  ['uflpa', sha('uflpa')],
  ['cbp-wro', sha('cbp-wro')],
]);
const buffer = (b: Uint8Array): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

describe('the name index shipped with the extension (data/names-index.bin)', () => {
  const sums = new Map(bundle.lists.map((l) => [l.id, l.sha256] as const));
  const file = buffer(packageIndex(loadBundledRiskData(), sums));
  const fresh = createEngine(loadBundledRiskData()).internals.index;

  it('is the index the worker would build from the bundled files, for their checksums', () => {
    const got = decodePackagedIndex(file, LISTS);
    if ('problem' in got) throw new Error(got.problem);
    expect(imageChecksum(got.index.toImage())).toBe(imageChecksum(fresh.toImage()));
    // And it finds what a fresh index finds.
    const engine = createEngine(loadBundledRiskData(), { index: got.index });
    expect(engine.internals.index).toBe(got.index);
    const text = 'Supplier: Hoshine Silicon Industry (Shanshan) Co., Ltd, Xinjiang.';
    expect(engine.scan(text)).toEqual(createEngine(loadBundledRiskData()).scan(text));
  });

  it('is refused for other lists, another index format, or damaged bytes', () => {
    expect(decodePackagedIndex(file, new Map([...LISTS, ['uflpa', 'f'.repeat(64)]]))).toEqual({
      problem: 'built from other lists',
    });
    expect(decodePackagedIndex(file, new Map([['uflpa', sha('uflpa')]]))).toEqual({
      problem: 'built from other lists',
    });
    expect(decodePackagedIndex(file.slice(0, 10), LISTS)).toMatchObject({
      problem: expect.stringMatching(/shorter|damaged/),
    });
    const header = new DataView(file).getUint32(0, true);
    const older = new Uint8Array(file.slice(0));
    const text = new TextDecoder().decode(older.subarray(4, 4 + header));
    const json = JSON.parse(text) as { format: number };
    // Another format in as many bytes (JSON allows the space), so the header's length still holds.
    const was = `"format":${json.format}`;
    const swapped = new TextEncoder().encode(text.replace(was, `"format":${json.format - 1}`.padEnd(was.length)));
    older.set(swapped, 4);
    expect(decodePackagedIndex(older.buffer, LISTS)).toEqual({
      problem: `index format ${json.format - 1}, expected ${json.format}`,
    });
    // One byte of the image changed: the checksum over the image catches it.
    const flipped = new Uint8Array(file.slice(0));
    const at = flipped.length - 200_000;
    flipped[at] = (flipped[at] as number) ^ 0x55;
    expect(decodePackagedIndex(flipped.buffer, LISTS)).toMatchObject({ problem: expect.any(String) });
  });

  it('round-trips an index with its lists', () => {
    const again = decodePackagedIndex(buffer(encodePackagedIndex(fresh, LISTS)), LISTS);
    expect('index' in again && imageChecksum(again.index.toImage())).toBe(imageChecksum(fresh.toImage()));
  });
});
