// The parties the stored name index refers to, packed beside it: each party's entry as one line of
// JSON in a UTF-8 buffer, with offsets, and per list its id, role and meta. A woken worker whose
// lists are unchanged then reads one buffer instead of 100,000 entry objects, and turns into an
// object only the entry of a party a page names (lazyParties). Derived data like the index: it is
// stamped with the index, checksummed, and any disagreement means reading the lists instead.
import { lazyArray } from '../core';
import type { ListId, ListMeta, Party } from '../core';

export interface PackedParties {
  pack: 1;
  /** Runs of consecutive parties of one list, in the engine's order. */
  lists: { list: ListId; role: Party['role']; meta: ListMeta; count: number }[];
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

export function packParties(parties: readonly Party[]): PackedParties {
  const lists: PackedParties['lists'] = [];
  const lines: string[] = [];
  let last: PackedParties['lists'][number] | undefined;
  for (const p of parties) {
    if (!last || last.list !== p.list || last.role !== p.role || last.meta !== p.meta)
      lists.push((last = { list: p.list, role: p.role, meta: p.meta, count: 0 }));
    last.count++;
    lines.push(JSON.stringify(p.entry));
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
  return { pack: 1, lists, offsets, bytes, sum: wordSum(bytes) };
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
  if (p.pack !== 1) return { problem: `parties packed as ${String(p.pack)}, expected 1` };
  if (!Array.isArray(p.lists) || !(p.offsets instanceof Int32Array) || !(p.bytes instanceof Uint8Array))
    return { problem: 'the stored parties lack their parts' };
  const runs = p.lists;
  const count = runs.reduce(
    (n, r) => n + (typeof r?.list === 'string' && Number.isInteger(r.count) && r.count >= 0 ? r.count : NaN),
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
    const entry: unknown = JSON.parse(dec.decode(bytes.subarray(offsets[i], offsets[i + 1])));
    return { role: r.role, list: r.list, meta: r.meta, entry } as Party;
  });
  return { parties, runs: runs.map((r) => ({ list: r.list, count: r.count })) };
}
