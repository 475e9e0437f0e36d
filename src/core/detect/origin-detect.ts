// Origin detection: countries and Xinjiang places where the page says goods or suppliers come
// from ("Made in", "Place of Origin", a manufacturer's or shipper's address, an Origin column),
// never where they go ("Export markets", "Ships to", a consignee) or where a reporter files from.
import type { ScanHints } from '../engine/engine-api';
import { legalForms } from '../names/legal-forms';
import type { CountryEntry, PlaceEntry } from '../lists/types';
import { T_ALLCAPS, T_BREAK, T_CJK, T_LINE, T_UPPER, tokenString, type Tokens } from '../text/normalize';
import {
  ADDRESS_CUES,
  FROM_CUES,
  NEGATIVE_CUES,
  ORIGIN_CUES,
  PEOPLE_FROM,
  REPORT_CUES,
  type CueKind,
} from './origin-cues';
import { chinaPlaces } from './china-places';
import { NOT_ORIGIN_HEADER, ORIGIN_HEADER } from '../text/cell-headers';
import {
  DEMONYMS,
  companyPlace,
  demonymQualifies,
  institution,
  onlyFillers,
  producerFollows,
  qualifiesFollowing,
  samePhrase,
} from './origin-roles';
import { PhraseIndex, type PhraseHit, type PhraseImage } from '../names/phrase-index';
import { chinesePlaceOk, englishPlaceOk } from './xinjiang-names';

export interface OriginRef {
  /** ISO 3166 alpha-2, or CN-XJ for Xinjiang. */
  key: string;
  label: string;
  /** A code (CN, CHN) or an ordinary word (China, Jordan): only in cells or right after a cue. */
  weak: boolean;
  /** An ISO code: only in an origin column or right after an origin cue ("Origin: CN"). */
  code?: boolean;
  /** A nationality adjective ("Malaysian"): only before a producer or a good. */
  demonym?: boolean;
  /** A place in China outside Xinjiang (a province or prefecture-level city). */
  china?: boolean;
  /** Written in Latin letters: needs a capital first letter on the page. */
  upper?: boolean;
}

export interface OriginHit {
  ref: OriginRef;
  start: number;
  end: number;
  from: number;
  to: number;
  /** Why it counts as an origin. */
  why: string;
}

export interface OriginTables {
  places: PhraseIndex<OriginRef>;
  cues: PhraseIndex<CueKind>;
  /** Words that make a Xinjiang mention a statement about goods ("Xinjiang cotton"). */
  goodsWords: PhraseIndex<string>;
}

// English place spellings that are ordinary words or places elsewhere; kept only in Chinese.
const PLACE_STOP = new Set([
  'aral',
  'altai',
  'ili',
  'xinxing',
  'baiyang',
  'shuanghe',
  'kunyu',
  'xinyuan',
  'qinghe',
  'xinhe',
  'xinshiqu',
  'tianshanqu',
  'east turkestan',
  'hejing',
  'fuhai',
  'zizhiquzhixiaxianjixingzhengquhua',
]);
const GOODS = [
  'cotton',
  'long staple cotton',
  'tomato',
  'tomatoes',
  'tomato paste',
  'polysilicon',
  'silicon',
  'yarn',
  'lint',
  'red dates',
  'jujube',
  'jujubes',
  'garlic',
  'hair',
  'wigs',
  'textile',
  'textiles',
  'apparel',
  'garments',
  'aluminium',
  'aluminum',
  'pvc',
  'caustic soda',
  'walnuts',
  'peppers',
  'chili',
  'grapes',
  'raisins',
  'melon',
  'melons',
  '棉',
  '棉花',
  '长绒棉',
  '番茄',
  '番茄酱',
  '多晶硅',
  '红枣',
  '大枣',
  '棉纱',
  '棉布',
  '辣椒',
  '葡萄干',
  '核桃',
  '硅',
  '铝',
];

