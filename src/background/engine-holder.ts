// The service worker's one engine, built from the lists in IndexedDB. After an install or update
// the bundled snapshots are stored once; a restart reads IndexedDB only. The bundle's index is
// compiled into the worker, so telling whether anything changed costs one settings row. The
// compiled name index is stored too (data/index-store.ts): a worker woken after its idle stop
// loads it instead of indexing every name again, unless anything about it disagrees.
import browser from 'webextension-polyfill';
import { createEngine, engineTables, isBuiltinId, warmEngine, warmIndex } from '../core';
import type { Engine, EngineTables, LaborLensEngine, MatchIndex } from '../core';
import type { BundleIndex } from '../core';
import type { BuiltinListId, ListId, RiskData, Snapshot } from '../core';
import { openDb, type LaborLensDb, type ListRow, type SnapshotRow } from '../data/db';
import { toSnapshot } from '../data/stored-check';
import { decodePackagedIndex, PACKAGED_INDEX_FILE, partySums } from '../data/packaged-index';
import { decodePackagedTables, OTHER_LISTS, PACKAGED_TABLES_FILE, tableSums } from '../data/packaged-tables';
import { sameSums } from '../data/packaged-file';
import {
  enabledListRows,
  ensureBundled,
  inListOrder,
  listRowOf,
  PreparedBundled,
  loadRiskData,
  type ChangeRow,
  type EnsureBundledResult,
  type LoadOptions,
  type LoadReport,
} from '../data/list-store';
import {
  indexStamp,
  loadStoredIndex,
  partyListIds,
  readStoredRow,
  saveStoredIndex,
  stampOf,
  type RowRead,
  type StoredIndex,
} from '../data/index-store';
import bundleIndex from '../../public/data/index.json';

const INDEX = bundleIndex as BundleIndex;
let db: LaborLensDb | undefined;
let engine: Promise<Engine> | undefined;

export function getDb(): LaborLensDb {
  return (db ??= openDb());
}

async function readBundled(id: BuiltinListId): Promise<string> {
  const res = await fetch(browser.runtime.getURL(`data/${id}.json`));
  if (!res.ok) throw new Error(`bundled list ${id} is missing from the extension (${res.status})`);
  return res.text();
}

/** Bundled files asked for before the engine's build needed them (see prefetchBundled). */
const prefetched = new Map<BuiltinListId, Promise<string | PreparedBundled>>();
let packagedIndex: Promise<ArrayBuffer> | undefined;
let installing = false;

async function readPackaged(file: string): Promise<ArrayBuffer> {
  const res = await fetch(browser.runtime.getURL(file));
  if (!res.ok) throw new Error(`${file} is missing from the extension (${res.status})`);
  return res.arrayBuffer();
}
const readPackagedIndex = (): Promise<ArrayBuffer> => readPackaged(PACKAGED_INDEX_FILE);

type TablesGot = ReturnType<typeof decodePackagedTables>;
/** The packaged place tables, read and decoded from when a build starts (see decodeTables, tablesFor). */
let packagedTables: Promise<TablesGot> | undefined;
/** The SHA-256 of each bundled list's file, as this build ships it (what its packaged files were made from). */
const SHIPPED = new Map<ListId, string>(INDEX.lists.map((l) => [l.id, l.sha256]));
const SHIPPED_TABLES = tableSums(SHIPPED);

/**
 * The packaged place tables decoded, as made from the shipped lists (tablesFor uses them only for
 * exactly those lists). A woken worker decodes them once its stored index's Blob is being read
 * (`after`), overlapping that read, rather than after the lists are read: from the build's start
 * to the first page scanned, 369 -> 318 ms (median of 12 wakes with 100,000 names, 2 cores).
 */
function decodeTables(after?: Promise<unknown>): Promise<TablesGot> {
  return Promise.all([readPackaged(PACKAGED_TABLES_FILE), after]).then(
    ([file]) => decodePackagedTables(file, SHIPPED_TABLES),
    (e: unknown) => ({ problem: String(e) }),
  );
}

/** Reads a bundled snapshot's text from the extension's files (ensureBundled checks and parses it). */
export function loadBundled(id: BuiltinListId): Promise<string | PreparedBundled> {
  const early = prefetched.get(id);
  prefetched.delete(id);
  return early ?? readBundled(id);
}

/**
 * On install or update every bundled file is about to be read: asked for now, they are read, hashed
 * and parsed while the database opens (~300 ms on a first install on a busy 2-core machine)
 * instead of after it. Does nothing once a build began.
 */
