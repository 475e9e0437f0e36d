// The bundled lists' name index, compiled when the extension is built and shipped as one file
// (data/names-index.bin), so a first install loads it instead of indexing the bundled names in a
// worker whose code is still cold (~110 ms of the first page's wait on a 2-core machine).
// The file's layout is packaged-file.ts's. It is used only when its format and list checksums are
// this build's and the image passes the full check; anything else and the worker indexes the names
// itself.
import { createEngine, INDEX_FORMAT, MatchIndex } from '../core';
import type { ListId, RiskData } from '../core';
import { partyListIds } from './index-store';
import { decodePackaged, encodePackaged } from './packaged-file';

export const PACKAGED_INDEX_FILE = 'data/names-index.bin';

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
  return encodePackaged(index.toImage(), INDEX_FORMAT, lists);
}

/**
 * The index in `file` when it was built by this code's index format from exactly `lists` (id ->
 * checksum, the lists the engine will index), or why not.
 */
export function decodePackagedIndex(
  file: ArrayBuffer,
  lists: ReadonlyMap<ListId, string>,
): { index: MatchIndex } | { problem: string } {
  const got = decodePackaged(
    file,
    { format: INDEX_FORMAT, lists, formatWord: 'index format', otherLists: 'built from other lists' },
    (image) => MatchIndex.fromImage(image, true),
  );
  return 'value' in got ? { index: got.value } : got;
}
