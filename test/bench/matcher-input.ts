// The matcher bench's input: the bundled lists' names plus generated ones (100,000 in all by
// default) and about a megabyte of marketplace listings with 150 of them planted. Shared by the
// bench (bench.ts) and the same-process A/B of two versions of the matcher (ab-matcher.ts).
import { collectParties, partyNames } from '../../src/core/suppliers/parties';
import type { RiskData } from '../../src/core';
import { generateNames, marketplaceText, rng, type Plant } from './bench-data';

export interface MatcherInput {
  /** Every name to index: the real listed names first. */
  names: string[];
  /** How many of `names` are real. */
  real: number;
  /** The names planted in `text` (100 real listed names, 50 generated). */
  plantNames: string[];
  text: string;
  plants: Plant[];
}

export function matcherInput(data: RiskData, nNames: number, bytes: number): MatcherInput {
  const real = collectParties(data).flatMap((p) => partyNames(p.entry).map((n) => n.name));
  const realSet = new Set(real.map((n) => n.toLowerCase()));
  const generated = generateNames(Math.max(0, nNames - real.length), 1, realSet);
  const names = [...real, ...generated];
  const indexed = new Set(names.map((n) => n.toLowerCase()));
  const filler = generateNames(3000, 99, indexed);
  // Plant real listed primary names (Latin script, as suppliers write them) and generated ones.
  const r = rng(7);
  const realLatin = collectParties(data)
    .map((p) => p.entry.name)
    .filter(
      (n) => /^[\x20-\x7e]+$/u.test(n) && n.length < 70 && /\b(Co|Ltd|Limited|Inc|Corp|Bhd|Group|Company)\b/u.test(n),
    );
  const plantNames: string[] = [];
  for (let i = 0; i < 100; i++) plantNames.push(realLatin[Math.floor(r() * realLatin.length)] as string);
  for (let i = 0; i < 50; i++) plantNames.push(generated[Math.floor(r() * generated.length)] as string);
  const { text, plants } = marketplaceText(bytes, plantNames, filler, 11);
  // As a list file gives them: the generator joins strings, which V8 keeps as ropes until each is
  // first read whole, and no list a user loads (parsed from JSON or CSV) holds those. Indexing
  // ropes cost the build 5 to 8% (12 process pairs, 340 -> 314 ms).
  const asRead = JSON.parse(JSON.stringify(names)) as string[];
  return { names: asRead, real: real.length, plantNames, text, plants };
}
