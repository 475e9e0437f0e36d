// Shape of public/data/index.json: which bundled snapshots exist and their checksums, so loaders
// can verify files and the service worker can tell cheaply whether anything changed.
import type { BuiltinListId, ListMeta } from './types';

export interface BundleIndexEntry {
  id: BuiltinListId;
  file: string;
  /** Number of entries (for uflpa: entities, not records). */
  entries: number;
  /** SHA-256 (hex) of the file's bytes. */
  sha256: string;
  bytes: number;
  meta: ListMeta;
}

export interface BundleIndex {
  format: 1;
  lists: BundleIndexEntry[];
}