export function prefetchBundled(install: boolean): void {
  if (engine) return;
  // Installed, not updated: the database should be new, so the build makes its engine while it
  // opens, and uses it once it is seen empty (ensureBundled's `fresh`).
  installing = install;
  for (const { id, sha256 } of INDEX.lists) {
    const p = readBundled(id).then((text) => PreparedBundled.of(text, sha256));
    p.catch(() => undefined); // the build awaits it and reports its failure
    prefetched.set(id, p);
  }
  packagedIndex = readPackagedIndex();
  packagedIndex.catch(() => undefined);
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
  /** Why the stored index was not used (when built, or taken from the package), or "first install". */
  reason?: string;
  /**
   * "package": no stored index fit, and the index compiled when the extension was built for its
   * bundled lists (data/names-index.bin) was taken.
   */
  from?: 'package';
  parties: number;
  /** Where the parties came from: the stored copy beside the index (entries read when named), or the lists. */
  partiesFrom: 'stored' | 'lists';
  /** Where the place tables came from: the extension's packaged file, or made from the lists. */
  tables: 'package' | 'made';
  ms: number;
  /** ms since the worker started when the build began (its script's load and first event). */
  startedAfter: number;
  /**
   * ms per step: bundled lists checked, lists read and checked, stored index read, engine made.
   * With parties from the stored copy the index is read (and warmed) first, the lists meanwhile:
   * `index` is then the list rows and the index, `lists` the rest of the lists and their tables.
   */
  steps: { bundled: number; lists: number; index: number; engine: number };
  at: string;
}

/**
 * Lists (id -> checksum) checked in full since the browser started. storage.session outlives the
 * worker but not the browser, so each browser session checks every list once, and a woken worker
 * does not hash 100,000 names again.
 */
const VERIFIED_KEY = 'verifiedLists';
function verifiedLists(got: unknown): Map<ListId, string> {
  if (typeof got !== 'object' || got === null) return new Map();
  return new Map(
    Object.entries(got as Record<string, unknown>).filter((e): e is [ListId, string] => typeof e[1] === 'string'),
  );
}

/**
 * The key (loadStoredIndex) of the stored index checked in full since the browser started, as
 * VERIFIED_KEY is for the lists: a woken worker loads that same image without checking it again.
 */
const VERIFIED_INDEX_KEY = 'verifiedIndex';

/** What this session already checked, read in one call (on a woken worker, one of its first). */
interface Checked {
  lists: Map<ListId, string>;
  index: string | undefined;
}
async function checkedThisSession(): Promise<Checked> {
  try {
    const got = await browser.storage.session.get([VERIFIED_KEY, VERIFIED_INDEX_KEY]);
    const index = got[VERIFIED_INDEX_KEY];
    return { lists: verifiedLists(got[VERIFIED_KEY]), index: typeof index === 'string' ? index : undefined };
  } catch {
    return { lists: new Map(), index: undefined };
  }
}

/** Reads begun when a build starts, awaited where needed: the stored index's row, and what this session checked. */
interface Reads {
  row: Promise<RowRead>;
  checked: Promise<Checked>;
  /** Settles once the stored index's Blob is being read (or the row's read is over). */
  blobReading: Promise<unknown>;
}

function startReads(d: LaborLensDb): Reads {
  let begun = (): void => undefined;
  const blobRead = new Promise<void>((r) => (begun = r));
  const row = readStoredRow(d, () => begun());
  return { row, checked: checkedThisSession(), blobReading: Promise.race([blobRead, row]) };
}

/** The stored index, checked in full unless this session already did (then noted for the next wake). */
async function storedIndex(d: LaborLensDb, stamp: string, reads: Reads): Promise<StoredIndex> {
  const verified = (await reads.checked).index;
  const row = reads.row;
  const stored = await loadStoredIndex(d, stamp, { parties: true, row, ...(verified ? { verified } : {}) });
  if (stored.index && stored.key !== verified)
    void browser.storage.session.set({ [VERIFIED_INDEX_KEY]: stored.key }).catch(() => undefined);
  return stored;
}

