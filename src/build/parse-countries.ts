// countries.csv + country_aliases.csv -> CountryEntry per ISO 3166-1 country, with a curated set
// of alternative names (rule in country-aliases.ts).
import { BUILTIN_META } from './builtin-meta';
import { AMBIGUOUS_NAMES, isChineseAlias, isEnglishAlias } from './country-aliases';
import { readCsv } from '../core';
import { fail } from '../core';
import { SNAPSHOT_FORMAT, type BuiltinSnapshot, type CountryEntry } from '../core';
import { ISO2, uniq } from '../core';

export interface CountryFiles {
  countries: { file: string; text: string };
  aliases?: { file: string; text: string };
}

export interface RawAlias {
  iso2: string;
  alias: string;
  script: string;
}

export function readCountryAliases(file: string, text: string): RawAlias[] {
  const table = readCsv(text, file, ['iso2', 'alias', 'script']);
  return table.rows.map((r) => {
    const iso2 = r.get('iso2');
    if (!ISO2.test(iso2)) fail(file, r.line, 'iso2', `expected an ISO 3166 alpha-2 code, found "${iso2}"`);
    return { iso2, alias: r.get('alias').trim(), script: r.get('script') };
  });
}

export function parseCountries(files: CountryFiles): BuiltinSnapshot<'countries'> {
  const { file, text } = files.countries;
  const table = readCsv(text, file, [
    'iso2',
    'iso3',
    'name',
    'official_name_en',
    'unterm_short_en',
    'unterm_formal_en',
    'name_zh',
  ]);
  const english = new Map<string, string[]>();
  const entries: CountryEntry[] = table.rows.map((r) => {
    const iso2 = r.get('iso2');
    if (!ISO2.test(iso2)) fail(file, r.line, 'iso2', `expected an ISO 3166 alpha-2 code, found "${iso2}"`);
    const iso3 = r.get('iso3');
    if (!/^[A-Z]{3}$/.test(iso3)) fail(file, r.line, 'iso3', `expected 3 capital letters, found "${iso3}"`);
    const name = r.get('name').trim();
    if (!name) fail(file, r.line, 'name', 'must not be empty');
    // UNTERM writes "Bahamas (the)" and "the Republic of ..."; strip those so they read as names.
    const clean = (s: string): string =>
      s
        .replace(/\s*\(the\)/g, '')
        .replace(/\s*\*$/, '')
        .replace(/^the\s+/, '')
        .trim();
    const names = uniq([
      name,
      ...['official_name_en', 'unterm_short_en', 'unterm_formal_en'].map((c) => clean(r.get(c))),
    ]);
    english.set(iso2, names);
    const entry: CountryEntry = { iso2, iso3, name, aliases: names.filter((n) => n !== name) };
    const zh = r.get('name_zh').trim();
    if (zh) entry.nameZh = zh;
    return entry;
  });
  if (files.aliases) curateAliases(entries, english, readCountryAliases(files.aliases.file, files.aliases.text));
  for (const e of entries) {
    const ambiguous = [e.name, ...e.aliases].filter((n) => AMBIGUOUS_NAMES.has(n));
    if (ambiguous.length > 0) e.ambiguousNames = ambiguous;
  }
  return { format: SNAPSHOT_FORMAT, meta: { ...BUILTIN_META.countries }, entries };
}

function curateAliases(entries: CountryEntry[], english: Map<string, string[]>, raw: RawAlias[]): void {
  const owners = new Map<string, Set<string>>();
  for (const a of raw) {
    const key = a.alias.toLowerCase();
    const set = owners.get(key) ?? new Set<string>();
    set.add(a.iso2);
    owners.set(key, set);
  }
  const byIso = new Map(entries.map((e) => [e.iso2, e] as const));
  const extra = new Map<string, string[]>();
  for (const a of raw) {
    const entry = byIso.get(a.iso2);
    if (!entry || (owners.get(a.alias.toLowerCase())?.size ?? 0) > 1) continue;
    const names = english.get(a.iso2) ?? [];
    const keep = a.script === 'latin' ? isEnglishAlias(a.alias, names) : isChineseAlias(a.alias);
    if (keep) extra.set(a.iso2, [...(extra.get(a.iso2) ?? []), a.alias]);
  }
  for (const e of entries) {
    const exclude = new Set([e.name, ...(e.nameZh ? [e.nameZh] : [])]);
    e.aliases = uniq([...e.aliases, ...(extra.get(e.iso2) ?? [])], exclude);
  }
}
