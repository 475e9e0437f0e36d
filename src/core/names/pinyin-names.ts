// Listed names given only in pinyin, against company names written in Chinese characters on a page.
// The UFLPA list gives "Hetian Haolin Hair Accessories Co. Ltd."; a 1688 page shows
// "和田浩林发制品有限公司", which reads "he tian hao lin fa zhi pin ...". The listed name's leading
// pinyin words (places folded to their pinyin: Hotan -> hetian) must spell the start of the Chinese
// name's reading, ending on a character boundary and covering four characters at least. Many
// characters share a reading, so such a hit is a possible match, never a certain one.
import { pinyin } from 'pinyin-pro';
import type { IndexHit } from './match-index';
import { partyNames, type Party } from '../suppliers/parties';
import { PINYIN_SYLLABLES } from './pinyin-syllables';
import { canonicalPlaceToken } from './place-variants';

const SYLLABLES = new Set(PINYIN_SYLLABLES.split(' '));
const LONGEST = 6;
/** Characters the reading must cover: two-character place plus a two-character name at least. */
const MIN_CHARS = 4;
const KEY = 6;
/** Below the review score: shown as a possible match. */
export const PINYIN_SCORE = 0.75;
const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;

/** True if the word splits into pinyin syllables ("haolin" = hao + lin; "hair" does not). */
export function isPinyin(word: string): boolean {
  const ok = new Array<boolean>(word.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < word.length; i++) {
    if (!ok[i]) continue;
    for (let n = 1; n <= LONGEST && i + n <= word.length; n++)
      if (SYLLABLES.has(word.slice(i, i + n))) ok[i + n] = true;
  }
  return ok[word.length] === true;
}

interface Spelling {
  ref: number;
  name: string;
  /** The leading pinyin words joined ("hetianhaolin"). */
  run: string;
  words: string;
}

export interface PinyinIndex {
  byKey: Map<string, Spelling[]>;
}

/** The leading pinyin words of a Latin-script name, places folded; undefined if there are none. */
export function pinyinRun(name: string): { run: string; words: string } | undefined {
  if (HAN.test(name)) return undefined;
  const words: string[] = [];
  for (const raw of name.toLowerCase().split(/[^a-z]+/u)) {
    if (!raw) continue;
    const w = canonicalPlaceToken(raw);
    if (!isPinyin(w)) break;
    words.push(w);
  }
  const run = words.join('');
  return run.length >= KEY ? { run, words: words.join(' ') } : undefined;
}

function buildPinyinIndex(parties: readonly Party[]): PinyinIndex {
  const byKey = new Map<string, Spelling[]>();
  parties.forEach((p, ref) => {
    for (const n of partyNames(p.entry)) {
      if (n.kind === 'local') continue;
      const r = pinyinRun(n.name);
      if (!r) continue;
      const key = r.run.slice(0, KEY);
      const list = byKey.get(key) ?? [];
      if (!list.some((s) => s.ref === ref && s.run === r.run)) list.push({ ref, name: n.name, ...r });
      byKey.set(key, list);
    }
  });
  return { byKey };
}

/** Holds the index, built the first time a Chinese name is read (page scans and look-ups share it). */
export interface PinyinCtx {
  parties: Party[];
  pinyin?: PinyinIndex;
}

/** Where the Chinese name `x` (page text, or a look-up at offset 0) reads as a listed pinyin name. */
export function pinyinMatches(
  ctx: PinyinCtx,
  x: { text: string; start: number; end: number; from: number; to: number },
): IndexHit[] {
  if (!HAN.test(x.text)) return [];
  ctx.pinyin ??= buildPinyinIndex(ctx.parties);
  return pinyinHits(ctx.pinyin, x);
}

function pinyinHits(
  idx: PinyinIndex,
  x: { text: string; start: number; end: number; from: number; to: number },
): IndexHit[] {
  const han = (x.text.match(HAN_ALL) ?? []).join('');
  if (han.length < MIN_CHARS) return [];
  const reading = pinyin(han, { toneType: 'none', type: 'array' }).map((s) => s.replace(/ü/gu, 'v'));
  if (reading.length !== han.length) return [];
  // Offsets in the joined reading where each character starts.
  const at: number[] = [0];
  for (const s of reading) at.push((at[at.length - 1] as number) + s.length);
  const joined = reading.join('');
  // English names often drop the province: 新疆和田… is listed as "Hetian …".
  const starts = han.startsWith('新疆') ? [0, 2] : [0];
  const out: IndexHit[] = [];
  for (const c of starts) {
    const from = at[c] as number;
    for (const s of idx.byKey.get(joined.slice(from, from + KEY)) ?? []) {
      if (!joined.startsWith(s.run, from)) continue;
      const endChar = at.indexOf(from + s.run.length);
      if (endChar < 0 || endChar - c < MIN_CHARS) continue;
      if (out.some((h) => h.ref === s.ref)) continue;
      out.push({
        ref: s.ref,
        kind: 'name',
        source: s.name,
        from: x.from,
        to: x.to,
        start: x.start,
        end: x.end,
        score: PINYIN_SCORE,
        why: `Chinese name read in pinyin: "${han.slice(c, endChar)}" reads "${s.words}"`,
      });
    }
  }
  return out;
}