async function build(): Promise<Engine> {
  const t0 = performance.now();
  const d = getDb();
  const fresh = installing;
  installing = false; // a later build reads what is stored
  // The stored index is the largest read: started first, it arrives while the lists are read. What
  // this session checked is read meanwhile (the stored row's read can hold it up by 200 ms). A new
  // database has neither, and the engine is made while it opens.
  const reads = fresh ? undefined : startReads(d);
  packagedTables = decodeTables(reads?.blobReading);
  const changes: ChangeRow[] = [];
  const result = await ensureBundled(d, loadBundled, {
    marker: bundleMarker(),
    index: INDEX,
    changes,
    deferFirstWrites: true,
    fresh,
  });
  prefetched.clear(); // files the lists already stored made unnecessary
  for (const f of result.failed) console.error(`LaborLens: bundled list ${f.id} failed: ${f.error}`);
  const t1 = performance.now();
  storing = result.written?.catch(() => undefined);
  // A first install's engine is made before anything else is awaited, so its deferred writes
  // (begun a task later) wait for it.
  let made = result.written
    ? await fromFirstInstall(
        d,
        result.stored,
        result.written.then(() => (result.notFresh ? undefined : result.failed)),
      )
    : await fromReads(d, result, reads ?? startReads(d));
  // Made while the database opened, on the word of an install: used only if it was indeed empty.
  // The wait is spent on the first scan's one-time costs.
  if (result.empty) {
    warmEngine(made.engine);
    if (!(await result.empty)) {
      await result.written; // the regular update
      made = await fromReads(d, result, startReads(d));
    } else if (storing) {
      const rows = rowsBeingWritten(result.stored, result.writtenAt ?? new Date());
      writing = rows;
      void storing.then(() => {
        if (writing === rows) writing = undefined;
      });
    }
  }
  const t4 = performance.now();
  const info: EngineInfo = {
    ...made.info,
    parties: made.engine.internals.parties.length,
    ms: Math.round(t4 - t0),
    startedAfter: Math.round(t0),
    steps: { bundled: Math.round(t1 - t0), ...made.steps },
    at: new Date().toISOString(),
  };
  void browser.storage.session.set({ engine: info }).catch(() => undefined);
  if (changes.length) bundledChanged?.(changes);
  return made.engine;
}

async function fromReads(d: LaborLensDb, result: EnsureBundledResult, reads: Reads): Promise<Made> {
  const trusted = (await reads.checked).lists;
  return fromStored(d, { trusted, fresh: new Set(result.loaded), stored: result.stored }, reads);
}

async function fromStored(d: LaborLensDb, opts: LoadOptions, reads: Reads): Promise<Made> {
  return (await fromStoredParties(d, opts, reads)) ?? (await fromLists(d, opts, reads));
}

interface Made {
  engine: LaborLensEngine;
  info: Pick<EngineInfo, 'index' | 'reason' | 'partiesFrom' | 'from' | 'tables'>;
  steps: Omit<EngineInfo['steps'], 'bundled'>;
}

/** Notes the lists checked this session (see verifiedLists); waits for nothing. */
function noteVerified(checksums: ReadonlyMap<ListId, string>): void {
  void browser.storage.session.set({ [VERIFIED_KEY]: Object.fromEntries(checksums) }).catch(() => undefined);
}

/**
 * A woken worker whose custom lists were all checked this session and are unchanged: the stored
 * index and the parties stored with it, so their 100,000 entries are not read back (a party's
 * entry is parsed when a page names it). Only the bundled lists are read. Undefined when anything
 * disagrees: then the lists are read in full.
 */
async function fromStoredParties(d: LaborLensDb, opts: LoadOptions, reads: Reads): Promise<Made | undefined> {
  const t1 = performance.now();
  const rows = await enabledListRows(d, opts);
  const custom = rows.filter((r) => !isBuiltinId(r.row.id));
  if (!custom.length || !custom.every((r) => r.trusted)) return undefined;
  const report: LoadReport = { damaged: [], checksums: new Map() };
  // The bundled lists are read while the stored index, asked for first, is checked and warmed: the
  // stamp is made from the list rows, and must equal the one made from the lists as read.
  const reading = loadRiskData(d, report, { ...opts, skip: new Set(custom.map((r) => r.row.id)) });
  const named = (id: ListId) => rows.find((r) => r.row.id === id)?.row;
  const byRows = new Map(rows.map((r) => [r.row.id, r.row.checksum]));
  const ids = [...(['uflpa', 'cbp-wro'] as const).filter((id) => named(id)), ...custom.map((r) => r.row.id)];
  const stamp = stampOf(codeId(), ids, byRows);
  const stored = await storedIndex(d, stamp, reads);
  if (stored.index) warmIndex(stored.index);
  const t2 = performance.now();
  const data = await reading;
  const checksums = report.checksums ?? new Map<ListId, string>();
  for (const { row } of custom) checksums.set(row.id, row.checksum);
  if (
    report.damaged.length ||
    stampOf(codeId(), [...partyListIds(data), ...custom.map((r) => r.row.id)], checksums) !== stamp
  )
    return undefined;
  if (!stored.index || !stored.parties || !stored.runs || !partiesFit(stored.runs, ids, custom)) return undefined;
  const { tables, from } = await tablesFor(data, checksums);
  const t3 = performance.now();
  const engine = createEngine(data, { index: stored.index, parties: stored.parties, tables });
  if (engine.internals.index !== stored.index) return undefined;
  noteVerified(checksums);
  return {
    engine,
    info: { index: 'loaded', partiesFrom: 'stored', tables: from },
    steps: {
      // Here the index comes first: its read, check and warm-up, then what was left of the lists.
      index: Math.round(t2 - t1),
      lists: Math.round(t3 - t2),
      engine: Math.round(performance.now() - t3),
    },
  };
}

