// The parties the stored name index refers to, packed beside it: each party's entry as one line of
// JSON in a UTF-8 buffer, with offsets, and per list its id, role and meta. A woken worker whose
// lists are unchanged then reads one buffer instead of 100,000 entry objects, and turns into an
// object only the entry of a party a page names (lazyParties). Derived data like the index: it is
// stamped with the index, checksummed, and any disagreement means reading the lists instead.
//
// Where every entry of a list has the same fields in the same order (a custom list always does),
// the list names them once and each entry is the JSON array of its values, and an id made from the
// name (slugify, as a custom list makes them) is stored as 0: 12.2 MB -> 5.4 MB for 100,000 names, read
// back on every wake ({"id":"acme-ltd","name":"Acme Ltd",...} said the name twice).
import { lazyArray, slugify } from '../core';
import type { ListId, ListMeta, Party } from '../core';

export interface PackedParties {
  pack: 2;
  /**
   * Runs of consecutive parties of one list, in the engine's order; `fields`, when the run's
   * entries are stored as arrays of the values of these fields, in this order; `slugIds`, when an
   * id stored as 0 is slugify(name) (every id of such a run is a string).
   */
  lists: { list: ListId; role: Party['role']; meta: ListMeta; count: number; fields?: string[]; slugIds?: true }[];
  /** Entry i is bytes[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array<ArrayBuffer>;
  bytes: Uint8Array<ArrayBuffer>;
  /** wordSum(bytes), catching damage. */
  sum: number;
}

/** FNV-style over the bytes, four at a time (not cryptographic: it catches damage, not tampering). */
function wordSum(b: Uint8Array<ArrayBuffer>): number {
  let h = Math.imul(0x811c9dc5 ^ b.length, 0x01000193);
  const words = new Int32Array(b.buffer, b.byteOffset, b.length >> 2);
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ (words[i] as number), 0x01000193);
  for (let i = words.length * 4; i < b.length; i++) h = Math.imul(h ^ (b[i] as number), 0x01000193);
  return h | 0;
}

/** The fields every entry has, in one order, with no value JSON would drop; else undefined. */
function sharedFields(entries: readonly object[]): string[] | undefined {
  const first = entries[0];
  if (!first) return undefined;
  const fields = Object.keys(first);
  for (const e of entries) {
    if (Object.getPrototypeOf(e) !== Object.prototype) return undefined;
    const keys = Object.keys(e);
    if (keys.length !== fields.length) return undefined;
    for (let i = 0; i < keys.length; i++) {
      const v = (e as Record<string, unknown>)[keys[i] as string];
      if (keys[i] !== fields[i] || v === undefined || typeof v === 'function' || typeof v === 'symbol')
        return undefined;
    }
  }
  return fields;
}

export function packParties(parties: readonly Party[]): PackedParties {
  const lists: PackedParties['lists'] = [];
  const lines: string[] = [];
  for (let at = 0; at < parties.length;) {
    const p = parties[at] as Party;
    let end = at + 1;
    while (end < parties.length) {
      const q = parties[end] as Party;
      if (q.list !== p.list || q.role !== p.role || q.meta !== p.meta) break;
      end++;
    }
    const entries = parties.slice(at, end).map((q) => q.entry as object);
    const fields = sharedFields(entries);
    // Each entry's values in the fields' order, when the run shares its fields.
    const rows = fields && entries.map((e) => fields.map((f) => (e as Record<string, unknown>)[f]));
    const id = fields?.indexOf('id') ?? -1;
    const name = fields?.indexOf('name') ?? -1;
    const slugIds =
      rows !== undefined &&
      id >= 0 &&
      name >= 0 &&
      rows.every((v) => typeof v[id] === 'string' && typeof v[name] === 'string');
    lists.push({
      list: p.list,
      role: p.role,
      meta: p.meta,
      count: end - at,
      ...(fields ? { fields } : {}),
      ...(slugIds ? { slugIds: true as const } : {}),
    });
    if (!rows) for (const e of entries) lines.push(JSON.stringify(e));
    else
      for (const v of rows) {
        if (slugIds && v[id] === slugify(v[name] as string)) v[id] = 0;
        lines.push(JSON.stringify(v));
      }
    at = end;
  }
  const enc = new TextEncoder();
  const chunks = lines.map((l) => enc.encode(l));
  const offsets = new Int32Array(chunks.length + 1);
  for (let i = 0; i < chunks.length; i++) offsets[i + 1] = (offsets[i] as number) + (chunks[i] as Uint8Array).length;
  // Room for whole words, so the checksum reads the buffer four bytes at a time.
  const bytes = new Uint8Array(
    new ArrayBuffer(((offsets[chunks.length] as number) + 3) & ~3),
    0,
    offsets[chunks.length],
  );
  chunks.forEach((c, i) => bytes.set(c, offsets[i]));
  return { pack: 2, lists, offsets, bytes, sum: wordSum(bytes) };
}

