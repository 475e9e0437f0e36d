// Screening one supplier name against every name list (CLI `screen`, popup look-up). Candidates
// come from a word index (words, one-letter deletions, 4-letter prefixes), built on first use
// so the page-scanning engine does not pay for it; each candidate is compared whole-name. Leads
// (names close to an entry, near.ts) come from the compiled index's words instead (near-words.ts):
// page scans ask for them, and must not wait for this index.
import type { NameMatch } from '../engine/engine-api';
import type { MatchIndex } from '../names/match-index';
import type { Party } from '../suppliers/parties';
import { compareKeys } from './screen-key-compare';
import { screenKey, type ScreenKey } from './screen-key';
import { pinyinMatches, type PinyinIndex } from '../names/pinyin-names';
import { nearestEntries, slashAlternatives } from './near';
import { NearWords } from './near-words';

interface ScreenIndex {
  keys: ScreenKey[];
  refs: number[];
  byKey: Map<string, number[]>;
}

export interface ScreenCtx {
  index: MatchIndex;
  parties: Party[];
  countryWords: Set<string>;
  screenIndex?: ScreenIndex;
  near?: NearWords;
  pinyin?: PinyinIndex;
}

function lookupKeys(tok: string): string[] {
  const out = [tok];
  if (tok.length >= 4 && tok.length <= 14)
    for (let i = 0; i < tok.length; i++) out.push(`${tok.slice(0, i)}${tok.slice(i + 1)}`);
  if (tok.length >= 5) out.push(`^${tok.slice(0, 4)}`);
  return out;
}

function buildScreenIndex(ctx: ScreenCtx): ScreenIndex {
  const keys: ScreenKey[] = [];
  const refs: number[] = [];
  const byKey = new Map<string, number[]>();
  const seen = new Set<string>();
  for (let pid = 0; pid < ctx.index.size; pid++) {
    const source = ctx.index.patternSource(pid);
    const ref = ctx.index.patternRef(pid);
    const dedupe = `${ref}\u0000${source}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    for (const alt of slashAlternatives(source)) {
      const k = screenKey(alt);
      const id = keys.length;
      keys.push(k);
      refs.push(ref);
      const acronym = initials(k.tokens);
      const words = new Set<string>([
        ...k.tokens.flatMap(lookupKeys),
        `=${k.compact}`,
        ...(acronym ? [`#${acronym}`] : []),
      ]);
      for (const w of words) {
        const arr = byKey.get(w);
        if (arr) arr.push(id);
        else byKey.set(w, [id]);
      }
    }
  }
  return { keys, refs, byKey };
}

const MAX_CANDIDATES = 2000;

/** Words an acronym leaves out ("People's Liberation Army" is PLA, "Bank of China" BOC... not BOFC). */
const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'del', 'y', 'et', 'und']);

/** The initials of a name of three or more words, or undefined. */
function initials(tokens: readonly string[]): string | undefined {
  const words = tokens.filter((t) => !ACRONYM_SKIP.has(t) && /^\p{L}/u.test(t));
  if (words.length < 3 || words.length > 6) return undefined;
  return words.map((w) => w[0]).join('');
}

/**
 * An input that is an acronym written in capitals, maybe with a country ("PLA", "XPCC", "PLA
 * China"): listed names with those initials are possible matches, never certain ones.
 */
function acronymOf(name: string, key: ScreenKey, isCountry: (tok: string) => boolean): string | undefined {
  const caps = name.split(/[^\p{L}]+/u).filter((w) => /^[A-Z]{3,6}$/u.test(w));
  if (caps.length !== 1) return undefined;
  const acr = (caps[0] as string).toLowerCase();
  const rest = key.tokens.filter((t) => t !== acr);
  return rest.length === key.tokens.length - 1 && rest.every(isCountry) ? acr : undefined;
}

/**
 * Listed entries close to a name (partial names, one distinctive word, a typo), best first. With
 * `excludeMatches` (look-ups), entries `screenName` matches are left out: they are shown as
 * matches. For look-ups and notes on unlisted page names, never for flags.
 */
export function nearestNames(name: string, ctx: ScreenCtx, limit = 5, excludeMatches = true): NameMatch[] {
  const isCountry = (t: string): boolean => ctx.countryWords.has(t);
  ctx.near ??= new NearWords(ctx.index, isCountry);
  if (!excludeMatches) return nearestEntries(name, ctx.near, ctx.parties, isCountry, limit);
  const matched = new Set(screenName(name, ctx).map((m) => `${m.list}\u0000${m.entryId}`));
  return nearestEntries(name, ctx.near, ctx.parties, isCountry, limit + matched.size)
    .filter((m) => !matched.has(`${m.list}\u0000${m.entryId}`))
    .slice(0, limit);
}

export function screenName(name: string, ctx: ScreenCtx): NameMatch[] {
  ctx.screenIndex ??= buildScreenIndex(ctx);
  const si = ctx.screenIndex;
  const key = screenKey(name);
  const cand = new Set<number>();
  const probe = [...key.tokens.flatMap(lookupKeys), `=${key.compact}`];
  for (const w of probe) {
    for (const id of si.byKey.get(w) ?? []) {
      if (cand.size >= MAX_CANDIDATES) break;
      cand.add(id);
    }
  }
  const isCountry = (tok: string): boolean => ctx.countryWords.has(tok);
  const best = new Map<number, NameMatch>();
  /** Keeps the best match per listed party. */
  const offer = (ref: number, score: number, why: string): void => {
    const prev = best.get(ref);
    if (prev && prev.score >= score) return;
    const p = ctx.parties[ref] as Party;
    best.set(ref, { name: p.entry.name, list: p.list, entryId: p.entry.id, score: Math.round(score * 100) / 100, why });
  };
  const acr = acronymOf(name, key, isCountry);
  for (const id of acr ? (si.byKey.get(`#${acr}`) ?? []).slice(0, MAX_CANDIDATES) : [])
    offer(si.refs[id] as number, 0.65, 'acronym of the listed name');
  // A name in Chinese characters against listed names given only in pinyin.
  for (const h of pinyinMatches(ctx, { text: name, start: 0, end: name.length, from: 0, to: 0 }))
    offer(h.ref, h.score, h.why);
  for (const id of cand) {
    const r = compareKeys(key, si.keys[id] as ScreenKey, isCountry);
    if (r) offer(si.refs[id] as number, r.score, r.why || 'exact');
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
}
