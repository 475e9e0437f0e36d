// The parties packed beside the stored index: each entry comes back exactly as it went in, whether
// its list's entries share their fields (stored as arrays of values) or not (stored whole).
import { describe, expect, it } from 'vitest';
import { parseCustomList, type Party, type RiskData } from '../../../src/core';
import { collectParties } from '../../../src/core/suppliers/parties';
import { packParties, unpackParties } from '../../../src/data/party-pack';
import { bundled } from './helpers';

function custom(): RiskData['custom'][number] {
  const csv = 'name,aliases,country,severity\n"Hengli Textile Co Ltd",Hengli,CN,high\n"Acme Ltd",,,low\n';
  const r = parseCustomList('team.csv', csv, 'watch', new Date('2026-11-01'));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.snapshot;
}

const roundTrip = (parties: Party[]): Party[] => {
  const back = unpackParties(structuredClone(packParties(parties)));
  if ('problem' in back) throw new Error(back.problem);
  return [...back.parties];
};

describe('packed parties', () => {
  it('gives back every entry of the bundled and custom lists, field for field and in order', () => {
    const data = {
      builtin: { uflpa: bundled('uflpa'), 'cbp-wro': bundled('cbp-wro') },
      custom: [custom()],
    } as RiskData;
    const parties = collectParties(data);
    const packed = packParties(parties);
    // Both custom rows have the same fields ("Acme Ltd" has no country: a field it lacks, not an empty one).
    expect(packed.lists.map((l) => [l.list, l.fields !== undefined])).toContainEqual(['custom:team', false]);
    const back = roundTrip(parties);
    expect(back).toEqual(parties);
    for (let i = 0; i < parties.length; i++)
      expect(Object.keys(back[i]!.entry)).toEqual(Object.keys(parties[i]!.entry));
  });

  it('stores a list whose entries share their fields as values only, and reads it back', () => {
    const entries = Array.from({ length: 50 }, (_, i) => ({
      id: i % 2 ? `party-${i}` : `p-${i}`,
      name: `Party ${i}`,
      aliases: [],
      severity: 'high',
    }));
    const meta = custom().meta;
    const parties = entries.map((entry) => ({ list: 'custom:x', role: 'watch', meta, entry }) as unknown as Party);
    const packed = packParties(parties);
    expect(packed.lists[0]?.fields).toEqual(['id', 'name', 'aliases', 'severity']);
    const line = (k: number): string =>
      new TextDecoder().decode(packed.bytes.subarray(packed.offsets[k], packed.offsets[k + 1]));
    // "p-0" is not slugify("Party 0"): kept; "party-1" is, and is stored as 0.
    expect(line(0)).toBe('["p-0","Party 0",[],"high"]');
    expect(line(1)).toBe('[0,"Party 1",[],"high"]');
    expect(packed.lists[0]?.slugIds).toBe(true);
    expect(roundTrip(parties)).toEqual(parties);
    // Fields whose values JSON would drop or change keep the whole-object form.
    const odd = [{ ...entries[0], notes: undefined }, entries[1]].map(
      (entry) => ({ list: 'custom:y', role: 'watch', meta, entry }) as unknown as Party,
    );
    expect(packParties(odd).lists[0]?.fields).toBeUndefined();
    const proto = JSON.parse('{"id":"a","__proto__":"field"}') as object;
    const tricky = [{ list: 'custom:z', role: 'watch', meta, entry: proto } as unknown as Party];
    const [b] = roundTrip(tricky);
    expect(Object.getPrototypeOf(b!.entry)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(b!.entry, '__proto__')?.value).toBe('field');
  });

  it('refuses a pack whose fields are not names, or an entry that lacks its fields', () => {
    const meta = custom().meta;
    const parties = [{ list: 'custom:x', role: 'watch', meta, entry: { id: 'a', name: 'A' } } as unknown as Party];
    const packed = packParties(parties);
    expect(unpackParties({ ...packed, lists: [{ ...packed.lists[0], fields: [1, 2] }] })).toEqual({
      problem: 'the stored parties are damaged (counts)',
    });
    const short = unpackParties({ ...packed, lists: [{ ...packed.lists[0], fields: ['id', 'name', 'extra'] }] });
    expect(() => ('parties' in short ? short.parties[0] : undefined)).toThrow(/fields/);
  });
});
