import { describe, expect, it } from 'vitest';
import { countryResolver } from '../../../src/build/country-names';
import { parseCountries, readCountryAliases } from '../../../src/build/parse-countries';
import { parseDolEo13126 } from '../../../src/build/parse-dol-eo13126';
import { parseDolTvpra } from '../../../src/build/parse-dol-tvpra';
import { fixture } from './helpers';

const resolver = () => {
  const a = fixture('country-aliases-sample.csv');
  return countryResolver(
    parseCountries({ countries: fixture('countries-full.csv') }).entries,
    readCountryAliases(a.file, a.text),
  );
};

describe('country resolution for DOL spellings', () => {
  it('maps DOL spellings to ISO2', () => {
    const r = resolver();
    expect(r('Burma')).toBe('MM');
    expect(r('Congo, Democratic Republic of the')).toBe('CD');
    expect(r("Côte d'Ivoire")).toBe('CI');
    expect(r('Turkey (Türkiye)')).toBe('TR');
    expect(r('Atlantis')).toBeUndefined();
  });
});

describe('parseDolTvpra', () => {
  const s = parseDolTvpra(fixture('tvpra-sample.csv'), resolver());

  it('reads goods with flags and ISO2 codes', () => {
    const cotton = s.entries.find((e) => e.good === 'Cotton' && e.iso2 === 'CN');
    expect(cotton).toMatchObject({ country: 'China', forcedLabor: true, downstream: false });
  });

  it('carries downstream goods with their input country', () => {
    const li = s.entries.find((e) => e.good === 'Lithium-Ion Batteries');
    expect(li).toMatchObject({ iso2: 'CN', downstream: true, inputIso2: 'CD' });
  });

  it('names line and field of an unknown country', () => {
    const text =
      'good,country,child_labor,forced_labor,forced_child_labor,downstream_good,input_source_country\nTea,Atlantis,yes,no,no,no,\n';
    expect(() => parseDolTvpra({ file: 'g.csv', text }, resolver())).toThrow(
      /g\.csv:2 \[country\]: unknown country "Atlantis"/,
    );
  });
});

describe('parseDolEo13126', () => {
  it('marks Uzbekistan cotton uncertain and nothing else in the sample', () => {
    const s = parseDolEo13126(fixture('eo-sample.csv'), resolver());
    expect(s.entries.filter((e) => e.uncertain).map((e) => `${e.product}/${e.iso2}`)).toEqual(['Cotton/UZ']);
  });
});
