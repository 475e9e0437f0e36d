// The service worker's one engine, built from the lists in IndexedDB. On first start after an
// install or update the bundled snapshots are stored; after that a restart reads IndexedDB only.
import browser from 'webextension-polyfill';
import { createEngine } from '../core/engine';
import type { Engine } from '../core/engine-api';
import { openDb, type LensDb } from '../data/db';
import { ensureBundled, loadRiskData } from '../data/list-store';

let db: LensDb | undefined;
let engine: Promise<Engine> | undefined;

export function getDb(): LensDb {
  return (db ??= openDb());
}

export async function loadBundled(id: string): Promise<unknown> {
  const res = await fetch(browser.runtime.getURL(`data/${id}.json`));
  if (!res.ok) throw new Error(`bundled list ${id} is missing from the extension (${res.status})`);
  return res.json();
}

async function build(): Promise<Engine> {
  const d = getDb();
  await ensureBundled(d, loadBundled);
  return createEngine(await loadRiskData(d));
}

export function getEngine(): Promise<Engine> {
  engine ??= build().catch((e: unknown) => {
    engine = undefined; // the next message tries again
    throw e;
  });
  return engine;
}

/** After lists change: the next question gets an engine built from the new data. */
export function invalidateEngine(): void {
  engine = undefined;
}
