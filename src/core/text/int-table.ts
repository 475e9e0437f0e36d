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

/**
 * int32 key (>= 0) -> int32 value. A slot's key and value sit side by side (key at 2i, value at
 * 2i + 1): a probe into a table larger than the cache then misses once, not once per array.
 */
export class IntMap {
  private slots: Int32Array<ArrayBuffer>;
  private mask: number;
  private used = 0;

  constructor(capacity = 1024) {
    const cap = tableSize(capacity);
    this.slots = emptySlots(cap, 2);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.used;
  }

  /** The table's keys and values as two arrays, for a stored index image (see names/index-image.ts). */
  image(): { keys: Int32Array<ArrayBuffer>; vals: Int32Array<ArrayBuffer>; used: number } {
    const [keys, vals] = unzip(this.slots, 2) as [Int32Array<ArrayBuffer>, Int32Array<ArrayBuffer>];
    return { keys, vals, used: this.used };
  }

  /** A table from a stored image; null when its arrays cannot be one (not a power of two, unequal). */
  static fromImage(x: { keys: Int32Array<ArrayBuffer>; vals: Int32Array<ArrayBuffer>; used: number }): IntMap | null {
    const n = x.keys.length;
    if (n < 16 || (n & (n - 1)) !== 0 || x.vals.length !== n || !(x.used >= 0 && x.used * 2 <= n)) return null;
    const m = new IntMap(1);
    m.slots = zip([x.keys, x.vals]);
    m.mask = n - 1;
    m.used = x.used;
    return m;
  }

  get(key: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let i = mix(key, 0) & mask;
    for (;;) {
      const k = slots[i * 2] as number;
      if (k === key) return slots[i * 2 + 1] as number;
      if (k === -1) return -1;
      i = (i + 1) & mask;
    }
  }

  set(key: number, val: number): void {
    if ((this.used + 1) * 2 > this.mask + 1) this.rehash();
    const slots = this.slots;
    const mask = this.mask;
    let i = mix(key, 0) & mask;
    for (;;) {
      const k = slots[i * 2] as number;
      if (k === key) {
        slots[i * 2 + 1] = val;
        return;
      }
      if (k === -1) {
        slots[i * 2] = key;
        slots[i * 2 + 1] = val;
        this.used++;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  private rehash(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    this.slots = emptySlots(cap, 2);
    this.mask = cap - 1;
    this.used = 0;
    for (let i = 0; i < old.length; i += 2)
      if ((old[i] as number) !== -1) this.set(old[i] as number, old[i + 1] as number);
  }
}

/**
 * (int32 a >= 0, int32 b >= 0) -> int32 value; used for trie edges (node, token id) -> child. A
 * slot is four ints (a, b, value, unused), so that one probe reads one cache line.
 */
export class PairMap {
  private slots: Int32Array<ArrayBuffer>;
  private mask: number;
  private used = 0;

  constructor(capacity = 1024) {
    const cap = tableSize(capacity);
    this.slots = emptySlots(cap, 4);
    this.mask = cap - 1;
  }

  image(): { ka: Int32Array<ArrayBuffer>; kb: Int32Array<ArrayBuffer>; vals: Int32Array<ArrayBuffer>; used: number } {
    const [ka, kb, vals] = unzip(this.slots, 4) as [
      Int32Array<ArrayBuffer>,
      Int32Array<ArrayBuffer>,
      Int32Array<ArrayBuffer>,
    ];
    return { ka, kb, vals, used: this.used };
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
    m.slots = zip([x.ka, x.kb, x.vals, new Int32Array(n)]);
    m.mask = n - 1;
    m.used = x.used;
    return m;
  }

  get(a: number, b: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let i = mix(a, b) & mask;
    for (;;) {
      const x = slots[i * 4] as number;
      if (x === -1) return -1;
      if (x === a && slots[i * 4 + 1] === b) return slots[i * 4 + 2] as number;
      i = (i + 1) & mask;
    }
  }

  set(a: number, b: number, val: number): void {
    if ((this.used + 1) * 2 > this.mask + 1) this.rehash();
    const slots = this.slots;
    const mask = this.mask;
    let i = mix(a, b) & mask;
    for (;;) {
      const x = slots[i * 4] as number;
      if (x === -1) {
        slots[i * 4] = a;
        slots[i * 4 + 1] = b;
        slots[i * 4 + 2] = val;
        this.used++;
        return;
      }
      if (x === a && slots[i * 4 + 1] === b) {
        slots[i * 4 + 2] = val;
        return;
      }
      i = (i + 1) & mask;
    }
  }

  private rehash(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    this.slots = emptySlots(cap, 4);
    this.mask = cap - 1;
    this.used = 0;
    for (let i = 0; i < old.length; i += 4)
      if ((old[i] as number) !== -1) this.set(old[i] as number, old[i + 1] as number, old[i + 2] as number);
  }
}

/** `cap` slots of `width` ints, every key (the slot's first int) -1. */
function emptySlots(cap: number, width: number): Int32Array<ArrayBuffer> {
  const slots = new Int32Array(cap * width);
  for (let i = 0; i < slots.length; i += width) slots[i] = -1;
  return slots;
}

/** Slots of `width` ints as one array per field (the stored image keeps the fields apart). */
function unzip(slots: Int32Array, width: number): Int32Array<ArrayBuffer>[] {
  const n = slots.length / width;
  const out: Int32Array<ArrayBuffer>[] = [];
  for (let f = 0; f < Math.min(width, 3); f++) {
    const a = new Int32Array(n);
    for (let i = 0; i < n; i++) a[i] = slots[i * width + f] as number;
    out.push(a);
  }
  return out;
}

/** The inverse of unzip: one array per field, of equal length, into slots. */
function zip(fields: Int32Array[]): Int32Array<ArrayBuffer> {
  const width = fields.length;
  const n = (fields[0] as Int32Array).length;
  const slots = new Int32Array(n * width);
  for (let f = 0; f < width; f++) {
    const a = fields[f] as Int32Array;
    for (let i = 0; i < n; i++) slots[i * width + f] = a[i] as number;
  }
  return slots;
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