/**
 * The stored parties come in runs of the lists, in their order (a list naming no party has none),
 * and each custom list's run has as many parties as its row has entries.
 */
function partiesFit(
  runs: readonly { list: ListId; count: number }[],
  ids: readonly ListId[],
  custom: readonly { row: { id: ListId; entryCount: number } }[],
): boolean {
  let at = 0;
  for (const r of runs) {
    while (at < ids.length && ids[at] !== r.list) at++;
    if (at === ids.length) return false;
    at++;
  }
  const counts = new Map(runs.map((r) => [r.list, r.count]));
  return custom.every(({ row }) => (counts.get(row.id) ?? 0) === row.entryCount);
}

/**
 * A first install: the engine made from the bundled files just parsed, while they are written
 * (every list is enabled; there is no custom list and no stored index yet). Its index is stored
 * once the lists are, so the stored index never names a list that failed to be stored.
 */
async function fromFirstInstall(
  d: LaborLensDb,
  stored: ReadonlyMap<BuiltinListId, SnapshotRow>,
  /** The writes' failures, or undefined when the database held lists after all (see build). */
  written: Promise<readonly { id: ListId; error: string }[] | undefined>,
): Promise<Made> {
  const t1 = performance.now();
  const data: RiskData = { builtin: {}, custom: [] };
  const checksums = new Map<ListId, string>();
  for (const [id, row] of stored) {
    (data.builtin as Record<string, Snapshot>)[id] = toSnapshot(row);
    checksums.set(id, row.checksum);
  }
  const packaged = await packagedIndexFor(data, checksums);
  const { tables, from } = await tablesFor(data, checksums);
  const built = createEngine(data, packaged ? { index: packaged, tables } : { tables });
  const t2 = performance.now();
  void written
    .then((failed) => {
      if (failed === undefined) return; // not a new database: that engine was not used (see build)
      for (const f of failed) console.error(`LaborLens: bundled list ${f.id} could not be stored: ${f.error}`);
      // Not stored whole: the next start reads the bundled files again, and builds again.
      if (failed.length) return;
      noteVerified(checksums);
      return saveStoredIndex(d, indexStamp(codeId(), data, checksums), built.internals.index, built.internals.parties);
    })
    .catch((e: unknown) => console.error('LaborLens: could not store the name index (the next start rebuilds it)', e));
  return {
    engine: built,
    info: {
      ...(packaged && built.internals.index === packaged
        ? { index: 'loaded', reason: 'first install', from: 'package' }
        : { index: 'built', reason: 'first install' }),
      partiesFrom: 'lists',
      tables: from,
    },
    steps: { lists: 0, index: 0, engine: Math.round(t2 - t1) },
  };
}

/**
 * The index the extension's build compiled from the bundled files (data/names-index.bin), when the
 * lists whose names the engine indexes are exactly those files: no custom list, none replaced by a
 * feed. A first install, an update, or a stored index lost or damaged: no names indexed in the worker.
 */
async function packagedIndexFor(
  data: RiskData,
  checksums: ReadonlyMap<ListId, string>,
): Promise<MatchIndex | undefined> {
  const party = partySums(data, checksums);
  if (data.custom.length > 0 || [...party].some(([id, sum]) => SHIPPED.get(id) !== sum)) return undefined;
  const file = await (packagedIndex ?? readPackagedIndex()).catch((e: unknown) => e);
  packagedIndex = undefined;
  const got = file instanceof ArrayBuffer ? decodePackagedIndex(file, party) : { problem: String(file) };
  if ('index' in got) return got.index;
  console.warn(`LaborLens: indexing the bundled lists (${got.problem})`);
  return undefined;
}

