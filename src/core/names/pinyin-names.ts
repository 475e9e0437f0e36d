// Listed names given only in pinyin, against company names written in Chinese characters on a page.
// The UFLPA list gives "Hetian Haolin Hair Accessories Co. Ltd."; a 1688 page shows
// "和田浩林发制品有限公司", which reads "he tian hao lin fa zhi pin ...". The listed name's leading
// pinyin words (places folded to their pinyin: Hotan -> hetian) must spell the start of the Chinese
// name's reading, ending on a character boundary and covering four characters at least. Many
// characters share a reading, so such a hit is a possible match, never a certain one.
import type { IndexHit, MatchIndex } from './match-index';
import { PINYIN_SYLLABLES } from './pinyin-syllables';
import { readPinyin } from './pinyin-reading';
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

// Listed names share few distinct words (about 0.3 new words per name), so the syllable split is
// remembered per word: building the index over 100,000 names then costs a map look-up per word.
const pinyinWords = new Map<string, boolean>();

/** True if the word splits into pinyin syllables ("haolin" = hao + lin; "hair" does not). */
export function isPinyin(word: string): boolean {
  let known = pinyinWords.get(word);
  if (known === undefined) {
    known = splitsIntoSyllables(word);
    if (pinyinWords.size > 200_000) pinyinWords.clear();
    pinyinWords.set(word, known);
  }
  return known;
}

function splitsIntoSyllables(word: string): boolean {
  const ok = new Array<boolean>(word.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < word.length; i++) {
    if (!ok[i]) continue;
    for (let n = 1; n <= LONGEST && i + n <= word.length; n++)
      if (SYLLABLES.has(word.slice(i, i + n))) ok[i + n] = true;
  }
  return ok[word.length] === true;
}

export interface PinyinIndex {
  /** Hits by the name's text (positions filled in per use): pages repeat their suppliers' names. */
  byText: Map<string, IndexHit[]>;
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

/**
 * The name index (its trie holds every listed name's words) and the hits remembered per Chinese
 * name (page scans and look-ups share them).
 */
export interface PinyinCtx {
  index: MatchIndex;
  pinyin?: PinyinIndex;
}

/** Where the Chinese name `x` (page text, or a look-up at offset 0) reads as a listed pinyin name. */
export function pinyinMatches(
  ctx: PinyinCtx,
  x: { text: string; start: number; end: number; from: number; to: number },
): IndexHit[] {
  if (!HAN.test(x.text)) return [];
  const idx = (ctx.pinyin ??= { byText: new Map() });
  let hits = idx.byText.get(x.text);
  if (!hits) {
    hits = pinyinHits(ctx.index, { text: x.text, start: 0, end: 0, from: 0, to: 0 });
    if (idx.byText.size > 5000) idx.byText.clear();
    idx.byText.set(x.text, hits);
  }
  return hits.map((h: IndexHit) => ({ ...h, from: x.from, to: x.to, start: x.start, end: x.end }));
}

function pinyinHits(
  index: MatchIndex,
  x: { text: string; start: number; end: number; from: number; to: number },
): IndexHit[] {
  const han = (x.text.match(HAN_ALL) ?? []).join('');
  if (han.length < MIN_CHARS) return [];
  const reading = readPinyin(han);
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
    // A run ends on a character boundary (the first character starting at that offset), covers
    // MIN_CHARS characters and KEY letters at least.
    const ends = new Map<number, number>();
    for (let endChar = c + MIN_CHARS; endChar <= han.length; endChar++) {
      const to = at[endChar] as number;
      if (to - from >= KEY && at.indexOf(to) === endChar) ends.set(to, endChar);
    }
    for (const p of index.pinyinPatterns(joined, from, new Set(ends.keys()), isPinyin)) {
      const ref = index.patternRef(p.pid);
      if (out.some((h) => h.ref === ref)) continue;
      out.push({
        ref,
        kind: 'name',
        source: index.patternSource(p.pid),
        from: x.from,
        to: x.to,
        start: x.start,
        end: x.end,
        score: PINYIN_SCORE,
        why: `Chinese name read in pinyin: "${han.slice(c, ends.get(p.end))}" reads "${p.words}"`,
      });
    }
  }
  return out;
}
