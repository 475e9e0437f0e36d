// The lazy array behind a woken worker's parties: items made on first read, once, and the array
// reads like an array (length, indexing, iteration, array methods), but cannot be written.
import { describe, expect, it } from 'vitest';
import { lazyArray } from '../../../src/core';

describe('lazyArray', () => {
  it('makes each item on its first read only, and reads like an array', () => {
    const made: number[] = [];
    const a = lazyArray(5, (i) => {
      made.push(i);
      return { i };
    });
    expect(made).toEqual([]);
    expect(a.length).toBe(5);
    expect(a[3]).toEqual({ i: 3 });
    expect(a[3]).toBe(a[3]);
    expect(made).toEqual([3]);
    expect(a[5]).toBeUndefined();
    expect(a[-1]).toBeUndefined();
    expect(2 in a).toBe(true);
    expect(7 in a).toBe(false);
    expect([...a].map((x) => x.i)).toEqual([0, 1, 2, 3, 4]);
    expect(a.reduce((n, x) => n + x.i, 0)).toBe(10);
    expect(a.filter((x) => x.i % 2 === 0).map((x) => x.i)).toEqual([0, 2, 4]);
    expect(made.sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses writes', () => {
    const a = lazyArray(2, (i) => i);
    expect(() => {
      a[0] = 9;
    }).toThrow(/read-only/);
    expect(() => a.push(1)).toThrow();
    expect(a[0]).toBe(0);
  });
});
