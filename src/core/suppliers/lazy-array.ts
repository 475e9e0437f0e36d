// An array whose items are made when first read: the worker's 100,000 parties, of which a page
// names a handful, are not all turned into objects when it wakes (data/party-pack.ts).

/**
 * A read-only array of `length` items, item i made by `at(i)` on first read and kept. Indexing,
 * `length`, iteration and the array methods work as on an array (they read through the same traps).
 */
export function lazyArray<T>(length: number, at: (i: number) => T): T[] {
  const made = new Map<number, T>();
  const item = (i: number): T => {
    let v = made.get(i);
    if (v === undefined) made.set(i, (v = at(i)));
    return v;
  };
  const index = (key: string | symbol): number => {
    if (typeof key !== 'string') return -1;
    const i = Number(key);
    return Number.isInteger(i) && i >= 0 && i < length && String(i) === key ? i : -1;
  };
  const refuse = (): boolean => {
    throw new TypeError('a lazy array is read-only');
  };
  return new Proxy([] as T[], {
    get(target, key, receiver) {
      if (key === 'length') return length;
      const i = index(key);
      if (i >= 0) return item(i);
      if (key === Symbol.iterator)
        return function* () {
          for (let j = 0; j < length; j++) yield item(j);
        };
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      return index(key) >= 0 || Reflect.has(target, key);
    },
    set: refuse,
    deleteProperty: refuse,
    defineProperty: refuse,
  });
}
