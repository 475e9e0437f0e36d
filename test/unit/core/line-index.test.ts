import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../src/core/risk/row-facts';

describe('LineIndex', () => {
  it('tells table rows (a tab on the line) from other lines', () => {
    const text = 'Title line\nCotton\tChina\t5205.11\nplain text\n\tleading tab\nlast line\ttab';
    const lines = new LineIndex(text);
    expect([0, 1, 2, 3, 4].map((l) => lines.isRow(l))).toEqual([false, true, false, true, true]);
    // Asked again, in another order: the same answers.
    expect([4, 2, 0, 3, 1].map((l) => lines.isRow(l))).toEqual([true, false, false, true, true]);
  });
  it('gives each offset its line', () => {
    const text = 'a\nbb\n\nccc';
    const lines = new LineIndex(text);
    expect([0, 1, 2, 4, 5, 6, 9].map((p) => lines.lineOf(p))).toEqual([0, 0, 1, 1, 2, 3, 3]);
  });
  it('a tab on a later line does not make an earlier line a row', () => {
    const lines = new LineIndex(`${'word '.repeat(50)}\n${'x\n'.repeat(100)}y\tz`);
    expect(lines.isRow(0)).toBe(false);
    expect(lines.isRow(50)).toBe(false);
    expect(lines.isRow(101)).toBe(true);
  });
});
