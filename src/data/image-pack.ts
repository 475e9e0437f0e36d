// The stored form of a plain-data image (the name index's IndexImage): every typed array in one
// run of bytes and every string in one joined string, with a small JSON-able map of where each part
// lies. IndexedDB clones a buffer and one string at copy speed, where 100,000 separate strings and
// a few Maps took longer to clone than the index takes to check. Generic over the image's shape,
// so a field added to the image is packed without a change here; anything this does not know how
// to pack makes packing throw (the index is then not stored and the next start rebuilds it).

/** Where a part lies: a number kept as is, a typed array (kind, offset, length), strings, maps, objects. */
type Shape =
  | { n: number }
  | { i32: [number, number] }
  | { u8: [number, number] }
  | { strs: [number, number] }
  /** A string list read when first needed (packImage's `later`): its place among `laterLengths`. */
  | { later: [number, number] }
  /** An array of `n` ints, `fill` but at `pos` (shared by the arrays of one hash table), where it is `vals`. */
  | { sparse: { n: number; fill: number; pos: [number, number]; vals: [number, number] } }
  | { map: 'strs' | 'nums'; keys: Shape; counts: Shape; values: Shape }
  | { obj: Record<string, Shape> };

export interface PackedImage {
  /** Version of this packing, so a stored copy packed another way is rebuilt, never misread. */
  pack: 2;
  shape: Shape;
  /** A view that starts at a multiple of 4 (the stored Blob's bytes, the packaged file's tail). */
  bytes: Uint8Array<ArrayBuffer>;
  /**
   * Every string of the image, joined in two: those of Latin-1 characters only in `text`, the others
   * in `wide`. One Chinese name in a joined string made all of it two bytes a character (8 MB
   * instead of 4 for 100,000 names), and the stored row's read takes time by its size.
   * `lengths` (a part of `bytes`) cuts them back: a string from `wide` has its length stored as
   * -1 - length.
   */
  text: string;
  wide: string;
  lengths: [number, number];
  /**
   * The string lists packed to be read later (packImage's `later` keys), joined as UTF-8 bytes;
   * `laterEnds` (where each string's bytes end) and `laterLengths` (its length in characters) are
   * parts of `bytes`. They come back as lists that decode one string when it is asked for, or all
   * of them at once: stored as bytes, they are not decoded on a wake.
   */
  later?: Uint8Array<ArrayBuffer>;
  laterEnds?: [number, number];
  laterLengths?: [number, number];
}

/** Whether a string has a character above U+00FF. */
const WIDE = /[\u0100-\u{10ffff}]/u;

const isInt32 = (n: unknown): n is number => typeof n === 'number' && (n | 0) === n;

/** Int32Array.from without its iterator protocol, which takes tens of ms for 100,000 numbers. */
function ints(xs: readonly number[]): Int32Array {
  const out = new Int32Array(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = xs[i] as number;
  return out;
}

function countOf(a: Int32Array, v: number): number {
  let c = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === v) c++;
  return c;
}

class Writer {
  private parts: { a: Int32Array | Uint8Array; at: number }[] = [];
  private size = 0;
  private strings: string[] = [];
  private wide: string[] = [];
  private lengths: number[] = [];
  private later: string[] = [];
  private laterLengths: number[] = [];
  private laterEnds: number[] = [];
  private laterBytes = 0;

  constructor(private readonly laterKeys: ReadonlySet<string>) {}

  array(a: Int32Array | Uint8Array): [number, number] {
    const at = this.size;
    this.parts.push({ a, at });
    // Each part starts at a multiple of 4, so Int32 views of the buffer line up.
    this.size += (a.byteLength + 3) & ~3;
    return [at, a.length];
  }

  strs(xs: readonly string[]): [number, number] {
    const first = this.lengths.length;
    for (const s of xs) {
      if (typeof s !== 'string') throw new Error('image packing: a string list holds a non-string');
      if (WIDE.test(s)) {
        this.wide.push(s);
        this.lengths.push(-1 - s.length);
      } else {
        this.strings.push(s);
        this.lengths.push(s.length);
      }
    }
    return [first, xs.length];
  }