export function buildOriginTables(countries: readonly CountryEntry[], places: readonly PlaceEntry[]): OriginTables {
  const idx = new PhraseIndex<OriginRef>();
  for (const c of countries) {
    const amb = new Set((c.ambiguousNames ?? []).map((s) => s.toLowerCase()));
    const strong: OriginRef = { key: c.iso2, label: c.name, weak: false };
    const weak: OriginRef = { key: c.iso2, label: c.name, weak: true };
    const code: OriginRef = { key: c.iso2, label: c.name, weak: true, code: true };
    for (const n of [c.name, ...c.aliases, ...(c.nameZh ? [c.nameZh] : [])]) {
      const isCode = /^[A-Z]{2,3}$/u.test(n) && n !== 'USA' && n !== 'UAE' && n !== 'PRC';
      idx.add(n, isCode ? code : amb.has(n.toLowerCase()) ? weak : strong, isCode ? true : undefined);
    }
    idx.add(c.iso3, code, true);
    idx.add(c.iso2, code, true);
  }
  for (const p of places) {
    const ref: OriginRef = { key: 'CN-XJ', label: p.nameZh || p.namesEn[0] || 'Xinjiang', weak: false };
    for (const n of p.namesEn) {
      const low = n.toLowerCase();
      if (PLACE_STOP.has(low) || low.length < 4 || !englishPlaceOk(n, p.level)) continue;
      idx.add(n, ref, /^[A-Z]{2,5}$/u.test(n) ? true : undefined);
    }
    if (p.nameZh) idx.add(p.nameZh, ref);
    for (const z of p.namesZh ?? []) if (chinesePlaceOk(z)) idx.add(z, ref);
  }
  for (const c of chinaPlaces()) {
    const zh: OriginRef = { key: 'CN', label: c.zh, weak: false, china: true };
    idx.add(c.zh, zh);
    if (c.short.length >= 2 && c.short !== c.zh) idx.add(c.short, zh);
    // Pinyin names of four letters or more (Xi'an, Ji'an kept whole); short ones are words elsewhere.
    if (c.en.replace(/'/gu, '').length >= 5 || c.province)
      idx.add(c.en, { key: 'CN', label: c.en, weak: false, china: true, upper: true });
  }
  for (const [name, key] of Object.entries(DEMONYMS))
    idx.add(name, { key, label: name, weak: true, demonym: true, upper: true });
  const cues = new PhraseIndex<CueKind>();
  for (const c of ORIGIN_CUES) cues.add(c, 'origin', false);
  for (const c of ADDRESS_CUES) cues.add(c, 'address', false);
  for (const c of NEGATIVE_CUES) cues.add(c, 'not', false);
  for (const c of PEOPLE_FROM) cues.add(c, 'not', false);
  for (const c of REPORT_CUES) cues.add(c, 'report', false);
  for (const c of FROM_CUES) cues.add(c, 'from', false);
  const goodsWords = new PhraseIndex<string>();
  for (const g of GOODS) goodsWords.add(g, g, false);
  return { places: idx, cues, goodsWords };
}

/** The tables as plain data (see PhraseIndex.image), for the extension's packaged copy. */
export interface OriginTablesImage {
  places: PhraseImage;
  cues: PhraseImage;
  goodsWords: PhraseImage;
}

export function originTablesImage(t: OriginTables): OriginTablesImage {
  return { places: t.places.image(), cues: t.cues.image(), goodsWords: t.goodsWords.image() };
}

/** The tables an image describes, or what is wrong with it. */
export function originTablesFromImage(x: OriginTablesImage): OriginTables | string {
  const places = PhraseIndex.fromImage<OriginRef>(x.places);
  const cues = PhraseIndex.fromImage<CueKind>(x.cues);
  const goodsWords = PhraseIndex.fromImage<string>(x.goodsWords);
  for (const p of [places, cues, goodsWords]) if (typeof p === 'string') return p;
  return {
    places: places as PhraseIndex<OriginRef>,
    cues: cues as PhraseIndex<CueKind>,
    goodsWords: goodsWords as PhraseIndex<string>,
  };
}

interface Cue {
  kind: CueKind;
  from: number;
  to: number;
}

/** Token index of the last token before the line that follows `k`'s line ends + `lines` lines. */
function reachEnd(t: Tokens, to: number, lines: number): number {
  let seen = 0;
  let e = to;
  while (e < t.count && e - to < 40) {
    if ((t.flags[e] as number) & T_LINE) {
      seen++;
      if (seen > lines) break;
    }
    e++;
  }
  return e;
}

export function detectOrigins(text: string, t: Tokens, tables: OriginTables, hints?: ScanHints): OriginHit[] {
  const hits = tables.places.scan(text, t);
  if (hits.length === 0) return [];
  const cueHits = tables.cues.scan(text, t);
  // Each cue covers tokens up to the next cue or the end of its line; a label at the end of its
  // line covers the next lines too (label/value layouts and address blocks).
  const cues: (Cue & { until: number })[] = cueHits.map((c, i) => {
    const next = cueHits[i + 1];
    const endsLine = c.to >= t.count || ((t.flags[c.to] as number) & T_LINE) !== 0;
    // A label ("Shipper:", or a cue ending its line) covers the next lines: label/value layouts
    // and address blocks. A cue inside a sentence covers the rest of its line only.
    const label = endsLine || ((t.flags[c.to] as number) & T_BREAK) !== 0;
    let until = reachEnd(t, c.to, endsLine ? 4 : label && c.ref !== 'origin' ? 2 : 0);
    // "based in Dalian, near China's border with North Korea": an address cue inside a sentence
    // reaches the place it introduces, not the rest of the sentence.
    if (!label && c.ref === 'address') until = Math.min(until, c.to + 8, sentenceEnd(text, t, c.to));
    // A label's later lines are an address block: short lines, not the prose after it.
    else if (label && c.ref === 'address') until = Math.min(until, longLine(text, t, c.to));
    if (next && next.from < until) until = next.from;
    return { kind: c.ref, from: c.from, to: c.to, until };
  });
  const cells = (hints?.cells ?? [])
    .filter((c) => ORIGIN_HEADER.test(c.header) || NOT_ORIGIN_HEADER.test(c.header))
    .sort((a, b) => a.start - b.start);
  const cellAt = (s: number, e: number): (typeof cells)[number] | undefined => {
    let lo = 0;
    let hi = cells.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = cells[mid] as (typeof cells)[number];
      if (c.end < e) lo = mid + 1;
      else if (c.start > s) hi = mid - 1;
      else return c;
    }
    return undefined;
  };
  const goods = tables.goodsWords.scan(text, t);
  const out: OriginHit[] = [];
  let ci = 0;
  // Hits come in page order: one place key per position is checked against the keys seen there.
  let seenFrom = -1;
  const seenKeys: string[] = [];
  /** The last place taken by its structure, for the next place of the same phrase (", China"). */
  let lastTaken: PhraseHit<OriginRef> | undefined;
  for (const h of hits) {
    if (h.from !== seenFrom) {
      seenFrom = h.from;
      seenKeys.length = 0;
    }
    if (seenKeys.includes(h.ref.key)) continue;
    seenKeys.push(h.ref.key);
    if (h.ref.upper && ((t.flags[h.from] as number) & T_UPPER) === 0) continue;
    const cell = cells.length > 0 ? cellAt(h.start, h.end) : undefined;
    if (cell) {
      if (!h.ref.demonym && !NOT_ORIGIN_HEADER.test(cell.header)) out.push(toHit(h, `in column "${cell.header}"`));
      continue;
    }
    while (ci < cues.length && (cues[ci] as Cue & { until: number }).until <= h.from) ci++;
    // The covering cue, if any: the last cue that starts before the hit and reaches it.
    let cover: (Cue & { until: number }) | undefined;
    for (let k = ci; k < cues.length; k++) {
      const c = cues[k] as Cue & { until: number };
      if (c.from >= h.from) break;
      if (c.until >= h.to) cover = c;
    }
    if (cover?.kind === 'not') continue;
    if (h.ref.demonym) {
      if (demonymQualifies(text, t, h.from, h.to)) out.push(toHit(h, 'nationality of a producer or good'));
      continue;
    }
    if (institution(text, t, h.to)) continue;
    // A company's or producer's own place, "-based"/"-made", or the rest of such a phrase.
    const listed =
      lastTaken !== undefined &&
      samePhrase(text, t, lastTaken.to, h.from) &&
      (!h.ref.code || ((t.flags[h.from] as number) & T_ALLCAPS) !== 0);
    if (
      listed ||
      (!h.ref.code &&
        (companyPlace(text, t, h.from) ||
          qualifiesFollowing(text, t, h.to) ||
          ((xjOrChina(h.ref) && !h.ref.weak && producerFollows(text, t, h.to)) as boolean)))
    ) {
      out.push(toHit(h, 'where the supplier or goods are'));
      lastTaken = h;
      continue;
    }
    const xj = h.ref.key === 'CN-XJ';
    if (cover?.kind === 'report') continue;
    if (cover?.kind === 'from') {
      const codeOk = !h.ref.code || (h.from - cover.to <= 1 && ((t.flags[h.from] as number) & T_ALLCAPS) !== 0);
      if (codeOk && onlyFillers(text, t, cover.to, h.from)) {
        out.push(toHit(h, 'where the goods come from'));
        lastTaken = h;
        continue;
      }
      cover = undefined;
    }
    if (h.ref.code && !(cover?.kind === 'origin' && h.from - cover.to <= 1)) continue;
    if (cover) {
      // Weak names (codes, "China", "Jordan") only right after the cue.
      if (h.ref.weak && h.from - cover.to > 2 && cover.kind !== 'address') continue;
      if (h.ref.weak && cover.kind === 'address' && !addressLike(t, h.from)) continue;
      out.push(toHit(h, cover.kind === 'origin' ? 'origin stated' : 'in an address'));
      lastTaken = h;
      continue;
    }
    if ((xj || h.ref.china) && !h.ref.weak && placeDescribes(t, h, goods))
      out.push(toHit(h, xj ? 'Xinjiang place describing goods or a supplier' : 'place in China naming a supplier'));
  }
  return out;
}

/** The first token after `from` that starts a new sentence (". The"), or the end. */
function sentenceEnd(text: string, t: Tokens, from: number): number {
  for (let k = from + 1; k < t.count && k < from + 40; k++) {
    const f = t.flags[k] as number;
    if (f & T_LINE) return k;
    if (!(f & T_BREAK) || !(f & T_UPPER)) continue;
    const s = t.start[k] as number;
    const before = text.slice(Math.max(0, s - 2), s).trimEnd();
    const prev = tokenString(text, t, k - 1);
    if (/[.!?;]$/u.test(before) && !/^(co|ltd|inc|bhd|corp|no|st|jr|sr|u|s)$/u.test(prev)) return k;
  }
  return t.count;
}

/** The first token of a line longer than an address line (prose), after the cue's own line. */
function longLine(text: string, t: Tokens, from: number): number {
  for (let k = from + 1; k < t.count && k < from + 60; k++) {
    if (!((t.flags[k] as number) & T_LINE)) continue;
    const s = t.start[k] as number;
    const e = text.indexOf('\n', s);
    if ((e < 0 ? text.length : e) - s > 80) return k;
  }
  return t.count;
}

const xjOrChina = (r: OriginRef): boolean => r.key === 'CN-XJ' || r.china === true;

function toHit(h: PhraseHit<OriginRef>, why: string): OriginHit {
  return { ref: h.ref, start: h.start, end: h.end, from: h.from, to: h.to, why };
}

/** A country word at the end of an address ("..., Aksu, Xinjiang, China"): preceded by a comma. */
function addressLike(t: Tokens, from: number): boolean {
  const f = t.flags[from] as number;
  return (f & T_BREAK) !== 0 || (f & T_CJK) !== 0 || (f & T_UPPER) !== 0;
}

/**
 * Xinjiang (or a place in China) with no cue still counts when it qualifies goods ("Xinjiang
 * cotton", 新疆长绒棉) or starts a company name (capitalised words then, on the same line).
 */
function placeDescribes(t: Tokens, h: PhraseHit<OriginRef>, goods: readonly PhraseHit<string>[]): boolean {
  // Goods hits are in text order: binary-search the first one at or after the place.
  let lo = 0;
  let hi = goods.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((goods[mid] as PhraseHit<string>).from < h.to) lo = mid + 1;
    else hi = mid;
  }
  const g = goods[lo];
  if (g && g.from - h.to <= 2) return true;
  // "Aksu Huafu Textiles Co." or 新疆...有限公司: followed by name words on the same phrase.
  let e = h.to;
  let words = 0;
  const max = ((t.flags[h.from] as number) & T_CJK) !== 0 ? 16 : 6;
  while (e < t.count && words < max) {
    const f = t.flags[e] as number;
    if (f & (T_LINE | T_BREAK)) break;
    if (!(f & (T_UPPER | T_CJK))) break;
    words++;
    e++;
  }
  return words >= 1 && nameEnds(t, h.to + 1, e);
}

function nameEnds(t: Tokens, from: number, e: number): boolean {
  const lf = legalForms();
  for (let k = from; k <= e && k < t.count; k++) if (lf.consume(t, k) > 0) return true;
  return false;
}
