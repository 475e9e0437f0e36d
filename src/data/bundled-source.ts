// How the extension reads its own bundled snapshots (public/data -> <extension>/data/). Kept apart
// from ensure-bundled so tests and the CLI can pass other loaders.
import type { BundleIndex } from '../core';
import type { BuiltinListId } from '../core';
import { sha256Hex } from './checksum';
import type { FetchFn } from './feed-update';

/** `urlOf` is e.g. `(p) => chrome.runtime.getURL(p)`; returns a loader for ensureBundled. */
export function bundledLoader(
  fetchFn: FetchFn,
  urlOf: (path: string) => string,
): (id: BuiltinListId) => Promise<unknown> {
  return async (id) => {
    const res = await fetchFn(urlOf(`data/${id}.json`));
    if (!res.ok) throw new Error(`bundled data/${id}.json: HTTP ${res.status}`);
    return JSON.parse(await res.text()) as unknown;
  };
}

/**
 * Reads data/index.json (8 KB) and derives the marker ensureBundled stores. Callers that want zero
 * reads on a service-worker restart can use the extension version alone as the marker instead:
 * bundled data only changes with a new build.
 */
export async function bundledIndex(
  fetchFn: FetchFn,
  urlOf: (path: string) => string,
  extensionVersion: string,
): Promise<{ index: BundleIndex; marker: string }> {
  const res = await fetchFn(urlOf('data/index.json'));
  if (!res.ok) throw new Error(`bundled data/index.json: HTTP ${res.status}`);
  const text = await res.text();
  return { index: JSON.parse(text) as BundleIndex, marker: `${extensionVersion}:${await sha256Hex(text)}` };
}