  shape(x: unknown): Shape {
    if (typeof x === 'number') return { n: x };
    if (x instanceof Int32Array) return { i32: this.array(x) };
    if (x instanceof Uint8Array) return { u8: this.array(x) };
    if (isStrings(x)) return { strs: this.strs(x) };
    if (x instanceof Map) {
      const keys: number[] = [];
      const counts: number[] = [];
      const flat: unknown[] = [];
      for (const [k, v] of x as Map<unknown, unknown>) {
        if (!isInt32(k) || !Array.isArray(v)) throw new Error('image packing: a map that is not int -> array');
        keys.push(k);
        counts.push(v.length);
        flat.push(...(v as unknown[]));
      }
      const strs = flat.length > 0 && typeof flat[0] === 'string';
      if (!strs && !flat.every(isInt32)) throw new Error('image packing: a map of neither strings nor ints');
      return {
        map: strs ? 'strs' : 'nums',
        keys: { i32: this.array(ints(keys)) },
        counts: { i32: this.array(ints(counts)) },
        values: strs ? { strs: this.strs(flat as string[]) } : { i32: this.array(ints(flat as number[])) },
      };
    }
    if (typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype) {
      const obj: Record<string, Shape> = this.sparseTables(x as Record<string, unknown>);
      for (const [k, v] of Object.entries(x))
        obj[k] ??= this.laterKeys.has(k) && isStrings(v) ? { later: this.laterStrs(v) } : this.shape(v);
      return { obj };
    }
    throw new Error(`image packing: cannot pack a ${typeof x}`);
  }

  /**
   * Open-addressing hash tables (the index's word and edge tables) are mostly empty slots: the
   * Int32Arrays of one object that share a length are stored as the slots where any of them is not
   * its fill value (-1 or 0), once, and each array's values there. Exact either way; used only
   * when it saves space.
   */
  private sparseTables(x: Record<string, unknown>): Record<string, Shape> {
    const byLength = new Map<number, [string, Int32Array][]>();
    for (const [k, v] of Object.entries(x))
      if (v instanceof Int32Array && v.length >= 4096)
        byLength.set(v.length, [...(byLength.get(v.length) ?? []), [k, v]]);
    const out: Record<string, Shape> = {};
    for (const [n, arrays] of byLength) {
      const fills = arrays.map(([, a]) => (countOf(a, -1) * 2 >= a.length ? -1 : 0));
      const worth = (slots: number): boolean => slots * (arrays.length + 1) * 2 <= n * arrays.length;
      // The slots in use are at least those of the fullest array: most groups are told dense here.
      if (!worth(Math.max(...arrays.map(([, a], j) => a.length - countOf(a, fills[j] as number))))) continue;
      const taken = new Uint8Array(n);
      arrays.forEach(([, a], j) => {
        const fill = fills[j];
        for (let i = 0; i < n; i++) if (a[i] !== fill) taken[i] = 1;
      });
      let slots = 0;
      for (let i = 0; i < n; i++) slots += taken[i] as number;
      const pos = new Int32Array(slots);
      for (let i = 0, j = 0; i < n; i++) if (taken[i] === 1) pos[j++] = i;
      if (!worth(pos.length)) continue;
      const at = this.array(pos);
      arrays.forEach(([k, a], j) => {
        const vals = new Int32Array(pos.length);
        for (let i = 0; i < pos.length; i++) vals[i] = a[pos[i] as number] as number;
        out[k] = { sparse: { n, fill: fills[j] as number, pos: at, vals: this.array(vals) } };
      });
    }
    return out;
  }

  laterStrs(xs: readonly string[]): [number, number] {
    const first = this.laterLengths.length;
    for (const s of xs) {
      this.later.push(s);
      this.laterLengths.push(s.length);
      this.laterBytes += utf8Length(s);
      this.laterEnds.push(this.laterBytes);
    }
    return [first, xs.length];
  }

