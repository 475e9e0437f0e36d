// Test helpers: read fixtures and (when present) the raw shared data.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../../..');
export const FIXTURES = join(REPO, 'test/fixtures/lists');
export const SHARED = resolve(REPO, '../shared/data');
export const HAVE_SHARED = existsSync(join(SHARED, 'PROVENANCE.md'));

export const fixture = (name: string): { file: string; text: string } => ({
  file: name,
  text: readFileSync(join(FIXTURES, name), 'utf8'),
});
export const shared = (name: string): { file: string; text: string } => ({
  file: name,
  text: readFileSync(join(SHARED, name), 'utf8'),
});
