// Test helpers: read fixtures and the raw list sources of `npm run data`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const REPO = resolve(import.meta.dirname, '../../..');
export const FIXTURES = join(REPO, 'test/fixtures/lists');
export const SHARED = resolve(REPO, '../shared/data');
export const HAVE_SHARED = existsSync(join(SHARED, 'PROVENANCE.md'));
/** Committed copies of the raw sources (test/tools/copy-shared-data.ts), for a checkout without ../shared. */
export const SHARED_COPY = join(FIXTURES, 'shared-data');

export const fixture = (name: string): { file: string; text: string } => ({
  file: name,
  text: readFileSync(join(FIXTURES, name), 'utf8'),
});
/** The committed copy of a raw source file. */
export const sharedCopy = (name: string): { file: string; text: string } => ({
  file: name,
  text: gunzipSync(readFileSync(join(SHARED_COPY, `${name}.gz`))).toString('utf8'),
});
/** A raw source file: from ../shared/data when it is there (the newest data), else the committed copy. */
export const shared = (name: string): { file: string; text: string } =>
  HAVE_SHARED ? { file: name, text: readFileSync(join(SHARED, name), 'utf8') } : sharedCopy(name);
