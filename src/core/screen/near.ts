// The closest listed entries to a name that is not a match: a partial name ("Hoshine Silicon"),
// a distinctive word ("hoshine"), a word with a typo. For people looking a name up (the popup, the
// `screen` CLI, a status typed in Settings), never for deciding a match: these are leads to check,
// ranked by how much of the typed name they contain and how rare those words are.
import type { NameMatch } from '../engine/engine-api';
import { isCommonWord } from '../names/common-words';
import { editDistanceAtMost1 } from '../text/fuzzy';
import type { Party } from '../suppliers/parties';
import { screenKey, type ScreenKey } from './screen-key';

export interface NearIndex {
  keys: readonly ScreenKey[];
  refs: readonly number[];
  byKey: ReadonlyMap<string, readonly number[]>;
}

/** How many listed names hold each word, so rare words weigh more than "xinjiang" or "silicon". */
const dfCache = new WeakMap<NearIndex, Map<string, number>>();
function docFreq(si: NearIndex): Map<string, number> {
  let df = dfCache.get(si);
  if (df) return df;
  df = new Map();
  for (const k of si.keys) for (const t of new Set(k.tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  dfCache.set(si, df);
  return df;
}

/** A word that names a party rather than describing it: not generic, not a country, not everywhere. */
const DISTINCT_DF = 25;

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
    // The same test as boundedLevenshtein(q, t, 1) <= 1 in one pass without arrays: up to 3,000
    // candidates a name, 10 names a scan, this loop was a fifth of a 1 MB scan at 100,000 names.
    else if (q.length >= 5 && t.length >= 5 && editDistanceAtMost1(q, t)) quality = 0.8;
    if (quality > (best?.quality ?? 0)) best = { q, t, quality };
  }
  return best;
}

const MAX_CANDIDATES = 3000;

export function nearestEntries(
  name: string,
  si: NearIndex,
  parties: readonly Party[],
  isCountry: (tok: string) => boolean,
  limit = 5,
): NameMatch[] {
  const key = screenKey(name);
  const words = [...new Set([...key.tokens, ...key.qualifiers])].filter((w) => w.length >= 3);
  if (!words.length) return [];
  const df = docFreq(si);
  const n = si.keys.length || 1;
  const weight = (w: string) => Math.log(1 + n / (1 + (df.get(w) ?? 0)));
  const cand = new Set<number>();
  for (const w of words) {
    const probes = [w, `^${w.slice(0, 4)}`];
    if (w.length >= 5) for (let i = 0; i < w.length; i++) probes.push(`${w.slice(0, i)}${w.slice(i + 1)}`);
    for (const p of probes)
      for (const id of si.byKey.get(p) ?? []) {
        if (cand.size >= MAX_CANDIDATES) break;
        cand.add(id);
      }
  }
  const total = words.reduce((s, w) => s + weight(w), 0);
  // Candidates are kept bare; only the few returned get their names and reasons written out.
  const best = new Map<number, { score: number; hits: WordHit[] }>();
  for (const id of cand) {
    const entry = si.keys[id] as ScreenKey;
    const tokens = [...entry.tokens, ...entry.qualifiers];
    const hits = words.map((w) => bestWord(w, tokens)).filter((h): h is WordHit => !!h);
    // At least one matched word must be distinctive, or "Chemical Co" would list half the lists.
    const distinct = hits.some(
      (h) => !isCommonWord(h.t) && !isCountry(h.t) && h.t.length >= 4 && (df.get(h.t) ?? 0) <= DISTINCT_DF,
    );
    if (!distinct) continue;
    const got = hits.reduce((s, h) => s + weight(h.q) * h.quality, 0) / total;
    if (got < 0.5) continue;
    const entryShare = new Set(hits.map((h) => h.t)).size / Math.max(1, entry.tokens.length);
    // Below every match score (0.65 and up): a lead, not a match.
    const score = Math.round((0.3 + 0.2 * got + 0.1 * Math.min(1, entryShare)) * 100) / 100;
    const ref = si.refs[id] as number;
    if ((best.get(ref)?.score ?? 0) >= score) continue;
    best.set(ref, { score, hits });
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
