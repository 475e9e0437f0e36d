// The stored form of the name index: one buffer and one string, unpacked to exactly the image it
// was packed from; a damaged or foreign stored form is refused with a reason, never misread.
import { describe, expect, it } from 'vitest';
import { MatchIndex } from '../../../src/core';
import { packImage, unpackImage, type PackedImage } from '../../../src/data/image-pack';

const sample = () => ({
  format: 3,
  count: 2,
  ints: Int32Array.from([1, -1, 2 ** 31 - 1]),
  bytes: Uint8Array.from([1, 2, 3, 4, 5]),
  more: Int32Array.from([7]),
  names: ['Acme', '', 'Ürümqi Cotton Co', 'a\u0000b'],
  nested: { used: 4, keys: Int32Array.from([5, 6]) },
  raw: new Map<number, string[]>([
    [3, ['x', 'yy']],
    [9, []],
  ]),
  spellings: new Map<number, number[]>([[1, [4, -5]]]),
  empty: new Map<number, number[]>(),
});

describe('packImage / unpackImage', () => {
  it('round-trips every kind of part, through structured clone', () => {
    const back = unpackImage(structuredClone(packImage(sample())));
    expect(back).toEqual({ image: sample() });
  });

  it('keeps the strings of Latin-1 characters apart from the others, in their order', () => {
    const names = ['Acme', '新疆棉花有限公司', 'Ürümqi Cotton Co', '', 'Hotan 和田', 'z'];
    const p = packImage({ names, more: ['Ltd', '公司'] });
    expect(p.text).toBe('AcmeÜrümqi Cotton CozLtd');
    expect(p.wide).toBe('新疆棉花有限公司Hotan 和田公司');
    expect(unpackImage(structuredClone(p))).toEqual({ image: { names, more: ['Ltd', '公司'] } });
  });

  it('round-trips a real index, which then loads', () => {
    const ix = new MatchIndex(100);
    ['Hetian Taida Apparel Co., Ltd', 'Xinjiang Zhongtai Chemical Co Ltd', 'Acme Widgets Ltd'].forEach((n, i) =>
      ix.add(n, i, 'name'),
    );
    const back = unpackImage(structuredClone(packImage(ix.toImage())));
    expect('image' in back && back.image).toEqual(ix.toImage());
    const loaded = MatchIndex.fromImage('image' in back ? back.image : null);
    expect(loaded).toBeInstanceOf(MatchIndex);
    expect((loaded as MatchIndex).patternSource(0)).toBe(ix.patternSource(0));
  });

  it('gives the string lists packed to be read later as lists decoded on their first read', () => {
    const names = ['Acme', '新疆棉花有限公司', 'Ürümqi Cotton Co', '', 'Hotan 和田', 'Emoji 😀 Co', 'lone \ud800 x'];
    const p = packImage({ names, tokens: ['acme', 'co'], more: { names: ['z'] } }, { later: ['names'] });
    // Not among the strings decoded with the image: their own UTF-8 bytes.
    expect(p.text).toBe('acmeco');
    expect(p.wide).toBe('');
    expect(p.later).toBeInstanceOf(Uint8Array);
    const back = unpackImage(structuredClone(p)) as { image: Record<string, unknown> };
    expect(back.image.tokens).toEqual(['acme', 'co']);
    const lazy = back.image.names as { length: number; at(i: number): string; read(): string[] };
    expect(lazy.length).toBe(7);
    // One at a time, from its own bytes (a lone surrogate is stored as U+FFFD, as UTF-8 has no other way).
    const stored = names.map((n) => n.replace('\ud800', '\ufffd'));
    expect(names.map((_, i) => lazy.at(i))).toEqual(stored);
    expect(lazy.at(7)).toBe('');
    expect(lazy.read()).toEqual(stored);
    expect(lazy.read()).toBe(lazy.read());
    expect((back.image.more as { names: { read(): string[] } }).names.read()).toEqual(['z']);
    // Damaged bytes never throw on read (the index's checksum tells): replacement characters.
    const bad = structuredClone(p);
    bad.later![4] = 0xff;
    const damaged = unpackImage(bad) as { image: { names: { at(i: number): string; read(): string[] } } };
    expect(() => damaged.image.names.at(1)).not.toThrow();
    expect(() => damaged.image.names.read()).not.toThrow();
    expect(damaged.image.names.read()).not.toEqual(stored);
    // Lengths beyond what is stored, or no bytes: refused when unpacked.
    expect(unpackImage({ ...p, later: undefined })).toMatchObject({ problem: /without its bytes/ });
    expect(unpackImage({ ...p, later: p.later!.subarray(1) })).toMatchObject({ problem: /do not add up/ });
    const shape = p.shape as { obj: Record<string, unknown> };
    const beyond = { ...p, shape: { obj: { ...shape.obj, names: { later: [3, 9] } } } };
    expect(unpackImage(beyond)).toMatchObject({ problem: /outside its lengths/ });
  });

  it('reads its bytes where they lie in a larger buffer, as views', () => {
    const p = packImage(sample());
    const big = new Uint8Array(p.bytes.byteLength + 12);
    big.set(p.bytes, 8);
    const back = unpackImage({ ...p, bytes: big.subarray(8, 8 + p.bytes.byteLength) });
    expect(back).toEqual(unpackImage(p));
    const ints = Object.values((back as { image: Record<string, unknown> }).image).find((v) => v instanceof Int32Array);
    expect((ints as Int32Array).buffer).toBe(big.buffer);
  });

  it('stores mostly empty hash tables as their used slots, exactly', () => {
    const keys = new Int32Array(8192).fill(-1);
    const vals = new Int32Array(8192);
    const full = Int32Array.from({ length: 8192 }, (_, i) => i);
    for (let i = 0; i < 8192; i += 37) {
      keys[i] = i % 5 === 0 ? 0 : i; // a key may be the other array's fill value
      vals[i] = i % 3 === 0 ? 0 : i * 2;
    }
    const table = { table: { keys, vals, used: 222 }, full };
    const p = packImage(table);
    const obj = (p.shape as { obj: { table: { obj: Record<string, object> }; full: object } }).obj;
    expect(Object.keys(obj.table.obj.keys!)).toEqual(['sparse']);
    expect(Object.keys(obj.full)).toEqual(['i32']); // dense: stored as is
    expect(p.bytes.byteLength).toBeLessThan(8192 * 4 * 2);
    expect(unpackImage(structuredClone(p))).toEqual({ image: table });
    const sparse = (obj.table.obj.keys as { sparse: { pos: [number, number] } }).sparse;
    const moved = structuredClone(p);
    new Int32Array(moved.bytes.buffer, moved.bytes.byteOffset + sparse.pos[0], 1)[0] = 8192;
    expect(unpackImage(moved)).toMatchObject({ problem: /outside its table/ });
  });

  it('refuses what it cannot pack, and stored forms that do not add up', () => {
    expect(() => packImage({ when: new Date() })).toThrow(/cannot pack/);
    expect(() => packImage({ m: new Map([['k', [1]]]) })).toThrow(/int -> array/);
    const p = packImage(sample());
    expect(unpackImage({ ...p, pack: 1 })).toEqual({ problem: 'packed as 1, expected 2' });
    expect(unpackImage(null)).toMatchObject({ problem: /not an object/ });
    expect(unpackImage({ ...p, bytes: 'x' })).toMatchObject({ problem: /lacks its parts/ });
    expect(unpackImage({ ...p, text: `${p.text}!` })).toMatchObject({ problem: /do not add up/ });
    expect(unpackImage({ ...p, wide: `${p.wide}字` })).toMatchObject({ problem: /do not add up/ });
    expect(unpackImage({ ...p, wide: undefined })).toMatchObject({ problem: /lacks its parts/ });
    expect(unpackImage({ ...p, bytes: p.bytes.slice(0, 8) })).toMatchObject({ problem: /beyond the buffer|damaged/ });
    expect(unpackImage({ ...p, bytes: p.bytes.buffer })).toMatchObject({ problem: /lacks its parts/ });
    // Int32 views need a start at a multiple of 4 in their buffer.
    const off = new Uint8Array(p.bytes.byteLength + 2);
    off.set(p.bytes, 2);
    expect(unpackImage({ ...p, bytes: off.subarray(2) })).toMatchObject({ problem: /lacks its parts/ });
    const shape = p.shape as { obj: Record<string, unknown> };
    const bad: PackedImage = { ...p, shape: { obj: { ...shape.obj, ints: { i32: [2, 1] } } } };
    expect(unpackImage(bad)).toMatchObject({ problem: /a bad part/ });
    expect(unpackImage({ ...p, shape: { obj: { x: { what: 1 } } } })).toMatchObject({ problem: /unknown part/ });
  });
});
