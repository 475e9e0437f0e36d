// The committed public/data output: counts match PROVENANCE.md, checksums match index.json, every
// file validates, the HS risk map is consistent with HS, and a rebuild from the raw sources reproduces it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledRiskData, readBundleIndex } from '../../../src/cli/bundled';
import { buildSnapshot } from '../../../src/build/build-all';
import { BUILTIN_IDS } from '../../../src/core/lists/snapshot-check';
import { HAVE_SHARED, REPO, shared, sharedCopy } from './helpers';

const DIR = join(REPO, 'public/data');
const data = loadBundledRiskData();

describe('public/data', () => {
  it('has all nine lists in index.json with matching SHA-256', () => {
    const index = readBundleIndex();
    expect(index.lists.map((l) => l.id)).toEqual(BUILTIN_IDS);
    for (const l of index.lists) {
      const bytes = readFileSync(join(DIR, l.file));
      expect(createHash('sha256').update(bytes).digest('hex'), l.id).toBe(l.sha256);
      expect(bytes.length).toBe(l.bytes);
    }
  });

  it('matches the counts in PROVENANCE.md', () => {
    const b = data.builtin;
    expect(b.uflpa?.entries).toHaveLength(187);
    expect(b.uflpa?.entries.reduce((n, e) => n + e.sections.length, 0)).toBe(205);
    expect(b['cbp-wro']?.entries).toHaveLength(82);
    expect(b['dol-tvpra']?.entries).toHaveLength(467);
    expect(b['dol-eo13126']?.entries).toHaveLength(55);
    expect(b['tip-tiers']?.entries).toHaveLength(184);
    expect(b.hs?.entries).toHaveLength(6936);
    expect(b.hs?.entries.filter((e) => e.level === 'chapter')).toHaveLength(96);
    expect(b.hs?.entries.filter((e) => e.level === 'heading')).toHaveLength(1228);
    expect(b.countries?.entries).toHaveLength(249);
    // 908 rows minus the two "Pornography" rows that have no HS code, plus 63 codes from DOL's own
    // goods-to-HTS mapping that the curated map lacked (src/build/dol-hs-review.ts), 20 of them weak.
    expect(b['hs-risk-map']?.entries).toHaveLength(969);
    const fromDol = (b['hs-risk-map']?.entries ?? []).filter((e) => e.reference.startsWith('DOL ILAB ImportWatch'));
    expect(fromDol).toHaveLength(63);
    expect(fromDol.filter((e) => e.weak)).toHaveLength(20);
    expect(new Set(fromDol.map((e) => e.good)).size).toBe(34);
    // 151 rows (the candidate table): 128 divisions + 23 GeoNames places; 7 merge into their
    // division by code and 11 well-known exonyms (Kashgar, Hotan ...) are on their division already.
    expect(b['xinjiang-places']?.entries).toHaveLength(133);
    expect(
      (b['xinjiang-places']?.entries ?? [])
        .filter((e) => ['653228', '653229', '653132', '659013'].includes(e.code))
        .map((e) => `${e.nameZh} ${e.namesEn.join('/')} <${e.parentCode}`),
    ).toEqual([
      '岑岭县 Cenling/Cenling County <6531',
      '和康县 Hekang/Hekang County <6532',
      "和安县 He'an/He'an County <6532",
      '草湖市 Caohu/Caohu City <6590',
    ]);
    expect(b['xinjiang-places']?.meta.caveats?.join(' ')).toMatch(/single secondary source/);
    expect(b['xinjiang-places']?.entries.filter((e) => e.code === '').map((e) => e.namesEn[0])).toEqual([
      'Aykol',
      'Baluntaicun',
      'Hoxtolgay',
      'Sishilichengzi',
      'Zangguy',
    ]);
  });

  it('has every HS risk-map code in the HS nomenclature', () => {
    const codes = new Set(data.builtin.hs?.entries.map((e) => e.code));
    const missing = (data.builtin['hs-risk-map']?.entries ?? []).filter((e) => !codes.has(e.code)).map((e) => e.code);
    expect(missing).toEqual([]);
  });

  it('marks the weak rows of PROVENANCE 6b with a reason', () => {
    const rows = data.builtin['hs-risk-map']?.entries ?? [];
    const weak = (good: string, code: string) =>
      rows.find((r) => r.good === good && r.code === code && r.sourceList === 'dol-tvpra')?.weak;
    expect(weak('Khat (stimulant plant)', '121190')).toBeTruthy();
    expect(weak('Açaí Berries', '081090')).toBeTruthy();
    expect(weak('Soccer Balls', '950662')).toBeTruthy();
    expect(rows.find((r) => r.good === 'UFLPA: red dates')?.weak).toBeTruthy();
    expect(weak('Cotton', '5201')).toBeUndefined();
  });

  it('gives every list the meta the UI shows', () => {
    for (const id of BUILTIN_IDS) {
      const meta = data.builtin[id]?.meta;
      expect(meta?.id).toBe(id);
      expect(meta?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(meta?.caveats?.length, id).toBeGreaterThan(0);
      expect(meta?.license, id).toBeTruthy();
    }
    expect(data.builtin.uflpa?.meta.asOf).toBe('2026-08-10');
  });

  it('is what the parsers build from the raw sources (../shared/data, else their committed copies)', () => {
    const read: typeof shared = (name) => {
      const raw = shared(name);
      // With ../shared present, the committed copies must be the same files, or a clean checkout
      // would test other data than the one public/data was built from.
      if (HAVE_SHARED)
        expect(sharedCopy(name).text === raw.text, `${name}: run npx tsx test/tools/copy-shared-data.ts`).toBe(true);
      return raw;
    };
    for (const id of BUILTIN_IDS) {
      const built = JSON.stringify(buildSnapshot(id, read));
      expect(built === readFileSync(join(DIR, `${id}.json`), 'utf8'), `${id}.json is stale: run npm run data`).toBe(
        true,
      );
    }
  });
});