  finish(shape: Shape): PackedImage {
    const lengths = this.array(ints(this.lengths));
    const laterLengths = this.laterLengths.length ? this.array(ints(this.laterLengths)) : undefined;
    const laterEnds = this.laterEnds.length ? this.array(ints(this.laterEnds)) : undefined;
    const bytes = new Uint8Array(this.size);
    for (const { a, at } of this.parts) bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    const packed: PackedImage = {
      pack: 2,
      shape,
      bytes,
      text: this.strings.join(''),
      wide: this.wide.join(''),
      lengths,
    };
    if (laterLengths && laterEnds) {
      packed.later = new TextEncoder().encode(this.later.join(''));
      packed.laterLengths = laterLengths;
      packed.laterEnds = laterEnds;
    }
    return packed;
  }
}

/** The length of `s` in UTF-8 (a lone surrogate, which TextEncoder writes as U+FFFD, takes 3). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/**
 * Packs `image` (numbers, Int32Array, Uint8Array, string arrays, Map<int, string[] | int[]>, plain
 * objects). The string lists under the keys in `later` come back as { length, read() }, decoded on
 * their first read (the stored index's sources).
 */
export function packImage(image: object, opts: { later?: readonly string[] } = {}): PackedImage {
  const w = new Writer(new Set(opts.later ?? []));
  return w.finish(w.shape(image));
}

class Reader {
  /** Where each string starts in its joined text (`text`, or `wide` where its length is stored negative). */
  private starts: Int32Array;
  constructor(
    private p: PackedImage,
    private lengths: Int32Array,
  ) {
    this.starts = new Int32Array(lengths.length);
    let narrow = 0;
    let wide = 0;
    for (let i = 0; i < lengths.length; i++) {
      const n = lengths[i] as number;
      if (n >= 0) {
        this.starts[i] = narrow;
        narrow += n;
      } else {
        this.starts[i] = wide;
        wide += -1 - n;
      }
    }
    if (narrow !== p.text.length || wide !== p.wide.length) throw new Error('string lengths do not add up to the text');
  }

  // Views, not copies: a loaded index is only read, and copying 20 MB is time on a waking worker.
  i32([at, n]: [number, number]): Int32Array<ArrayBuffer> {
    return new Int32Array(this.p.bytes.buffer, this.p.bytes.byteOffset + at, n);
  }

  u8([at, n]: [number, number]): Uint8Array<ArrayBuffer> {
    return new Uint8Array(this.p.bytes.buffer, this.p.bytes.byteOffset + at, n);
  }

  /** All the later strings, decoded and cut once, on the first read of any later list. */
  private laterAll: string[] | undefined;

  private laterList([first, n]: [number, number]): { length: number; at(i: number): string; read(): string[] } {
    const { later, laterLengths, laterEnds } = this.p;
    if (!(later instanceof Uint8Array)) throw new Error('a later string list without its bytes');
    const lengths = this.i32(checkRange(laterLengths, 4, this.p.bytes.byteLength));
    const ends = this.i32(checkRange(laterEnds, 4, this.p.bytes.byteLength));
    if (ends.length !== lengths.length || (ends.length > 0 && ends[ends.length - 1] !== later.byteLength))
      throw new Error('later strings whose ends do not add up to their bytes');
    if (!isInt32(first) || !isInt32(n) || first < 0 || n < 0 || first + n > lengths.length)
      throw new Error('a later string list outside its lengths');
    let got: string[] | undefined;
    const dec = new TextDecoder();
    // Neither throws: bytes that are not UTF-8 give replacement characters, ends out of order an
    // empty string, and the image's checksum, which reads every string, tells a damaged store.
    return {
      length: n,
      at: (i: number): string => {
        if (got) return got[i] ?? '';
        if (!(i >= 0 && i < n)) return '';
        const k = first + i;
        const from = k > 0 ? (ends[k - 1] as number) : 0;
        const to = ends[k] as number;
        return from >= 0 && from <= to ? dec.decode(later.subarray(from, to)) : '';
      },
      read: () => (got ??= this.laterStrings(later, lengths).slice(first, first + n)),
    };
  }

  private laterStrings(later: Uint8Array, lengths: Int32Array): string[] {
    if (this.laterAll) return this.laterAll;
    const text = new TextDecoder().decode(later);
    const out = new Array<string>(lengths.length);
    for (let i = 0, at = 0; i < lengths.length; i++) {
      const len = Math.max(0, lengths[i] as number);
      out[i] = text.slice(at, at + len);
      at += len;
    }
    return (this.laterAll = out);
  }

