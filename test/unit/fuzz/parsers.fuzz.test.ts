// Fuzz: every builtin list parser on arbitrary text, arbitrary JSON and mutated real samples.
// Each either returns a snapshot that passes checkSnapshot (what the data layer would store) or
// throws ListParseError naming the file; nothing else escapes, and time grows linearly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryResolver } from '../../../src/build/country-names';
import { readCsvRecords } from '../../../src/core/lists/csv';
import { parseCbpWro } from '../../../src/build/parse-cbp-wro';
import { parseCountries, readCountryAliases } from '../../../src/build/parse-countries';
import { parseDolEo13126 } from '../../../src/build/parse-dol-eo13126';
import { parseDolTvpra } from '../../../src/build/parse-dol-tvpra';
import { parseHs } from '../../../src/build/parse-hs';
import { parseHsRiskMap } from '../../../src/build/parse-hs-risk-map';
import { parseTipTiers } from '../../../src/build/parse-tip-tiers';
import { parseUflpa } from '../../../src/build/parse-uflpa';
import { parseXinjiangPlaces } from '../../../src/build/parse-xinjiang-places';
import { checkSnapshot } from '../../../src/core/lists/snapshot-check';
import type { BuiltinListId, Snapshot } from '../../../src/core/lists/types';
import {
  anyJsonText,
  anyText,
  expectLinear,
  fuzzOptions,
  mutated,
  mutatedJson,
  onlyListParseError,
  repeatRows,
  sample,
} from './fuzz-helpers';

const aliases = sample('country-aliases-sample.csv');
const countries = parseCountries({ countries: sample('countries-full.csv'), aliases }).entries;
const resolver = countryResolver(countries, readCountryAliases(aliases.file, aliases.text));
const hs = parseHs(sample('hs-sample.csv')).entries;
const zh = sample('uflpa-zh-sample.csv');
const uflpaJson = sample('uflpa-sample.json');

interface Case {
  id: BuiltinListId;
  sample: string;
  parse: (input: { file: string; text: string }) => Snapshot;
  runs?: number;
  /** Other files the parser reads besides the fuzzed one (errors may name them). */
  others?: string[];
}

const CASES: Case[] = [
  { id: 'cbp-wro', sample: 'cbp-sample.csv', parse: parseCbpWro },
  { id: 'dol-tvpra', sample: 'tvpra-sample.csv', parse: (i) => parseDolTvpra(i, resolver) },
  { id: 'dol-eo13126', sample: 'eo-sample.csv', parse: (i) => parseDolEo13126(i, resolver) },
  { id: 'tip-tiers', sample: 'tip-sample.csv', parse: parseTipTiers },
  { id: 'hs', sample: 'hs-sample.csv', parse: parseHs, runs: 60 },
  { id: 'hs-risk-map', sample: 'hs-risk-sample.csv', parse: (i) => parseHsRiskMap(i, hs), runs: 80 },
  { id: 'xinjiang-places', sample: 'xinjiang-sample.csv', parse: parseXinjiangPlaces },
  {
    id: 'countries',
    sample: 'countries-sample.csv',
    others: ['aliases.csv'],
    parse: (i) =>
      parseCountries({
        countries: i,
        aliases: {
          file: 'aliases.csv',
          text: 'iso2,alias,script\nAD,Principality of Andorra,latin\nTD,Republic of Chad,latin\n',
        },
      }),
  },
  {
    id: 'uflpa',
    sample: 'uflpa-sample.json',
    others: [zh.file],
    parse: (i) => parseUflpa({ entities: i, chineseNames: zh }),
  },
];

/** Parse, and if it succeeds the snapshot must be one the data layer would accept. */
function parsesValidOrOwnError(c: Case, text: string): void {
  const file = `fuzz-${c.id}`;
  const s = onlyListParseError(() => c.parse({ file, text }), [file, ...(c.others ?? [])]) as Snapshot | undefined;
  if (s === undefined) return;
  const checked = checkSnapshot(JSON.parse(JSON.stringify(s)) as unknown, file, c.id);
  expect(checked.ok ? [] : checked.errors).toEqual([]);
}

describe.each(CASES)('$id parser (fuzz)', (c) => {
  const real = sample(c.sample);
  const runs = c.runs ?? 150;

  it('the real sample parses to a valid snapshot', () => {
    parsesValidOrOwnError(c, real.text);
    expect(c.parse(real).entries.length).toBeGreaterThan(0);
  });

  it('arbitrary text and arbitrary JSON: a valid snapshot or ListParseError', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, anyJsonText), (text) => parsesValidOrOwnError(c, text)),
      fuzzOptions(200),
    );
  });

  it('mutated real samples: a valid snapshot or ListParseError', () => {
    fc.assert(
      fc.property(mutated(real.text), (text) => parsesValidOrOwnError(c, text)),
      fuzzOptions(runs),
    );
  });

  it('the sample header with mutated rows after it: a valid snapshot or ListParseError', () => {
    const [header, ...rows] = real.text.split('\n');
    fc.assert(
      fc.property(mutated(rows.slice(0, 6).join('\n')), (body) => parsesValidOrOwnError(c, `${header}\n${body}`)),
      fuzzOptions(runs),
    );
  });
});

