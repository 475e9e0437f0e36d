// Fresh databases per test and small real snapshots from public/data.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BuiltinListId, Snapshot } from '../../../src/core/lists/types';
import { LaborLensDb } from '../../../src/data/db';

const DATA = resolve(import.meta.dirname, '../../../public/data');

export const freshDb = (upTo?: number): LaborLensDb => new LaborLensDb(`test-${crypto.randomUUID()}`, upTo);

export const bundled = (id: BuiltinListId): Snapshot =>
  JSON.parse(readFileSync(join(DATA, `${id}.json`), 'utf8')) as Snapshot;

/** A copy of a bundled snapshot with a different date and a marker entry change. */
export function edited(
  s: Snapshot,
  asOf: string,
  mutate: (entries: unknown[]) => unknown[] = (e) => e.slice(1),
): Snapshot {
  return { ...s, meta: { ...s.meta, asOf }, entries: mutate(structuredClone(s.entries)) };
}

export const okResponse = (body: string) => async () => ({ ok: true, status: 200, text: async () => body });
