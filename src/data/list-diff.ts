// What a list change did, entry by entry: added, removed, changed (which fields). Computed when a
// snapshot replaces another, stored with the change, shown in Settings and the popup, and used to
// re-screen suppliers already checked.
import { isObject } from '../core';

import type { DiffEntry } from '../shared/records';

export type { DiffEntry } from '../shared/records';
export interface ChangedEntry extends DiffEntry {
  /** Top-level fields that differ (name, aliases, status, date ...). */
  fields: string[];
}
export interface ListDiff {
  added: DiffEntry[];
  removed: DiffEntry[];
  changed: ChangedEntry[];
}

const text = (o: Record<string, unknown>, k: string): string => (typeof o[k] === 'string' ? (o[k] as string) : '');

/** An entry's identity: named parties have ids; the other lists are keyed by what they describe. */
export function entryKey(e: unknown): string {
  if (!isObject(e)) return JSON.stringify(e);
  if (typeof e['id'] === 'string') return e['id'];
  const parts = ['sourceList', 'good', 'product', 'code', 'iso2', 'nameZh', 'country', 'inputIso2']
    .map((k) => text(e, k))
    .filter((v, i) => v !== '' || i === 0);
  if (e['downstream'] === true) parts.push('downstream');
  return parts.join('|');
}

export function entryLabel(e: unknown): string {
  if (!isObject(e)) return String(e);
  const name = text(e, 'name') || text(e, 'good') || text(e, 'product') || text(e, 'nameZh');
  const where = text(e, 'country');
  if (name && where && !text(e, 'name')) return `${name} (${where})`;
  return name || where || text(e, 'code') || entryKey(e);
}

function changedFields(a: unknown, b: unknown): string[] {
  if (!isObject(a) || !isObject(b)) return JSON.stringify(a) === JSON.stringify(b) ? [] : ['entry'];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
}

export function diffEntries(before: readonly unknown[], after: readonly unknown[]): ListDiff {
  const old = new Map(before.map((e) => [entryKey(e), e] as const));
  const diff: ListDiff = { added: [], removed: [], changed: [] };
  const seen = new Set<string>();
  for (const e of after) {
    const key = entryKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    const was = old.get(key);
    if (was === undefined) diff.added.push({ key, label: entryLabel(e) });
    else {
      const fields = changedFields(was, e);
      if (fields.length) diff.changed.push({ key, label: entryLabel(e), fields });
    }
  }
  for (const [key, e] of old) if (!seen.has(key)) diff.removed.push({ key, label: entryLabel(e) });
  return diff;
}

export const isEmptyDiff = (d: ListDiff): boolean => !d.added.length && !d.removed.length && !d.changed.length;

/** Lists whose entries are parties one can trade with (the rest are goods, places, codes). */
const PARTY_LISTS = new Set(['uflpa', 'cbp-wro']);
const noun = (listId: string, n: number): string =>
  PARTY_LISTS.has(listId) || listId.startsWith('custom:')
    ? n === 1
      ? 'entity'
      : 'entities'
    : n === 1
      ? 'entry'
      : 'entries';

/** "UFLPA Entity List: 3 entities added, 1 changed on 2026-12-01" */
export function describeDiff(listId: string, listName: string, d: ListDiff, day: string): string {
  const parts: string[] = [];
  if (d.added.length) parts.push(`${d.added.length} ${noun(listId, d.added.length)} added`);
  if (d.removed.length) parts.push(`${d.removed.length} removed`);
  if (d.changed.length) parts.push(`${d.changed.length} changed`);
  return `${listName}: ${parts.length ? parts.join(', ') : 'no entries changed'} on ${day}`;
}
