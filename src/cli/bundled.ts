// Node loader for the CLIs: reads the committed public/data snapshots synchronously, checks each
// file against index.json's SHA-256 and validates its shape, and hands back RiskData.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BundleIndex } from '../core';
import { parseJson } from '../core';
import { assertBuiltinSnapshot, assertSnapshot, isBuiltinId } from '../core';
import type { BuiltinListId, BuiltinSnapshot, ClearedEntry, CustomEntry, RiskData, Snapshot } from '../core';

/** public/data of this checkout, whatever the current directory is. */
export const BUNDLED_DIR = resolve(import.meta.dirname, '../../public/data');

export function readBundleIndex(dir: string = BUNDLED_DIR): BundleIndex {
  const file = join(dir, 'index.json');
  const index = parseJson(readFileSync(file, 'utf8'), file) as BundleIndex;
  if (index.format !== 1 || !Array.isArray(index.lists))
    throw new Error(`${file}: not a bundle index (format 1 with lists[])`);
  return index;
}

/** Read and validate one snapshot file (any list, builtin or custom). */
export function loadSnapshotFile(path: string): Snapshot {
  return assertSnapshot(parseJson(readFileSync(path, 'utf8'), path), path);
}

function loadChecked<K extends BuiltinListId>(dir: string, id: K, file: string, sha256: string): BuiltinSnapshot<K> {
  const path = join(dir, file);
  const bytes = readFileSync(path);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256)
    throw new Error(`${path}: SHA-256 ${actual} does not match index.json (${sha256}); run npm run data`);
  return assertBuiltinSnapshot(parseJson(bytes.toString('utf8'), path), path, id);
}

/**
 * All bundled lists as the engine wants them. `custom` snapshots (e.g. from `--list FILE` options
 * of a CLI) can be passed in; they are validated too.
 */
export function loadBundledRiskData(opts: { dir?: string; customFiles?: string[] } = {}): RiskData {
  const dir = opts.dir ?? BUNDLED_DIR;
  const data: RiskData = { builtin: {}, custom: [] };
  const builtin = data.builtin as Record<BuiltinListId, Snapshot>;
  for (const entry of readBundleIndex(dir).lists) {
    if (!isBuiltinId(entry.id)) throw new Error(`${dir}/index.json: unknown list id "${entry.id}"`);
    builtin[entry.id] = loadChecked(dir, entry.id, entry.file, entry.sha256);
  }
  for (const path of opts.customFiles ?? []) {
    const s = loadSnapshotFile(path);
    if (isBuiltinId(s.meta.id)) throw new Error(`${path}: expected a custom list, found builtin id "${s.meta.id}"`);
    data.custom.push(s as Snapshot<CustomEntry | ClearedEntry>);
  }
  return data;
}
