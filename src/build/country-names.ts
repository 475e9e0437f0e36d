// Resolve a country as a list spells it ("Burma", "Congo, Democratic Republic of the",
// "Turkey (Türkiye)") to ISO 3166 alpha-2, from the names in countries.csv and country_aliases.csv.
import type { CountryEntry } from '../core';

/** Fold case, accents, apostrophes and spacing so spellings from different sources meet. */
export function foldCountryName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s*\(the\)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export type CountryResolver = (name: string) => string | undefined;

/**
 * Build a resolver. Names that point at two countries are dropped (ambiguous); names from
 * countries.csv win over aliases.
 */
export function countryResolver(
  countries: readonly CountryEntry[],
  extraAliases: readonly { iso2: string; alias: string }[] = [],
): CountryResolver {
  const map = new Map<string, string | null>();
  const add = (name: string, iso2: string, strong: boolean): void => {
    const key = foldCountryName(name);
    if (!key) return;
    const had = map.get(key);
    if (had === undefined || strong) map.set(key, iso2);
    else if (had !== iso2) map.set(key, null);
  };
  for (const { iso2, alias } of extraAliases) add(alias, iso2, false);
  for (const c of countries) for (const n of c.aliases) add(n, c.iso2, false);
  for (const c of countries) {
    add(c.name, c.iso2, true);
    add(c.iso2, c.iso2, true);
  }
  const lookup = (name: string): string | undefined => map.get(foldCountryName(name)) ?? undefined;
  return (name: string): string | undefined => {
    const direct = lookup(name);
    if (direct) return direct;
    // "Turkey (Türkiye)": try the name outside and inside the brackets.
    const m = /^(.*?)\s*\((.*)\)\s*$/.exec(name);
    return m ? (lookup(m[1] ?? '') ?? lookup(m[2] ?? '')) : undefined;
  };
}