describe('builtin parsers: round trip and size', () => {
  const quote = (v: string): string => `"${v.replace(/"/g, '""')}"`;

  it.each(CASES.filter((c) => c.id !== 'uflpa'))(
    '$id: the sample re-written with every field quoted and CRLF parses to the same snapshot',
    (c) => {
      const real = sample(c.sample);
      const requoted = readCsvRecords(real.text, real.file)
        .map((r) => r.values.map(quote).join(','))
        .join('\r\n');
      expect(c.parse({ file: real.file, text: requoted })).toEqual(c.parse(real));
    },
  );

  it('uflpa: the sample re-serialised (any JSON spacing) parses to the same snapshot', () => {
    const value = JSON.parse(uflpaJson.text) as unknown;
    const a = parseUflpa({ entities: uflpaJson, chineseNames: zh });
    expect(parseUflpa({ entities: { file: 'x', text: JSON.stringify(value) }, chineseNames: zh })).toEqual(a);
    expect(
      parseUflpa({ entities: { file: 'x', text: `\uFEFF${JSON.stringify(value, null, 4)}` }, chineseNames: zh }),
    ).toEqual(a);
  });

  it('uflpa: structurally mutated JSON (any value replaced or removed): a valid snapshot or ListParseError', () => {
    const c = CASES.find((x) => x.id === 'uflpa')!;
    fc.assert(
      fc.property(mutatedJson(JSON.parse(uflpaJson.text)), (v) => parsesValidOrOwnError(c, JSON.stringify(v) ?? '')),
      fuzzOptions(200),
    );
  });

  it('uflpa: mutated Chinese-name file: a valid snapshot or ListParseError', () => {
    fc.assert(
      fc.property(mutated(zh.text), (text) => {
        const s = onlyListParseError(
          () => parseUflpa({ entities: uflpaJson, chineseNames: { file: zh.file, text } }),
          zh.file,
        ) as Snapshot | undefined;
        if (s) expect(checkSnapshot(JSON.parse(JSON.stringify(s)) as unknown, 'x', 'uflpa').ok).toBe(true);
      }),
      fuzzOptions(100),
    );
  });

  it('countries: mutated alias file: a valid snapshot or ListParseError', () => {
    const small = { file: 'aliases.csv', text: aliases.text.slice(0, 6_000).replace(/\n[^\n]*$/, '\n') };
    fc.assert(
      fc.property(mutated(small.text), (text) => {
        const s = onlyListParseError(
          () => parseCountries({ countries: sample('countries-sample.csv'), aliases: { file: small.file, text } }),
          small.file,
        ) as Snapshot | undefined;
        if (s) expect(checkSnapshot(JSON.parse(JSON.stringify(s)) as unknown, 'x', 'countries').ok).toBe(true);
      }),
      fuzzOptions(80),
    );
  });

  it.each(CASES.filter((c) => c.id !== 'uflpa' && c.id !== 'countries'))(
    '$id: time grows linearly (the sample rows repeated to 200 KB, ids kept unique where the parser needs it)',
    (c) => {
      const [header, ...rows] = sample(c.sample)
        .text.split('\n')
        .filter((l) => l !== '');
      const fill = (n: number) => repeatRows(`${header}\n`, (i) => `${rows[i % rows.length]}\n`, n);
      expectLinear((t) => c.parse({ file: 'big.csv', text: t }), fill);
    },
  );

  it('uflpa: time grows linearly with the number of records', () => {
    const value = JSON.parse(uflpaJson.text) as { records: Record<string, unknown>[] };
    const make = (n: number) => {
      const one = JSON.stringify(value.records[0]).length + 1;
      const records = Array.from({ length: Math.ceil((n * 1.1) / one) }, (_, i) => ({
        ...value.records[0],
        entity_key: `e-${i}`,
      }));
      return JSON.stringify({ records });
    };
    expectLinear((t) => parseUflpa({ entities: { file: 'u.json', text: t } }), make);
  });
});

describe('regressions found by fuzzing', () => {
  const cbpHeader = sample('cbp-sample.csv').text.split('\n')[0]!;
  const cbpRow = (entity: string, status = 'Active') =>
    `${cbpHeader}\n2020-01-01,CN,no,${entity},Cotton,${status},2026-06-23,yes,yes,WRO,src,\n`;

  it('cbp-wro: an entity named like an Object.prototype key ("hasOwnProperty", "constructor") is an ordinary entity', () => {
    for (const entity of ['hasOwnProperty', 'constructor', 'toString', '__proto__']) {
      const s = parseCbpWro({ file: 'c.csv', text: cbpRow(entity) });
      expect(s.entries[0]).toMatchObject({ name: entity, aliases: [] });
    }
  });

  it('cbp-wro: a status named like an Object.prototype key is an unknown status (ListParseError), not a function', () => {
    expect(() => parseCbpWro({ file: 'c.csv', text: cbpRow('Acme', 'toString') })).toThrow(
      /c\.csv:2 \[status\]: unknown status "toString"/,
    );
    expect(() => parseCbpWro({ file: 'c.csv', text: cbpRow('Acme', 'constructor') })).toThrow(
      /unknown status "constructor"/,
    );
  });

  it('xinjiang-places: a division row with an empty level is refused by the parser, not later at storage', () => {
    const text = sample('xinjiang-sample.csv').text.replace('\n65,region,', '\n65,,');
    expect(() => parseXinjiangPlaces({ file: 'x.csv', text })).toThrow(/x\.csv:2 \[level\]: must not be empty/);
  });
});
