// The layout of a file the extension's build compiles and ships (data/names-index.bin,
// data/origin-tables.bin): a 4-byte little-endian length, a UTF-8 JSON header (its format, the
// checksums of the lists it was made from, and the packed image's shape and strings), then the
// image's bytes from the next multiple of 4, so they are read as views, not copied.
import { packImage, unpackImage, type PackedImage } from './image-pack';

interface Header {
  format: number;
  /** List id -> SHA-256 of the bundled file it was made from. */
  lists: Record<string, string>;
  packed: Omit<PackedImage, 'bytes'>;
}

/** The file holding `image` (plain data, see image-pack.ts), made in `format` from `lists`. */
export function encodePackaged(image: object, format: number, lists: ReadonlyMap<string, string>): Uint8Array {
  const { bytes, ...packed } = packImage(image);
  const header: Header = { format, lists: Object.fromEntries(lists), packed };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const at = (4 + json.length + 3) & ~3;
  const out = new Uint8Array(at + bytes.byteLength);
  new DataView(out.buffer).setUint32(0, json.length, true);
  out.set(json, 4);
  out.set(bytes, at);
  return out;
}

/** Whether two lists' checksums (id -> sum) name the same lists with the same sums. */
export function sameSums(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([id, sum]) => b.get(id) === sum);
}

/** What a decoder expects of a file, and how it words a file that is not that. */
export interface Expected {
  format: number;
  lists: ReadonlyMap<string, string>;
  /** "index format 9, expected 10" */
  formatWord: string;
  /** Why a file made from other lists is not used. */
  otherLists: string;
}

/**
 * `read` of the image in `file` when the file is in the expected format and made from exactly the
 * expected lists, or why not (`read` returns a string for an image it refuses). Never throws.
 */
export function decodePackaged<T>(
  file: ArrayBuffer,
  want: Expected,
  read: (image: unknown) => T | string,
): { value: T } | { problem: string } {
  try {
    const n = new DataView(file).getUint32(0, true);
    if (4 + n > file.byteLength) return { problem: 'the file is shorter than its header' };
    const header = JSON.parse(new TextDecoder().decode(new Uint8Array(file, 4, n))) as Partial<Header>;
    if (header.format !== want.format)
      return { problem: `${want.formatWord} ${String(header.format)}, expected ${want.format}` };
    if (!sameSums(new Map(Object.entries(header.lists ?? {})), want.lists)) return { problem: want.otherLists };
    const unpacked = unpackImage({ ...header.packed, bytes: new Uint8Array(file, (4 + n + 3) & ~3) });
    if ('problem' in unpacked) return unpacked;
    const value = read(unpacked.image);
    return typeof value === 'string' ? { problem: value } : { value };
  } catch (e) {
    return { problem: `the file is damaged (${e instanceof Error ? e.message : String(e)})` };
  }
}
