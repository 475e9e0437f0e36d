// `npm run data [-- --from DIR] [--out DIR] [--only id,id]`: parse the raw lists in ../shared/data
// with the core parsers, check them, and write public/data/<id>.json plus index.json. The output is
// committed so the extension builds without ../shared. Output is deterministic (no timestamps), so
// re-running on unchanged input changes no file.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUILDERS, buildSnapshot } from './build-all';
import type { BundleIndex, BundleIndexEntry } from '../core';
import { ListParseError } from '../core';
import { assertSnapshot, BUILTIN_IDS } from '../core';

const repo = resolve(import.meta.dirname, '../..');

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const from = resolve(argValue('--from') ?? join(repo, '../shared/data'));
  const out = resolve(argValue('--out') ?? join(repo, 'public/data'));
  const only = argValue('--only')?.split(',');
  if (!existsSync(from)) throw new Error(`raw data folder not found: ${from} (use --from DIR)`);
  const read = (name: string): { file: string; text: string } => ({
    file: name,
    text: readFileSync(join(from, name), 'utf8'),
  });
  mkdirSync(out, { recursive: true });
  const lists: BundleIndexEntry[] = [];
  // Build and check everything before writing anything: a bad row must not leave a half-updated folder.
  const built = BUILTIN_IDS.filter((id) => BUILDERS[id] && (!only || only.includes(id))).map((id) => {
    const snapshot = buildSnapshot(id, read);
    assertSnapshot(snapshot, `${id} (built)`, id);
    return { id, snapshot };
  });
  for (const { id, snapshot } of built) {
    const json = JSON.stringify(snapshot);
    const file = `${id}.json`;
    writeFileSync(join(out, file), json);
    lists.push({
      id,
      file,
      entries: snapshot.entries.length,
      sha256: createHash('sha256').update(json).digest('hex'),
      bytes: Buffer.byteLength(json),
      meta: snapshot.meta,
    });
    console.log(`${id}: ${snapshot.entries.length} entries -> ${file}`);
  }
  if (only) {
    // Partial rebuild: keep the other lists' index rows.
    const indexPath = join(out, 'index.json');
    const old: BundleIndex = existsSync(indexPath)
      ? (JSON.parse(readFileSync(indexPath, 'utf8')) as BundleIndex)
      : { format: 1, lists: [] };
    const merged = BUILTIN_IDS.map((id) => lists.find((l) => l.id === id) ?? old.lists.find((l) => l.id === id)).filter(
      (l): l is BundleIndexEntry => l !== undefined,
    );
    lists.splice(0, lists.length, ...merged);
  }
  const index: BundleIndex = { format: 1, lists };
  writeFileSync(join(out, 'index.json'), `${JSON.stringify(index, null, 1)}\n`);
  console.log(`index.json: ${lists.length} lists`);
}

try {
  main();
} catch (e) {
  console.error(e instanceof ListParseError ? `data error: ${e.message}` : e instanceof Error ? e.message : e);
  process.exit(1);
}
