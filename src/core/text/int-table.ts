// Open-addressing hash tables over Int32Arrays. The name index does one lookup per page token and
// one per trie step; JS Maps with number keys cost several times more and use far more memory.

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d);
}

/** Power of two, at least 16, with room for `capacity` entries at half load. */
function tableSize(capacity: number): number {
  let cap = 16;
  while (cap < capacity * 2) cap <<= 1;
  return cap;
}

/** int32 key (>= 0) -> int32 value. */
export class IntMap {
  private keys: Int32Array<ArrayBuffer>;
  private vals: Int32Array<ArrayBuffer>;
  private mask: number;
  private used = 0;

  constructor(capacity = 1024) {
    const cap = tableSize(capacity);
    this.keys = new Int32Array(cap).fill(-1);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.used;
  }

  /** The table's arrays, for a stored index image (see names/index-image.ts). */
  image(): { keys: Int32Array<ArrayBuffer>; vals: Int32Array<ArrayBuffer>; used: number } {
    return { keys: this.keys, vals: this.vals, used: this.used };
  }

  /** A table from a stored image; null when its arrays cannot be one (not a power of two, unequal). */
  static fromImage(x: { keys: Int32Array<ArrayBuffer>; vals: Int32Array<ArrayBuffer>; used: number }): IntMap | null {
    const n = x.keys.length;
    if (n < 16 || (n & (n - 1)) !== 0 || x.vals.length !== n || !(x.used >= 0 && x.used * 2 <= n)) return null;
    const m = new IntMap(1);
    m.keys = x.keys;
    m.vals = x.vals;
    m.mask = n - 1;
    m.used = x.used;
    return m;
  }

  get(key: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let i = mix(key, 0) & mask;
    for (;;) {
      const k = keys[i] as number;
      if (k === key) return this.vals[i] as number;
      if (k === -1) return -1;
      i = (i + 1) & mask;
    }
  }

  set(key: number, val: number): void {
    if ((this.used + 1) * 2 > this.keys.length) this.rehash();
    const keys = this.keys;
    const mask = this.mask;
    let i = mix(key, 0) & mask;
    for (;;) {
      const k = keys[i] as number;
      if (k === key) {
        this.vals[i] = val;
        return;
      }
      if (k === -1) {
        keys[i] = key;
        this.vals[i] = val;
        this.used++;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  private rehash(): void {
    const oldK = this.keys;
    const oldV = this.vals;
    const cap = oldK.length * 2;
    this.keys = new Int32Array(cap).fill(-1);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    this.used = 0;
    for (let i = 0; i < oldK.length; i++)
      if ((oldK[i] as number) !== -1) this.set(oldK[i] as number, oldV[i] as number);
  }
}

/** (int32 a >= 0, int32 b >= 0) -> int32 value; used for trie edges (node, token id) -> child. */
export class PairMap {
  private ka: Int32Array<ArrayBuffer>;
  private kb: Int32Array<ArrayBuffer>;
  private vals: Int32Array<ArrayBuffer>;
  private mask: number;
  private used = 0;

  constructor(capacity = 1024) {
    const cap = tableSize(capacity);
    this.ka = new Int32Array(cap).fill(-1);
    this.kb = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
  }

  image(): { ka: Int32Array<ArrayBuffer>; kb: Int32Array<ArrayBuffer>; vals: Int32Array<ArrayBuffer>; used: number } {
    return { ka: this.ka, kb: this.kb, vals: this.vals, used: this.used };
  }

  static fromImage(x: {
    ka: Int32Array<ArrayBuffer>;
    kb: Int32Array<ArrayBuffer>;
    vals: Int32Array<ArrayBuffer>;
    used: number;
  }): PairMap | null {
    const n = x.ka.length;
    if (n < 16 || (n & (n - 1)) !== 0 || x.kb.length !== n || x.vals.length !== n) return null;
    if (!(x.used >= 0 && x.used * 2 <= n)) return null;
    const m = new PairMap(1);
    m.ka = x.ka;
    m.kb = x.kb;
    m.vals = x.vals;
    m.mask = n - 1;
    m.used = x.used;
    return m;
  }

  get(a: number, b: number): number {
    const ka = this.ka;
    const kb = this.kb;
    const mask = this.mask;
    let i = mix(a, b) & mask;
    for (;;) {
      const x = ka[i] as number;
      if (x === -1) return -1;
      if (x === a && kb[i] === b) return this.vals[i] as number;
      i = (i + 1) & mask;
    }
  }

  set(a: number, b: number, val: number): void {
    if ((this.used + 1) * 2 > this.ka.length) this.rehash();
    const mask = this.mask;
    let i = mix(a, b) & mask;
    for (;;) {
      const x = this.ka[i] as number;
      if (x === -1) {
        this.ka[i] = a;
        this.kb[i] = b;
        this.vals[i] = val;
        this.used++;
        return;
      }
      if (x === a && this.kb[i] === b) {
        this.vals[i] = val;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  private rehash(): void {
    const oa = this.ka;
    const ob = this.kb;
    const ov = this.vals;
    const cap = oa.length * 2;
    this.ka = new Int32Array(cap).fill(-1);
    this.kb = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    this.used = 0;
    for (let i = 0; i < oa.length; i++)
      if ((oa[i] as number) !== -1) this.set(oa[i] as number, ob[i] as number, ov[i] as number);
  }
}

export function growI32(a: Int32Array<ArrayBuffer>, need: number, fill = 0): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  let cap = a.length * 2;
  while (cap < need) cap *= 2;
  const b = new Int32Array(cap);
  if (fill !== 0) b.fill(fill, a.length);
  b.set(a);
  return b;
}

export function growU8(a: Uint8Array<ArrayBuffer>, need: number): Uint8Array<ArrayBuffer> {
  if (need <= a.length) return a;
  let cap = a.length * 2;
  while (cap < need) cap *= 2;
  const b = new Uint8Array(cap);
  b.set(a);
  return b;
}
