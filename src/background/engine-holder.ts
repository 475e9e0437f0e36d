// The service worker's one engine, built from the lists in IndexedDB. After an install or update
// the bundled snapshots are stored once; a restart reads IndexedDB only. The bundle's index is
// compiled into the worker, so telling whether anything changed costs one settings row. The
// compiled name index is stored too (data/index-store.ts): a worker woken after its idle stop
// loads it instead of indexing every name again, unless anything about it disagrees.
import browser from 'webextension-polyfill';
import { createEngine } from '../core';
import type { Engine } from '../core';
import type { BundleIndex } from '../core';
import type { BuiltinListId, ListId } from '../core';
import { openDb, type LaborLensDb } from '../data/db';
import { ensureBundled, loadRiskData, type ChangeRow, type LoadReport } from '../data/list-store';
import { indexStamp, loadStoredIndex, saveStoredIndex } from '../data/index-store';
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

/**
 * What built this worker's name index: the worker's own script URL carries the build's content
 * hash (a new build, even of the same version, may compile names differently), and the version.
 */
function codeId(): string {
  return `${browser.runtime.getManifest().version} ${new URL(import.meta.url).pathname}`;
}

/** How the engine got its name index, kept in storage.session for diagnostics and tests. */
export interface EngineInfo {
  index: 'loaded' | 'built';
  /** Why the stored index was not used (when built). */
  reason?: string;
  parties: number;
  ms: number;
  /** ms since the worker started when the build began (its script's load and first event). */
  startedAfter: number;
  /** ms per step: bundled lists checked, lists read and checked, stored index read, engine made. */
  steps: { bundled: number; lists: number; index: number; engine: number };
  at: string;
}

/**
 * Lists (id -> checksum) checked in full since the browser started. storage.session outlives the
 * worker but not the browser, so each browser session checks every list once, and a woken worker
 * does not hash 100,000 names again.
 */
const VERIFIED_KEY = 'verifiedLists';
async function verifiedLists(): Promise<Map<ListId, string>> {
  try {
    const got = (await browser.storage.session.get(VERIFIED_KEY))[VERIFIED_KEY];
    if (typeof got !== 'object' || got === null) return new Map();
    return new Map(
      Object.entries(got as Record<string, unknown>).filter((e): e is [ListId, string] => typeof e[1] === 'string'),
    );
  } catch {
    return new Map();
  }
}

async function build(): Promise<Engine> {
  const t0 = performance.now();
  const d = getDb();
  const changes: ChangeRow[] = [];
  const result = await ensureBundled(d, loadBundled, { marker: bundleMarker(), index: INDEX, changes });
  for (const f of result.failed) console.error(`LaborLens: bundled list ${f.id} failed: ${f.error}`);
  const t1 = performance.now();
  const report: LoadReport = { damaged: [], checksums: new Map() };
  const data = await loadRiskData(d, report, { trusted: await verifiedLists(), fresh: new Set(result.loaded) });
  void browser.storage.session
    .set({ [VERIFIED_KEY]: Object.fromEntries(report.checksums ?? []) })
    .catch(() => undefined);
  const t2 = performance.now();
  const stamp = indexStamp(codeId(), data, report.checksums ?? new Map());
  const stored = await loadStoredIndex(d, stamp);
  const t3 = performance.now();
  const built = createEngine(data, stored.index ? { index: stored.index } : {});
  const t4 = performance.now();
  const used = built.internals.index === stored.index;
  const info: EngineInfo = {
    index: used ? 'loaded' : 'built',
    ...(used ? {} : { reason: stored.index ? 'the stored index does not fit the lists' : stored.reason }),
    parties: built.internals.parties.length,
    ms: Math.round(t4 - t0),
    startedAfter: Math.round(t0),
    steps: {
      bundled: Math.round(t1 - t0),
      lists: Math.round(t2 - t1),
      index: Math.round(t3 - t2),
      engine: Math.round(t4 - t3),
    },
    at: new Date().toISOString(),
  };
  // Saving and the note wait for nothing: the first page is scanned meanwhile.
  if (!used)
    void saveStoredIndex(d, stamp, built.internals.index).catch((e: unknown) =>
      console.error('LaborLens: could not store the name index (the next start rebuilds it)', e),
    );
  void browser.storage.session.set({ engine: info }).catch(() => undefined);
  if (changes.length) bundledChanged?.(changes);
  return built;
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
