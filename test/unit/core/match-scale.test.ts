// The name index at list scale: every listed name is found however many names share its words,
// and two words sharing a token hash (a few in 300,000 words) do not cost either name.
import { describe, expect, it, vi } from 'vitest';
import { MatchIndex } from '../../../src/core/names/match-index';
import { hashToken, tokenize } from '../../../src/core/text/normalize';

const hits = (ix: MatchIndex, text: string): string[] => ix.scan(text, tokenize(text)).map((h) => h.source);

describe('match index at scale', () => {
  it('finds each of 20,000 names that differ in one short word', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `Listed Number ${i.toString(36)} Garment Trading Co Ltd`);
    const ix = new MatchIndex(names.length);
    names.forEach((n, i) => ix.add(n, i, 'name'));
    const missed = names.filter((n) => hits(ix, `Seller: ${n} - cotton shirts`).join() !== n);
    expect(missed).toEqual([]);
  });

  it('keeps apart two words with the same token hash, stored or not', () => {
    // Found by hashing 330,000 generated words; the test fails loudly if the hash changes.
    const [a, b] = ['keqihong', '6w1'];
    expect(hashToken(a)).toBe(hashToken(b));
    const names = [
      `Alpha ${a} Textile Trading Co Ltd`,
      `Alpha ${b} Textile Trading Co Ltd`,
      `${b} Keqihong Hair Co Ltd`,
    ];
    const ix = new MatchIndex(10);
    names.forEach((n, i) => ix.add(n, i, 'name'));
    const restored = MatchIndex.fromImage(structuredClone(ix.toImage())) as MatchIndex;
    for (const index of [ix, restored]) {
      for (const n of names) expect(hits(index, `Supplier: ${n}.`)).toEqual([n]);
      expect(hits(index, 'Supplier: Alpha Zzz Textile Trading Co Ltd.')).toEqual([]);
    }
  });

  it('follows any spelling of a place past the first word, fresh or stored', () => {
    // A walk stops early where no listed name goes on with a page word's hash: every spelling of a
    // place must count as the listed one there.
    const ix = new MatchIndex(10);
    ix.add('Alpha Hetian Kashgar Textile Co Ltd', 0, 'name');
    const restored = MatchIndex.fromImage(structuredClone(ix.toImage())) as MatchIndex;
    for (const index of [ix, restored]) {
      for (const page of ['Alpha Hotan Kashi Textile Co Ltd', 'Alpha Khotan Kaxgar Textile Co Ltd'])
        expect(hits(index, `Supplier: ${page}.`)).toEqual(['Alpha Hetian Kashgar Textile Co Ltd']);
      expect(hits(index, 'Supplier: Alpha Hotan Kashi Garment Co Ltd.')).toEqual([]);
    }
  });

  it('stores its step filter with the image, so a loaded index does not make it again', () => {
    const names = Array.from({ length: 3000 }, (_, i) => `Listed ${i.toString(36)} Weaving Co Ltd`);
    const ix = new MatchIndex(names.length);
    names.forEach((n, i) => ix.add(n, i, 'name'));
    const img = ix.toImage();
    // Sized by the trie: 16 bits an edge, rounded up to a power of two.
    expect(img.steps.length * 8).toBeGreaterThanOrEqual(img.nodes * 16);
    expect(img.steps.length * 8).toBeLessThan(img.nodes * 32);
    const made = vi.spyOn(MatchIndex.prototype as unknown as { stepFilter(): Uint8Array }, 'stepFilter');
    try {
      const loaded = MatchIndex.fromImage(structuredClone(img)) as MatchIndex;
      expect(hits(loaded, `Seller: ${names[2999]}.`)).toEqual([names[2999]]);
      expect(made).not.toHaveBeenCalled();
      // The stored one is the one the index would make.
      expect((loaded as unknown as { stepFilter(): Uint8Array }).stepFilter()).toEqual(img.steps);
    } finally {
      made.mockRestore();
    }
    expect(MatchIndex.fromImage({ ...img, steps: new Uint8Array(3000) })).toBe('step filter of the wrong size');
    const flipped = structuredClone(img);
    flipped.steps[7]! ^= 1;
    expect(MatchIndex.fromImage(flipped)).toBe('checksum does not match (damaged data)');
  });

  it("reads a loaded image's sources only when a hit needs them", () => {
    const names = ['Alpha Weaving Co Ltd', 'Beta Cotton Trading Co Ltd'];
    const ix = new MatchIndex(10);
    names.forEach((n, i) => ix.add(n, i, 'name'));
    const img = ix.toImage();
    const sources = img.sources as string[];
    let asked = 0;
    let whole = 0;
    const later = (list: string[]) => ({
      length: list.length,
      at: (i: number) => {
        asked++;
        return list[i] ?? '';
      },
      read: () => {
        whole++;
        return [...list];
      },
    });
    // Each index its own copy: one loaded index adds names below, into its image's tables.
    const loaded = MatchIndex.fromImage({ ...structuredClone(img), sources: later(sources) }, false) as MatchIndex;
    expect(hits(loaded, 'Seller: Gamma Knitting Co Ltd.')).toEqual([]);
    expect(asked).toBe(0);
    // A hit reads its own source, not the list.
    expect(hits(loaded, `Seller: ${names[1]}.`)).toEqual([names[1]]);
    expect(hits(loaded, `Seller: ${names[0]}.`)).toEqual([names[0]]);
    expect(asked).toBeGreaterThan(0);
    expect(whole).toBe(0);
    loaded.add('Delta Dyeing Co Ltd', 2, 'name');
    expect(hits(loaded, 'Seller: Delta Dyeing Co Ltd.')).toEqual(['Delta Dyeing Co Ltd']);
    // The full check reads them for the checksum: other strings are damage.
    expect(MatchIndex.fromImage({ ...structuredClone(img), sources: later(sources) })).toBeInstanceOf(MatchIndex);
    expect(MatchIndex.fromImage({ ...structuredClone(img), sources: later(['Alpha Weaving Co Ltd', 'Other']) })).toBe(
      'checksum does not match (damaged data)',
    );
  });

  it('finds names added after a scan or after loading a stored image, beside the earlier ones', () => {
    // 40 names under one first word: that node's children are looked up in the edge table, which
    // a scan or a stored image keeps for such nodes only.
    const names = Array.from({ length: 40 }, (_, i) => `Hengli ${i.toString(36)}x Textile Co Ltd`);
    const ix = new MatchIndex(64);
    names.forEach((n, i) => ix.add(n, i, 'name'));
    expect(hits(ix, `Seller: ${names[7]}.`)).toEqual([names[7]]);
    const loaded = MatchIndex.fromImage(structuredClone(ix.toImage())) as MatchIndex;
    for (const index of [ix, loaded]) {
      index.add('Hengli Zz Textile Co Ltd', 40, 'name');
      index.add('Quanxin Weaving Co Ltd', 41, 'name');
      for (const n of [names[3] as string, names[39] as string, 'Hengli Zz Textile Co Ltd', 'Quanxin Weaving Co Ltd'])
        expect(hits(index, `Seller: ${n}.`)).toEqual([n]);
    }
  });
});
