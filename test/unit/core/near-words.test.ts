// Candidates for close-name leads come from the compiled index's rare words (near-words.ts): a
// page scan must not build the whole-name screening index, and a common word must not pull in
// every party that holds it.
import { describe, expect, it } from 'vitest';
import { MatchIndex } from '../../../src/core/names/match-index';
import { DISTINCT_DF, NearWords } from '../../../src/core/screen/near-words';
import { loadBundledRiskData } from '../../../src/cli/bundled';
import { createEngine } from '../../../src/core/engine/engine';

function indexOf(names: string[]): MatchIndex {
  const ix = new MatchIndex(names.length);
  names.forEach((n, i) => ix.add(n, i, 'name'));
  return ix;
}

const near = (words: NearWords, q: string): number[] => {
  const into = new Set<number>();
  words.partiesNear(q, into, 100);
  return [...into].sort((a, b) => a - b);
};

describe('rare words of the listed names', () => {
  // Party 0..2 share "Quanxin"; "Textile" is held by more parties than a name word can be.
  const names = [
    'Quanxin Textile Co., Ltd.',
    'Hotan Quanxin Garment Co., Ltd.',
    'Quanxin Apparel Factory',
    ...Array.from({ length: DISTINCT_DF + 5 }, (_, i) => `Brand${String.fromCharCode(97 + (i % 26))}x${i} Textile Co.`),
  ];
  const words = new NearWords(indexOf(names), () => false);

  it('counts each party once per word, however many variants hold it', () => {
    expect(words.df('quanxin')).toBe(3);
    expect(words.df('textile')).toBe(DISTINCT_DF + 6);
    expect(words.df('nowhere')).toBe(0);
  });

  it('finds the parties of a rare word written exactly, as its start, or one letter off', () => {
    expect(near(words, 'quanxin')).toEqual([0, 1, 2]);
    expect(near(words, 'quanx')).toEqual([0, 1, 2]);
    expect(near(words, 'quanxim')).toEqual([0, 1, 2]);
    expect(near(words, 'qanxin')).toEqual([0, 1, 2]);
  });

  it('a word held by many parties leads to none of them', () => {
    expect(near(words, 'textile')).toEqual([]);
  });

  it('works the same on an index loaded from its stored image', () => {
    const loaded = MatchIndex.fromImage(indexOf(names).toImage());
    if (typeof loaded === 'string') throw new Error(loaded);
    const again = new NearWords(loaded, () => false);
    expect(near(again, 'quanxim')).toEqual([0, 1, 2]);
    expect(again.df('textile')).toBe(DISTINCT_DF + 6);
  });
});

describe('a page scan and the screening index', () => {
  it('notes an unlisted company close to a listed one without building the whole-name screening index', () => {
    const engine = createEngine(loadBundledRiskData());
    const [f] = engine.scan('Supplier: Hoshine Silicon Materials Co., Ltd.').filter((x) => x.kind === 'supplier');
    expect(f?.explanation).toContain('close to "Hoshine Silicon Industry');
    expect((engine.internals as { screenIndex?: unknown }).screenIndex).toBeUndefined();
    // A look-up builds it (and still leaves out what it matches).
    engine.nearest('Hoshine Silicon');
    expect((engine.internals as { screenIndex?: unknown }).screenIndex).toBeDefined();
  });
});
