// The bundled lists' name index, compiled when the extension is built and shipped as one file
// (data/names-index.bin), so a first install loads it instead of indexing the bundled names in a
// worker whose code is still cold (~110 ms of the first page's wait on a 2-core machine).
// The file (packaged-file.ts): a header with the index format, the checksums of the lists it
// indexes and the packed image's shape and strings, then the image's bytes. It is used only when its format and list checksums are this build's and the
// image passes the full check; anything else and the worker indexes the names itself.
import { createEngine, INDEX_FORMAT, MatchIndex } from '../core';
import type { ListId, RiskData } from '../core';
import { packImage, unpackImage, type PackedImage } from './image-pack';
import { partyListIds } from './index-store';
import { builtFrom, decodePackagedFile, encodePackagedFile } from './packaged-file';

export const PACKAGED_INDEX_FILE = 'data/names-index.bin';

interface Header {
  format: number;
  /** List id -> SHA-256 of the bundled file it was built from, in the engine's order. */
  lists: Record<string, string>;
  packed: Omit<PackedImage, 'bytes'>;
}

/**
 * The file for the bundled lists `data` (every bundled snapshot, as shipped) whose files have the
 * SHA-256 sums `sums`: made at build time by vite.config.ts, with this build's matcher.
 */
export function packageIndex(data: RiskData, sums: ReadonlyMap<ListId, string>): Uint8Array {
  return encodePackagedIndex(createEngine(data).internals.index, partySums(data, sums));
}

/** The checksum of each list whose names the engine indexes for `data`, in its order: what a file is built from. */
export function partySums(data: RiskData, sums: ReadonlyMap<ListId, string>): Map<ListId, string> {
  return new Map(partyListIds(data).map((id) => [id, sums.get(id) ?? '?']));
}

export function encodePackagedIndex(index: MatchIndex, lists: ReadonlyMap<ListId, string>): Uint8Array {
  const { bytes, ...rest } = packImage(index.toImage());
  const header: Header = { format: INDEX_FORMAT, lists: Object.fromEntries(lists), packed: rest };
  return encodePackagedFile(header, bytes);
}

/**
 * The index in `file` when it was built by this code's index format from exactly `lists` (id ->
 * checksum, the lists the engine will index), or why not.
 */
export function decodePackagedIndex(
  file: ArrayBuffer,
  lists: ReadonlyMap<ListId, string>,
): { index: MatchIndex } | { problem: string } {
  try {
    const { header, bytes } = decodePackagedFile(file);
    if (header['format'] !== INDEX_FORMAT)
      return { problem: `index format ${String(header['format'])}, expected ${INDEX_FORMAT}` };
    if (!builtFrom(header, lists)) return { problem: 'built from other lists' };
    const unpacked = unpackImage({ ...(header['packed'] as Header['packed']), bytes });
    if ('problem' in unpacked) return unpacked;
    const index = MatchIndex.fromImage(unpacked.image, true);
    return typeof index === 'string' ? { problem: index } : { index };
  } catch (e) {
    return { problem: `the file is damaged (${e instanceof Error ? e.message : String(e)})` };
  }
}
