// A typo in the distinctive first word of a long listed name, and a joining "and" the list lacks:
// both only where the rest of the name agrees word for word.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine';
import { loadBundledRiskData } from '../../../src/cli/bundled';
import { listedSuppliers } from './listed-suppliers';
import { MatchIndex } from '../../../src/core/names/match-index';
import { imageChecksum, type IndexImage } from '../../../src/core/names/index-image';

const engine = createEngine(loadBundledRiskData());
const found = (text: string) => listedSuppliers(engine, text);

describe('a typo in the first word', () => {
  it('is a possible match, never a certain one', () => {
    expect(found('Mining giant Zijing Mining Group')).toEqual([['Zijin Mining Group Co., Ltd.', 'low']]);
    expect(found('Zijni Mining Group Co., Ltd. ships ore')).toEqual([['Zijin Mining Group Co., Ltd.', 'low']]);
  });
  it.each([
    // Another firm that shares only the misspelt word.
    ['Zijing Capital Group Co. Ltd. invests'],
    // Too little of the name left to agree.
    ['Zijing Mining in the news'],
    // Two typos.
    ['Zijing Minning Group'],
    // Lower case: a word in a sentence, not a name.
    ['the zijing mining group'],
  ])('%j is no listed party', (text) => expect(found(text)).toEqual([]));
});

describe('a typo in a later word of a long name', () => {
  // Every kind of edit, including a letter changed to one the word lacks (its letter set then
  // differs in two letters, the most the scan's letter-set test lets through), and a page word
  // with a letter outside ASCII (read through its folded string).
  it.each([
    ['Apparal', 'a letter changed to one the word has'],
    ['Apparil', 'a letter changed to one the word lacks'],
    ['Aparel', 'a letter left out'],
    ['Appareel', 'a letter added'],
    ['Appaerl', 'two letters swapped'],
    ['Appàril', 'a letter changed, beside an accented one'],
  ])('%s (%s)', (word) => {
    expect(found(`Hetian Taida ${word} Co., Ltd`)).toEqual([['Hetian Taida Apparel Co., Ltd', 'critical']]);
  });
});

describe('a joining word the list lacks', () => {
  it('is tolerated inside the name', () => {
    expect(found('Lop County No. 4 Vocational Skills Education and Training Center')).toEqual([
      ['No. 4 Vocational Skills Education Training Center (VSETC)', 'critical'],
    ]);
  });
  it('does not join two names into one', () => {
    expect(found('Zijin and Mining Group')).toEqual([]);
  });
});

describe('a bracket after a listed name', () => {
  const scan = (text: string) => engine.scan(text).map((f) => [f.kind, f.key, f.text]);
  it('is the page speaking, not part of the name: the place in it is an origin', () => {
    expect(scan('rough diamonds from the Marange Diamond Fields (Zimbabwe) mined with forced labor')).toEqual([
      ['supplier', 'Marange Diamond Fields', 'Marange Diamond Fields'],
      ['origin', 'ZW', 'Zimbabwe'],
    ]);
  });
  it('inside the name is still skipped', () => {
    expect(found('Hetian Haolin (Hotan) Hair Accessories Co. Ltd.')).toEqual([
      ['Hetian Haolin Hair Accessories Co. Ltd.', 'critical'],
    ]);
  });
  it('a trailing "and" is not part of the name', () => {
    expect(scan('Zijin Mining Group and others')).toEqual([
      ['supplier', 'Zijin Mining Group Co., Ltd.', 'Zijin Mining Group'],
    ]);
  });
});

describe('the first-word typo tables of a stored index', () => {
  const engineFrom = (index: MatchIndex) =>
    createEngine(loadBundledRiskData(), { index, parties: engine.internals.parties });
  const image = (): IndexImage => structuredClone(engine.internals.index.toImage());

  it('travel with the image: a loaded index finds the typo without making them again', () => {
    const loaded = MatchIndex.fromImage(image());
    if (typeof loaded === 'string') throw new Error(loaded);
    expect((loaded as unknown as { typoFirst?: unknown }).typoFirst).toBeDefined();
    const e = engineFrom(loaded);
    expect(e.internals.index).toBe(loaded);
    expect(listedSuppliers(e, 'Mining giant Zijing Mining Group')).toEqual([['Zijin Mining Group Co., Ltd.', 'low']]);
  });

  it('are refused when damaged, by the checksum or, checksum made again, by their links', () => {
    const flipped = image();
    flipped.typoSecond[7] = (flipped.typoSecond[7] as number) ^ 1;
    expect(MatchIndex.fromImage(flipped)).toBe('checksum does not match (damaged data)');
    const pointing = image();
    const slot = pointing.typo.keys.findIndex((k) => k !== -1);
    pointing.typo.vals[slot] = 1 << 30;
    pointing.sum = imageChecksum(pointing);
    expect(MatchIndex.fromImage(pointing)).toBe('a typo key points outside the vocabulary');
  });
});
