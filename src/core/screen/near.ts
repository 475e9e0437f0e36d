// The closest listed entries to a name that is not a match: a partial name ("Hoshine Silicon"),
// a distinctive word ("hoshine"), a word with a typo. For people looking a name up (the popup, the
// `screen` CLI, a status typed in Settings), never for deciding a match: these are leads to check,
// ranked by how much of the typed name they contain and how rare those words are.
import type { NameMatch } from '../engine/engine-api';
import { isCommonWord } from '../names/common-words';
import { editDistanceAtMost1 } from '../text/fuzzy';
import { partyNames, type Party } from '../suppliers/parties';
import { screenKey } from './screen-key';
import { DISTINCT_DF, type NearWords } from './near-words';

interface WordHit {
  q: string;
  t: string;
  quality: number;
}

function bestWord(q: string, tokens: readonly string[]): WordHit | undefined {
  let best: WordHit | undefined;
  for (const t of tokens) {
    let quality = 0;
    if (t === q) quality = 1;
    else if (q.length >= 4 && t.startsWith(q)) quality = 0.85;
    else if (q.length >= 5 && t.length >= 5 && editDistanceAtMost1(q, t)) quality = 0.8;
    if (quality > (best?.quality ?? 0)) best = { q, t, quality };
  }
  return best;
}

/** "Al-Qa'ida/Islamic Army": names joined by a slash are alternatives (not "A/S"). */
export function slashAlternatives(name: string): string[] {
  const parts = name.split('/').map((x) => x.trim());
  return parts.length > 1 && parts.every((x) => x.replace(/[^\p{L}]/gu, '').length >= 4) ? [name, ...parts] : [name];
}

const MAX_CANDIDATES = 3000;

/** A listed name's words as `nearestEntries` compares them. */
interface EntryWords {
  tokens: string[];
  /** How many of them are the name's core (not its qualifiers). */
  core: number;
}

/**
 * Each candidate party's names as words, kept per party table: the same parties come up for name
 * after name (a page's unlisted companies share their words), and working out their keys was most
 * of a look-up. Bounded: emptied past this many parties.
 */
const ENTRY_CACHE_MAX = 20_000;
const entryCache = new WeakMap<readonly Party[], Map<number, EntryWords[]>>();

function entryWords(parties: readonly Party[], ref: number): EntryWords[] {
  let cache = entryCache.get(parties);
  if (!cache) entryCache.set(parties, (cache = new Map()));
  let got = cache.get(ref);
  if (!got) {
    if (cache.size >= ENTRY_CACHE_MAX) cache.clear();
    got = partyNames((parties[ref] as Party).entry)
      .flatMap((x) => slashAlternatives(x.name))
      .map((listed) => {
        const entry = screenKey(listed);
        return { tokens: [...entry.tokens, ...entry.qualifiers], core: entry.tokens.length };
      });
    cache.set(ref, got);
  }
  return got;
}

export function nearestEntries(
  name: string,
  near: NearWords,
  parties: readonly Party[],
  isCountry: (tok: string) => boolean,
  limit = 5,
): NameMatch[] {
  const key = screenKey(name);
  const words = [...new Set([...key.tokens, ...key.qualifiers])].filter((w) => w.length >= 3);
  if (!words.length) return [];
  const n = near.total || 1;
  const dfs = new Map<string, number>();
  const df = (w: string): number => {
    let d = dfs.get(w);
    if (d === undefined) dfs.set(w, (d = near.df(w)));
    return d;
  };
  const weight = (w: string) => Math.log(1 + n / (1 + df(w)));
  const cand = new Set<number>();
  for (const w of words) near.partiesNear(w, cand, MAX_CANDIDATES);
  const total = words.reduce((s, w) => s + weight(w), 0);
  // Candidates are kept bare; only the few returned get their names and reasons written out.
  const best = new Map<number, { score: number; hits: WordHit[] }>();
  for (const ref of cand) {
    for (const { tokens, core } of entryWords(parties, ref)) {
      const hits = words.map((w) => bestWord(w, tokens)).filter((h): h is WordHit => !!h);
      // At least one matched word must be distinctive, or "Chemical Co" would list half the lists.
      const distinct = hits.some(
        (h) => !isCommonWord(h.t) && !isCountry(h.t) && h.t.length >= 4 && df(h.t) <= DISTINCT_DF,
      );
      if (!distinct) continue;
      const got = hits.reduce((s, h) => s + weight(h.q) * h.quality, 0) / total;
      if (got < 0.5) continue;
      const entryShare = new Set(hits.map((h) => h.t)).size / Math.max(1, core);
      // Below every match score (0.65 and up): a lead, not a match.
      const score = Math.round((0.3 + 0.2 * got + 0.1 * Math.min(1, entryShare)) * 100) / 100;
      if ((best.get(ref)?.score ?? 0) >= score) continue;
      best.set(ref, { score, hits });
    }
  }
  // Only entries scoring at least the limit-th best can be returned: sorting (by name, through
  // localeCompare) just those gives the same first `limit` as sorting them all, at a fraction.
  const scores = [...best.values()].map((b) => b.score).sort((a, b) => b - a);
  const floor = scores[Math.min(limit, scores.length) - 1] ?? 0;
  const top: NameMatch[] = [];
  for (const [ref, { score, hits }] of best) {
    if (score < floor) continue;
    const p = parties[ref] as Party;
    const said = hits.map((h) => (h.q === h.t ? `"${h.t}"` : `"${h.q}" ≈ "${h.t}"`)).join(', ');
    const missed = words.length - hits.length;
    top.push({
      name: p.entry.name,
      list: p.list,
      entryId: p.entry.id,
      score,
      why: `close, not a match: shares ${said}${missed ? `; ${missed} typed word${missed > 1 ? 's' : ''} not in it` : ''}`,
    });
  }
  return top.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, limit);
}

/** At most this many unlisted names per scan are compared (a page of 500 suppliers stays fast). */
const NOTE_CAP = 10;

/**
 * Unlisted company names on a page that are close to a listed entry say so instead of "on no
 * list": "Hoshine Silicon Co., Ltd." is not the listed name, but a buyer must check it.
 */
export function noteCloseNames<
  F extends { kind: string; key: string; list: string | null; severity: string; explanation: string },
>(findings: F[], nearest: (name: string) => NameMatch[]): F[] {
  let budget = NOTE_CAP;
  return findings.map((f) => {
    if (f.kind !== 'supplier' || f.list !== null || f.severity !== 'info' || budget <= 0) return f;
    budget--;
    const n = nearest(f.key)[0];
    if (!n) return f;
    return {
      ...f,
      explanation:
        `"${f.key}" is not a name on the enabled lists, but it is close to "${n.name}" (${n.list}; ${n.why}). ` +
        `Compare the full legal name, address and registration before ordering.`,
    };
  });
}