/**
 * The parties of a stored pack, each entry parsed when first read, with how many each list has (the
 * caller checks them against its lists); or why the pack cannot be used. Never throws.
 */
export function unpackParties(
  x: unknown,
): { parties: Party[]; runs: { list: ListId; count: number }[] } | { problem: string } {
  if (typeof x !== 'object' || x === null) return { problem: 'no stored parties' };
  const p = x as Partial<PackedParties>;
  if (p.pack !== 2) return { problem: `parties packed as ${String(p.pack)}, expected 2` };
  if (!Array.isArray(p.lists) || !(p.offsets instanceof Int32Array) || !(p.bytes instanceof Uint8Array))
    return { problem: 'the stored parties lack their parts' };
  const runs = p.lists;
  const fieldsOk = (f: unknown, slugIds: unknown): boolean =>
    (f === undefined && slugIds === undefined) ||
    (Array.isArray(f) &&
      f.every((x) => typeof x === 'string') &&
      (slugIds === undefined || (slugIds === true && f.includes('id') && f.includes('name'))));
  const count = runs.reduce(
    (n, r) =>
      n +
      (typeof r?.list === 'string' && Number.isInteger(r.count) && r.count >= 0 && fieldsOk(r.fields, r.slugIds)
        ? r.count
        : NaN),
    0,
  );
  if (p.offsets.length !== count + 1) return { problem: 'the stored parties are damaged (counts)' };
  const offsets = p.offsets;
  const bytes = p.bytes;
  if (bytes.byteOffset % 4 !== 0) return { problem: 'the stored parties are damaged (alignment)' };
  for (let i = 0; i < count; i++)
    if ((offsets[i] as number) < 0 || (offsets[i] as number) > (offsets[i + 1] as number))
      return { problem: 'the stored parties are damaged (offsets)' };
  if ((offsets[count] as number) > bytes.length || wordSum(bytes) !== p.sum)
    return { problem: 'the stored parties are damaged (checksum)' };
  // Which run a party is in: parties come in a few runs (one per list), so a short scan.
  const ends: number[] = [];
  for (const r of runs) ends.push((ends[ends.length - 1] ?? 0) + r.count);
  const dec = new TextDecoder();
  const parties = lazyArray<Party>(count, (i) => {
    let run = 0;
    while ((ends[run] as number) <= i) run++;
    const r = runs[run] as PackedParties['lists'][number];
    const stored: unknown = JSON.parse(dec.decode(bytes.subarray(offsets[i], offsets[i + 1])));
    return { role: r.role, list: r.list, meta: r.meta, entry: entryOf(stored, r.fields, r.slugIds) } as Party;
  });
  return { parties, runs: runs.map((r) => ({ list: r.list, count: r.count })) };
}

/** An entry from its stored form: the object itself, or the values of `fields` in order. */
function entryOf(stored: unknown, fields: string[] | undefined, slugIds: true | undefined): unknown {
  if (!fields) return stored;
  if (!Array.isArray(stored) || stored.length !== fields.length)
    throw new Error("a stored party does not have its list's fields");
  const id = fields.indexOf('id');
  if (slugIds && stored[id] === 0) stored[id] = slugify(String(stored[fields.indexOf('name')]));
  // fromEntries defines each field as data, so a field named "__proto__" stays a field.
  return Object.fromEntries(fields.map((f, i) => [f, stored[i] as unknown]));
}
