// SHA-256 with Web Crypto (service worker, extension pages and node 20 alike).
import type { Snapshot } from '../core';

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Checksum of a snapshot: SHA-256 of its compact JSON with keys in format/meta/role/entries order,
 * which is exactly the bytes `npm run data` writes, so a bundled file's index.json hash matches.
 */
export function snapshotJson(s: Snapshot): string {
  return JSON.stringify(
    s.role === undefined
      ? { format: s.format, meta: s.meta, entries: s.entries }
      : { format: s.format, meta: s.meta, role: s.role, entries: s.entries },
  );
}

export const snapshotChecksum = (s: Snapshot): Promise<string> => sha256Hex(snapshotJson(s));
