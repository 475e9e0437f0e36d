// A stored row's large parts (typed arrays, buffers, long strings) moved into one Blob beside it.
// Chromium reads a 25 MB value of buffers and strings from IndexedDB in ~200 ms on a 2-core
// machine, and the same bytes as a Blob in ~110 ms, most of it off the worker's thread: the row
// itself comes back at once, and the Blob's bytes are read while the worker does other work.
// Each part's place in the Blob is a small record; anything that does not fit it is damage.

/** Where a part lies in the Blob: kind, byte offset, and length (elements, or bytes of UTF-8). */
interface PartRef {
  blobPart: ['ab' | 'i32' | 'u8' | 'str', number, number];
}

/** Strings shorter than this stay in the row. */
const LONG = 1 << 16;

function isPartRef(x: object): x is PartRef {
  const p = (x as Partial<PartRef>).blobPart;
  return Array.isArray(p) && Object.keys(x).length === 1;
}

/** `value` with its large parts replaced by references into `blob`. */
export function toBlobParts(value: unknown): { value: unknown; blob: Blob } {
  const parts: BlobPart[] = [];
  let size = 0;
  const enc = new TextEncoder();
  // The Blob copies each part when it is made, so parts are given as views, not copied first.
  const put = (bytes: Uint8Array<ArrayBuffer>, kind: PartRef['blobPart'][0], n: number): PartRef => {
    const at = size;
    parts.push(bytes);
    const pad = (4 - (bytes.byteLength % 4)) % 4;
    if (pad) parts.push(new Uint8Array(pad));
    size += bytes.byteLength + pad;
    return { blobPart: [kind, at, n] };
  };
  const walk = (x: unknown): unknown => {
    if (typeof x === 'string') {
      if (x.length < LONG) return x;
      const bytes = enc.encode(x);
      return put(bytes, 'str', bytes.byteLength);
    }
    if (typeof x !== 'object' || x === null) return x;
    if (x instanceof ArrayBuffer) return put(new Uint8Array(x), 'ab', x.byteLength);
    if (x instanceof Int32Array)
      return put(new Uint8Array(x.buffer as ArrayBuffer, x.byteOffset, x.byteLength), 'i32', x.length);
    if (x instanceof Uint8Array) return put(x as Uint8Array<ArrayBuffer>, 'u8', x.length);
    if (Array.isArray(x)) return x.map(walk);
    if (Object.getPrototypeOf(x) !== Object.prototype) throw new Error('blob parts: not a plain object');
    if (isPartRef(x)) throw new Error('blob parts: a value looks like a part reference');
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, walk(v)]));
  };
  const out = walk(value);
  return { value: out, blob: new Blob(parts) };
}

/**
 * The value toBlobParts was given, from its row value and the Blob's bytes; throws on damage. Its
 * typed arrays are views into `bytes`, not copies: a woken worker copying 20 MB it only reads spent
 * 50 to 100 ms on it (fresh pages), and the buffer is held once instead of twice.
 */
export function fromBlobParts(value: unknown, bytes: ArrayBuffer): unknown {
  const dec = new TextDecoder('utf-8', { fatal: true });
  const check = (at: number, len: number): void => {
    if (!Number.isInteger(at) || !Number.isInteger(len) || at < 0 || len < 0 || at + len > bytes.byteLength)
      throw new Error('a stored part lies outside its blob');
  };
  const walk = (x: unknown): unknown => {
    if (typeof x !== 'object' || x === null) return x;
    if (Array.isArray(x)) return x.map(walk);
    if (isPartRef(x)) {
      const [kind, at, n] = x.blobPart;
      check(at, kind === 'i32' ? n * 4 : n);
      if (kind === 'ab') return bytes.slice(at, at + n);
      if (kind === 'u8') return new Uint8Array(bytes, at, n);
      if (kind === 'i32') {
        if (at % 4 !== 0) throw new Error('a stored part of ints lies off a 4-byte boundary');
        return new Int32Array(bytes, at, n);
      }
      if (kind === 'str') return dec.decode(new Uint8Array(bytes, at, n));
      throw new Error(`a stored part of unknown kind ${String(kind)}`);
    }
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, walk(v)]));
  };
  return walk(value);
}
