// Copies the raw list sources that `npm run data` reads from ../shared/data into
// test/fixtures/lists/shared-data (gzip), so the parser tests and the rebuild check of public/data
// run on a clean checkout, where ../shared is absent. Run after `npm run data` when the data changed:
//   npx tsx test/tools/copy-shared-data.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSnapshot } from '../../src/build/build-all';
import { BUILTIN_IDS } from '../../src/core/lists/snapshot-check';

const REPO = resolve(import.meta.dirname, '../..');
const SHARED = resolve(REPO, '../shared/data');
const OUT = join(REPO, 'test/fixtures/lists/shared-data');

const used = new Set<string>();
for (const id of BUILTIN_IDS)
  buildSnapshot(id, (name) => {
    used.add(name);
    return { file: name, text: readFileSync(join(SHARED, name), 'utf8') };
  });
mkdirSync(OUT, { recursive: true });
for (const name of [...used].sort()) {
  // mtime 0 in the gzip header: the same source gives the same bytes.
  mkdirSync(dirname(join(OUT, name)), { recursive: true });
  writeFileSync(join(OUT, `${name}.gz`), gzipSync(readFileSync(join(SHARED, name)), { level: 9 }));
  process.stdout.write(`${name}\n`);
}