  strs([first, n]: [number, number]): string[] {
    if (first < 0 || first + n > this.starts.length) throw new Error('a string list outside the text');
    const out = new Array<string>(n);
    const { text, wide } = this.p;
    for (let i = first; i < first + n; i++) {
      const len = this.lengths[i] as number;
      const at = this.starts[i] as number;
      out[i - first] = len >= 0 ? text.slice(at, at + len) : wide.slice(at, at - 1 - len);
    }
    return out;
  }

  value(s: Shape): unknown {
    if ('n' in s) return s.n;
    if ('i32' in s) return this.i32(checkRange(s.i32, 4, this.p.bytes.byteLength));
    if ('u8' in s) return this.u8(checkRange(s.u8, 1, this.p.bytes.byteLength));
    if ('strs' in s) return this.strs(s.strs);
    if ('later' in s) return this.laterList(s.later);
    if ('sparse' in s) {
      const { n, fill, pos, vals } = s.sparse;
      if (!isInt32(n) || n < 0 || !isInt32(fill)) throw new Error('a bad sparse table');
      const p = this.i32(checkRange(pos, 4, this.p.bytes.byteLength));
      const v = this.i32(checkRange(vals, 4, this.p.bytes.byteLength));
      if (p.length !== v.length) throw new Error('a sparse table whose slots and values disagree');
      const out = new Int32Array(n);
      if (fill !== 0) out.fill(fill);
      for (let i = 0; i < p.length; i++) {
        const at = p[i] as number;
        if (at < 0 || at >= n) throw new Error('a sparse slot outside its table');
        out[at] = v[i] as number;
      }
      return out;
    }
    if ('map' in s) {
      const keys = this.value(s.keys) as Int32Array;
      const counts = this.value(s.counts) as Int32Array;
      const values = this.value(s.values) as ArrayLike<unknown>;
      if (!(keys instanceof Int32Array) || !(counts instanceof Int32Array) || keys.length !== counts.length)
        throw new Error('a map whose keys and counts disagree');
      const m = new Map<number, unknown[]>();
      let at = 0;
      for (let i = 0; i < keys.length; i++) {
        const n = counts[i] as number;
        if (n < 0 || at + n > values.length) throw new Error('a map longer than its values');
        m.set(
          keys[i] as number,
          Array.from({ length: n }, (_, j) => values[at + j]),
        );
        at += n;
      }
      return m;
    }
    if ('obj' in s && typeof s.obj === 'object' && s.obj !== null) {
      const o: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.obj)) o[k] = this.value(v);
      return o;
    }
    throw new Error('an unknown part');
  }
}

function checkRange(r: unknown, width: number, size: number): [number, number] {
  if (!Array.isArray(r) || !isInt32(r[0]) || !isInt32(r[1]) || r[0] < 0 || r[1] < 0 || r[0] % 4 !== 0)
    throw new Error('a bad part');
  if (r[0] + r[1] * width > size) throw new Error('a part beyond the buffer');
  return [r[0], r[1]];
}

/** The image back, or why the stored form cannot be read (the caller rebuilds then). Never throws. */
export function unpackImage(x: unknown): { image: unknown } | { problem: string } {
  if (typeof x !== 'object' || x === null) return { problem: 'the stored image is not an object' };
  const p = x as Partial<PackedImage>;
  if (p.pack !== 2) return { problem: `packed as ${String(p.pack)}, expected 2` };
  if (
    !(p.bytes instanceof Uint8Array) ||
    p.bytes.byteOffset % 4 !== 0 ||
    typeof p.text !== 'string' ||
    typeof p.wide !== 'string' ||
    typeof p.shape !== 'object'
  )
    return { problem: 'the stored image lacks its parts' };
  try {
    const bytes = p.bytes;
    const [at, n] = checkRange(p.lengths, 4, bytes.byteLength);
    const lengths = new Int32Array(bytes.buffer, bytes.byteOffset + at, n);
    return { image: new Reader(p as PackedImage, lengths).value(p.shape as Shape) };
  } catch (e) {
    return { problem: `the stored image is damaged (${e instanceof Error ? e.message : String(e)})` };
  }
}
