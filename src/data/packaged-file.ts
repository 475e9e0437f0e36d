// The layout of a file the extension's build compiles and ships (data/names-index.bin,
// data/origin-tables.bin): a 4-byte little-endian length, a UTF-8 JSON header (what the file was
// built from, and the packed image's shape and strings), then the image's bytes from the next
// multiple of 4, so they are read as views, not copied.
import type { PackedImage } from './image-pack';

export function encodePackagedFile(header: object, bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const at = (4 + json.length + 3) & ~3;
  const out = new Uint8Array(at + bytes.byteLength);
  new DataView(out.buffer).setUint32(0, json.length, true);
  out.set(json, 4);
  out.set(bytes, at);
  return out;
}

/** The header (parsed, unchecked) and the bytes after it; throws on a file too short or not JSON. */
export function decodePackagedFile(file: ArrayBuffer): {
  header: Record<string, unknown>;
  bytes: Uint8Array<ArrayBuffer>;
} {
  const n = new DataView(file).getUint32(0, true);
  if (4 + n > file.byteLength) throw new Error('the file is shorter than its header');
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(file, 4, n))) as unknown;
  if (typeof header !== 'object' || header === null) throw new Error('its header is not an object');
  return { header: header as Record<string, unknown>, bytes: new Uint8Array(file, (4 + n + 3) & ~3) };
}

/** Whether a header's `lists` (id -> checksum) are exactly `lists`. */
export function builtFrom(header: Record<string, unknown>, lists: ReadonlyMap<string, string>): boolean {
  const built = Object.entries((header['lists'] ?? {}) as Record<string, unknown>);
  return built.length === lists.size && built.every(([id, sum]) => lists.get(id) === sum);
}

export type PackedHeader = Omit<PackedImage, 'bytes'>;