/**
 * The engine's tables for `data`, the place tables from the extension's packaged file when the
 * countries and places are exactly the files it was made from (not replaced by a feed).
 */
async function tablesFor(
  data: RiskData,
  checksums: ReadonlyMap<ListId, string>,
): Promise<{ tables: EngineTables; from: EngineInfo['tables'] }> {
  const early = packagedTables;
  packagedTables = undefined;
  const got = sameSums(tableSums(checksums), SHIPPED_TABLES)
    ? await (early ?? decodeTables())
    : { problem: OTHER_LISTS };
  if ('tables' in got) return { tables: engineTables(data, got.tables), from: 'package' };
  if (got.problem !== OTHER_LISTS) console.warn(`LaborLens: making the place tables (${got.problem})`);
  return { tables: engineTables(data), from: 'made' };
}

/**
 * Every enabled list read (and checked unless trusted), and the stored index used when it fits, or
 * else the one shipped for the bundled lists when it fits.
 */
async function fromLists(d: LaborLensDb, opts: LoadOptions, reads: Reads): Promise<Made> {
  const t1 = performance.now();
  const report: LoadReport = { damaged: [], checksums: new Map() };
  const data = await loadRiskData(d, report, opts);
  noteVerified(report.checksums ?? new Map());
  const t2 = performance.now();
  const stamp = indexStamp(codeId(), data, report.checksums ?? new Map());
  const stored = await storedIndex(d, stamp, reads);
  const packaged = stored.index ? undefined : await packagedIndexFor(data, report.checksums ?? new Map());
  const t3 = performance.now();
  const index = stored.index ?? packaged;
  const { tables, from } = await tablesFor(data, report.checksums ?? new Map());
  const built = createEngine(data, index ? { index, tables } : { tables });
  const t4 = performance.now();
  const used = built.internals.index === stored.index;
  const shipped = packaged !== undefined && built.internals.index === packaged;
  // Saving waits for nothing: the first page is scanned first. Making the image to store is
  // synchronous work (20 to 80 ms for the bundled lists, far more for 100,000 names), so it starts
  // a task later, after the scans waiting for this engine. An index stored without whole parties
  // is stored again, so the next wake can skip the entries.
  if (!used || stored.partiesProblem !== undefined)
    setTimeout(() => {
      void saveStoredIndex(d, stamp, built.internals.index, built.internals.parties).catch((e: unknown) =>
        console.error('LaborLens: could not store the name index (the next start rebuilds it)', e),
      );
    }, 0);
  return {
    engine: built,
    info: {
      index: used || shipped ? 'loaded' : 'built',
      partiesFrom: 'lists',
      tables: from,
      ...(used ? {} : { reason: stored.index ? 'the stored index does not fit the lists' : stored.reason }),
      ...(shipped ? { from: 'package' as const } : {}),
    },
    steps: { lists: Math.round(t2 - t1), index: Math.round(t3 - t2), engine: Math.round(t4 - t3) },
  };
}

/** On a first install, the bundled lists' writes, which finish after the engine is made. */
let storing: Promise<void> | undefined;
/** Meanwhile, the rows those writes store (what the engine was made from). */
let writing: ListRow[] | undefined;

function rowsBeingWritten(stored: ReadonlyMap<BuiltinListId, SnapshotRow>, at: Date): ListRow[] {
  const now = at.toISOString();
  return inListOrder([...stored.values()].map((row) => listRowOf(toSnapshot(row), 'bundled', row.checksum, now)));
}

/**
 * The list rows while a first install's writes still run (then those the engine was made from,
 * as they are being written), else undefined: the first page's flags need the lists' names and
 * dates, and waited 300 ms on a 2-core machine for 2 MB of writes they do not depend on.
 */
export async function listRowsWhileStoring(): Promise<readonly ListRow[] | undefined> {
  await getEngine();
  return writing;
}

/**
 * The engine, once the lists it was made from are stored as well: for whatever reads the list rows
 * (the options page's list summaries, feed updates, the versions a check is recorded with).
 */
export async function listsStored(): Promise<Engine> {
  const e = await getEngine();
  await storing;
  return e;
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
