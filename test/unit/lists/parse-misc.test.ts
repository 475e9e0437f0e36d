import { describe, expect, it } from 'vitest';
import { parseCountries } from '../../../src/build/parse-countries';
import { parseHs } from '../../../src/build/parse-hs';
import { parseHsRiskMap } from '../../../src/build/parse-hs-risk-map';
import { parseTipTiers } from '../../../src/build/parse-tip-tiers';
import { parseXinjiangPlaces } from '../../../src/build/parse-xinjiang-places';
import { fixture } from './helpers';

describe('parseTipTiers', () => {
  it('reads tiers, including Kosovo (XK)', () => {
    const s = parseTipTiers(fixture('tip-sample.csv'));
    expect(s.entries.find((e) => e.iso2 === 'XK')?.tier).toBe('Tier 2');
    expect(s.entries.filter((e) => e.tier === 'Tier 3').length).toBe(20);
  });
  it('rejects an unknown tier with line and field', () => {
    expect(() =>
      parseTipTiers({ file: 't.csv', text: 'country_as_published,iso2,tier,report_year\nX,XX,Tier 4,2025\n' }),
    ).toThrow(/t\.csv:2 \[tier\]/);
  });
});

describe('parseHs', () => {
  it('keeps codes as text with leading zeros', () => {
    const s = parseHs(fixture('hs-sample.csv'));
    expect(s.entries.find((e) => e.code === '07')?.level).toBe('chapter');
    expect(s.entries.find((e) => e.code === '0702')?.level).toBe('heading');
  });
  it('rejects a code that lost its leading zero', () => {
    const text = 'code,level,parent,description\n7,chapter,,Vegetables\n';
    expect(() => parseHs({ file: 'h.csv', text })).toThrow(/h\.csv:2 \[code\]: a chapter code has 2 digits/);
  });
});

describe('parseHsRiskMap', () => {
  const hs = parseHs(fixture('hs-sample.csv')).entries;

  it('checks every code against HS and carries match', () => {
    const s = parseHsRiskMap(fixture('hs-risk-sample.csv'), hs);
    expect(s.entries.length).toBeGreaterThan(100);
    const codes = new Set(hs.map((h) => h.code));
    expect(s.entries.every((e) => codes.has(e.code))).toBe(true);
    expect(new Set(s.entries.map((e) => e.match))).toEqual(new Set(['direct', 'contains']));
  });

  it('marks the weak buckets named in PROVENANCE 6b', () => {
    const s = parseHsRiskMap(fixture('hs-risk-sample.csv'), hs);
    const cabbage = s.entries.find((e) => e.good === 'Cabbages');
    expect(cabbage?.weak).toMatch(/n\.e\.c\./);
    const amber = s.entries.find((e) => e.good === 'Amber' && e.code === '9602');
    expect(amber).toMatchObject({ match: 'contains' });
    expect(amber?.weak).toMatch(/gelatin/);
    const cottonYarn = s.entries.find((e) => e.good === 'Cotton' && e.code === '5205');
    expect(cottonYarn?.weak).toBeUndefined();
  });

  it('fails on a code missing from HS, naming the line', () => {
    const text =
      'good,source_list,hs_code,hs_level,match,rationale,reference\nCotton,dol-tvpra,9999,heading,direct,x,y\n';
    expect(() => parseHsRiskMap({ file: 'm.csv', text }, hs)).toThrow(
      /m\.csv:2 \[hs_code\]: code "9999" is not in the HS 2022 nomenclature/,
    );
  });
});

describe('parseXinjiangPlaces', () => {
  const s = parseXinjiangPlaces(fixture('xinjiang-sample.csv'));
  const at = (code: string) => s.entries.find((e) => e.code === code);

  it('includes the region with 新疆, Xinjiang and XUAR', () => {
    expect(at('65')?.namesEn).toEqual(expect.arrayContaining(['Xinjiang', 'XUAR']));
    expect(at('65')?.namesZh).toContain('新疆');
  });

  it('adds common English forms and fixes the weak ones', () => {
    expect(at('6531')?.namesEn).toEqual(expect.arrayContaining(['Kashgar', 'Kashi']));
    expect(at('6532')?.namesEn).toEqual(expect.arrayContaining(['Hotan', 'Hetian']));
    expect(at('6501')?.namesEn).toEqual(expect.arrayContaining(['Urumqi', 'Ürümqi', 'Wulumuqi']));
    // 伽师: the source pinyin "qie shi" is wrong.
    expect(at('653129')?.namesEn).toContain('Jiashi');
    expect(at('653129')?.namesEn).not.toContain('Qieshi');
    // Machine-translated "Kashi area" is not carried over.
    expect(s.entries.flatMap((e) => e.namesEn)).not.toContain('Kashi area');
  });

  it('merges GeoNames places linked to a division instead of duplicating the code', () => {
    expect(at('659001')?.namesEn).toContain('Shihezi');
    expect(s.entries.filter((e) => e.code === '659001')).toHaveLength(1);
  });
});

describe('parseCountries', () => {
  const s = parseCountries({
    countries: fixture('countries-sample.csv'),
    aliases: fixture('country-aliases-sample.csv'),
  });
  const at = (iso2: string) => s.entries.find((e) => e.iso2 === iso2);

  it('keeps real English and Chinese alternative names', () => {
    expect(at('MM')?.aliases).toContain('Burma');
    expect(at('CN')?.aliases).toEqual(expect.arrayContaining(['PRC', "People's Republic of China"]));
    expect(at('CD')?.aliases).toEqual(expect.arrayContaining(['DRC', 'Democratic Republic of the Congo']));
    expect(at('TW')?.aliases).toContain('台灣');
    expect(at('CN')?.nameZh).toBe('中国');
  });

  it('drops codes, other languages, sub-national places and US-state forms', () => {
    const all = s.entries.flatMap((e) => e.aliases);
    for (const junk of [
      'AND',
      'CHN',
      'Chine',
      'Kína',
      'Tbilisi',
      'GEORGIA, U.S.A.',
      'Chinese',
      'CALIFORNIA',
      'Cote d&#8217;Ivoire',
    ])
      expect(all).not.toContain(junk);
    expect(at('US')?.aliases).not.toContain('Georgia');
  });

  it('flags names that are ordinary words or other places as ambiguous', () => {
    expect(at('GE')?.ambiguousNames).toEqual(['Georgia']);
    expect(at('TD')?.ambiguousNames).toEqual(['Chad']);
    expect(at('MM')?.ambiguousNames).toBeUndefined();
  });
});
