// Xinjiang divisions (xinjiang_places.csv): NBS codes with Chinese names, pinyin, GeoNames and
// the curated exonyms in xinjiang-exonyms.ts.
import { BUILTIN_META } from './builtin-meta';
import { readCsv, type CsvRow } from '../core';
import { fail } from '../core';
import { SNAPSHOT_FORMAT, type BuiltinSnapshot, type PlaceEntry } from '../core';
import { uniq } from '../core';
import { EXONYMS, EXTRA_ZH, PINYIN_FIXES } from './xinjiang-exonyms';
import { pinyin as toPinyin } from 'pinyin-pro';

/**
 * The 2026 candidate table (../shared/data/candidates/NOTES.md): the 147 rows of xinjiang_places.csv
 * unchanged, plus four county-level units created since 2023 (和康县, 和安县, 岑岭县, 草湖市).
 */
export const XINJIANG_PLACES_FILE = 'candidates/xinjiang_places_2026.csv';

/** Pinyin for rows the sources give none (the four new units), generated as for 659012 白杨市. */
function generatedPinyin(nameZh: string): string {
  return toPinyin(nameZh, { toneType: 'none', type: 'array' }).join(' ');
}

// Longest first, so 自治县 wins over 县. Ethnic qualifiers go with the suffix (巴里坤哈萨克自治县 -> 巴里坤).
const ZH_SUFFIX = /(维吾尔|蒙古|哈萨克|柯尔克孜|回族|塔吉克|锡伯)?(自治区|自治州|自治县|地区|市|县)$/;
const TYPE_EN: Readonly<Record<string, string>> = {
  自治州: 'Prefecture',
  地区: 'Prefecture',
  市: 'City',
  县: 'County',
  自治县: 'County',
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "bo er ta la" -> "Bo'ertala": join syllables, with the apostrophe pinyin uses before a, e, o. */
export function joinPinyin(syllables: readonly string[]): string {
  return capitalise(syllables.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join(''));
}

/** Chinese short name and pinyin-based English forms, from the suffix rule. */
function shortForms(nameZh: string, pinyin: string): { zh?: string; en: string[] } {
  const m = ZH_SUFFIX.exec(nameZh);
  const syllables = pinyin.trim().split(/\s+/).filter(Boolean);
  if (syllables.length !== [...nameZh].length) return { en: [] };
  // Districts (区) keep their full Chinese name: 天山区 -> 天山 would be the mountain range.
  if (nameZh.endsWith('区') && !nameZh.endsWith('自治区'))
    return { en: [`${joinPinyin(syllables.slice(0, -1))} District`] };
  if (!m) return { en: [joinPinyin(syllables)] };
  const cut = [...m[0]].length;
  const core = [...nameZh].slice(0, -cut).join('');
  const coreEn = joinPinyin(syllables.slice(0, syllables.length - cut));
  const type = TYPE_EN[m[2] ?? ''];
  const en = [coreEn, ...(type ? [`${coreEn} ${type}`] : [])];
  return [...core].length >= 2 ? { zh: core, en } : { en };
}

/** GeoNames admin names end in "Diqu", "Shi", "Zizhizhou": keep the full form and the core. */
function geonamesForms(name: string): string[] {
  const core = name.replace(/\s+(Diqu|Shi|Zizhizhou|Huizu Zizhizhou|Mongol Zizhizhou|Kazak Zizhizhou)$/, '');
  return uniq([name, core]);
}

function toPlace(r: CsvRow, file: string): PlaceEntry {
  const code = r.get('code').trim();
  const level = r.get('level').trim();
  if (!/^\d{2,12}$/.test(code)) fail(file, r.line, 'code', `expected an NBS division code, found "${code}"`);
  // The snapshot schema needs a level: a row without one would be refused later, at storage.
  if (!level) fail(file, r.line, 'level', 'must not be empty');
  const nameZh = r.get('name_zh').trim();
  if (!nameZh) fail(file, r.line, 'name_zh', 'must not be empty');
  const given = r.get('name_pinyin').trim();
  const pinyin = PINYIN_FIXES[code] ?? (given || generatedPinyin(nameZh));
  // 6590 is a statistical grouping (county-level cities under direct XUAR/XPCC rule), not a place name.
  const short = code === '6590' ? { en: [] } : shortForms(nameZh, pinyin);
  const place: PlaceEntry = {
    code,
    level,
    nameZh,
    namesEn: uniq([...(EXONYMS[code] ?? []), ...geonamesForms(r.get('name_en_geonames').trim()), ...short.en]),
  };
  const parent = r.get('parent_code').trim();
  if (parent) place.parentCode = parent;
  const zh = uniq([...(short.zh ? [short.zh] : []), ...(EXTRA_ZH[code] ?? [])], new Set([nameZh]));
  if (zh.length > 0) place.namesZh = zh;
  return place;
}

export function parseXinjiangPlaces(input: { file: string; text: string }): BuiltinSnapshot<'xinjiang-places'> {
  const { file, text } = input;
  const table = readCsv(text, file, ['code', 'level', 'name_zh', 'name_pinyin', 'name_en_geonames', 'parent_code']);
  const byCode = new Map<string, PlaceEntry>();
  const places: PlaceEntry[] = [];
  for (const r of table.rows) {
    const level = r.get('level').trim();
    if (level === 'geonames_populated_place') {
      const en = r.get('name_en_geonames').trim();
      if (!en) fail(file, r.line, 'name_en_geonames', 'a GeoNames place needs its English name');
      const linked = byCode.get(r.get('code').trim());
      // A place linked to a division adds its English name there. Unlinked exonyms (Kashgar, Hotan,
      // Korla ...) are already on their division through EXONYMS, so they are not repeated as
      // code-less places; only the remaining small places (Aykol, Zangguy ...) stay on their own.
      if (linked) linked.namesEn = uniq([...linked.namesEn, en]);
      else if (!Object.values(EXONYMS).some((names) => names.includes(en)))
        places.push({ code: '', level: 'place', nameZh: '', namesEn: [en], parentCode: '65' });
      continue;
    }
    const place = toPlace(r, file);
    if (byCode.has(place.code)) fail(file, r.line, 'code', `duplicate code ${place.code}`);
    if (place.parentCode && !byCode.has(place.parentCode))
      fail(file, r.line, 'parent_code', `parent ${place.parentCode} does not come before ${place.code}`);
    byCode.set(place.code, place);
  }
  if (!byCode.has('65')) fail(file, 0, 'code', 'the region itself (65) is missing');
  return {
    format: SNAPSHOT_FORMAT,
    meta: { ...BUILTIN_META['xinjiang-places'] },
    entries: [...byCode.values(), ...places],
  };
}
