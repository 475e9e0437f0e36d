// The service worker's one engine, built from the lists in IndexedDB. After an install or update
// the bundled snapshots are stored once; a restart reads IndexedDB only. The bundle's index is
// compiled into the worker, so telling whether anything changed costs one settings row.
import browser from 'webextension-polyfill';
import { createEngine } from '../core';
import type { Engine } from '../core';
import type { BundleIndex } from '../core';
import type { BuiltinListId } from '../core';
import { openDb, type LaborLensDb } from '../data/db';
import { ensureBundled, loadRiskData, type ChangeRow } from '../data/list-store';
import bundleIndex from '../../public/data/index.json';

const INDEX = bundleIndex as BundleIndex;
let db: LaborLensDb | undefined;
let engine: Promise<Engine> | undefined;

export function getDb(): LaborLensDb {
  return (db ??= openDb());
}

/** Reads a bundled snapshot from the extension's files. */
export async function loadBundled(id: BuiltinListId): Promise<unknown> {
  const res = await fetch(browser.runtime.getURL(`data/${id}.json`));
  if (!res.ok) throw new Error(`bundled list ${id} is missing from the extension (${res.status})`);
  return res.json();
}

export function bundleMarker(): string {
  return `${browser.runtime.getManifest().version}:${INDEX.lists.map((l) => l.sha256).join(',')}`;
}

let bundledChanged: ((changes: ChangeRow[]) => void) | undefined;
/** Told of the lists an extension update changed (set once by the service worker's wiring). */
export function onBundledChanges(fn: (changes: ChangeRow[]) => void): void {
  bundledChanged = fn;
}

async function build(): Promise<Engine> {
  const d = getDb();
  const changes: ChangeRow[] = [];
  const result = await ensureBundled(d, loadBundled, { marker: bundleMarker(), index: INDEX, changes });
  for (const f of result.failed) console.error(`LaborLens: bundled list ${f.id} failed: ${f.error}`);
  const engine = createEngine(await loadRiskData(d));
  if (changes.length) bundledChanged?.(changes);
  return engine;
}

export function getEngine(): Promise<Engine> {
  engine ??= build().catch((e: unknown) => {
    engine = undefined; // the next question tries again
    throw e;
  });
  return engine;
}

/** After lists change: the next question gets an engine built from the new data. */
export function invalidateEngine(): void {
  engine = undefined;
}
