import { describe, expect, it } from 'vitest';
import { fromBlobParts, toBlobParts } from '../../../src/data/blob-parts';

describe('a row with its large parts in a Blob', () => {
  it('gives back buffers, typed arrays and long strings exactly, small values in place', async () => {
    const long = 'Ünïcödé ÿ\u0080\u009f 和田 '.repeat(10_000);
    const value = {
      n: 3,
      small: 'stays',
      nested: [{ ints: Int32Array.of(1, -2, 2 ** 31 - 1), bytes: Uint8Array.of(0, 255, 7) }],
      buf: new Uint8Array([9, 8, 7, 6, 5]).buffer,
      long,
      none: undefined,
    };
    const { value: row, blob } = toBlobParts(value);
    expect((row as { small: string }).small).toBe('stays');
    expect(JSON.stringify(row).length).toBeLessThan(1000);
    const back = fromBlobParts(structuredClone(row), await blob.arrayBuffer()) as typeof value;
    expect(back.long).toBe(long);
    expect(back.nested[0]!.ints).toEqual(Int32Array.of(1, -2, 2 ** 31 - 1));
    expect(back.nested[0]!.bytes).toEqual(Uint8Array.of(0, 255, 7));
    expect([...new Uint8Array(back.buf)]).toEqual([9, 8, 7, 6, 5]);
    expect(back).toMatchObject({ n: 3, small: 'stays' });
    expect('none' in back).toBe(true);
  });

  it('gives typed arrays as views into the bytes it was given, an ArrayBuffer as its own copy', async () => {
    const value = { ints: Int32Array.of(4, 5, 6), bytes: Uint8Array.of(1, 2, 3), buf: new ArrayBuffer(8) };
    const { value: row, blob } = toBlobParts(value);
    const bytes = await blob.arrayBuffer();
    const back = fromBlobParts(row, bytes) as typeof value;
    expect(back.ints.buffer).toBe(bytes);
    expect(back.bytes.buffer).toBe(bytes);
    expect(back.buf).not.toBe(bytes);
    // A part of ints must start on a 4-byte boundary to be viewed.
    const ref = (row as { ints: { blobPart: [string, number, number] } }).ints.blobPart;
    expect(() => fromBlobParts({ ints: { blobPart: ['i32', ref[1] + 2, 1] } }, bytes)).toThrow(/4-byte boundary/);
    expect(() => fromBlobParts({ ints: { blobPart: ['i32', 0, 1e9] } }, bytes)).toThrow(/outside its blob/);
  });

  it('refuses a part outside the blob, an unknown kind, bytes that are not UTF-8, and what it cannot store', async () => {
    const { value, blob } = toBlobParts({ long: 'x'.repeat(70_000) });
    const bytes = await blob.arrayBuffer();
    expect(() => fromBlobParts(value, bytes.slice(0, 100))).toThrow(/outside its blob/);
    expect(() => fromBlobParts({ a: { blobPart: ['f64', 0, 1] } }, bytes)).toThrow(/unknown kind/);
    const bad = new Uint8Array(bytes.slice(0));
    bad[10] = 0xff;
    expect(() => fromBlobParts(value, bad.buffer)).toThrow();
    expect(() => toBlobParts({ m: new Map() })).toThrow(/plain object/);
  });
});
