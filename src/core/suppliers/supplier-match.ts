// Listed-party findings from index hits: one finding per page span, citing every list that names
// the party; a custom "cleared" list turns a watch-list finding into info with who cleared it and
// when, and only annotates a statutory one.
import type { Finding, FindingRef } from '../engine/engine-api';
import type { IndexHit } from '../names/match-index';
import type { Party } from './parties';
import { partyVerdict, SEVERITY_RANK } from './supplier-rules';

/** Below this score a hit is a "possible match" that needs review (severity low). */
export const REVIEW_SCORE = 0.8;

// A party's verdict depends on the party alone; pages name the same parties over and over.
const verdictOf = new WeakMap<Party, ReturnType<typeof partyVerdict>>();
function verdict(p: Party): ReturnType<typeof partyVerdict> {
  let v = verdictOf.get(p);
  if (!v) verdictOf.set(p, (v = partyVerdict(p)));
  // Findings own their refs: a copy, so nothing downstream can change the remembered one.
  return { ...v, ref: { ...v.ref } };
}

export function supplierFindings(text: string, hits: readonly IndexHit[], parties: readonly Party[]): Finding[] {
  const bySpan = new Map<string, IndexHit[]>();
  for (const h of hits) {
    const key = `${h.start}:${h.end}`;
    const arr = bySpan.get(key);
    if (arr) arr.push(h);
    else bySpan.set(key, [h]);
  }
  const out: Finding[] = [];
  for (const group of bySpan.values()) {
    const cleared = group.filter((h) => parties[h.ref]?.role === 'cleared');
    const flagged = group.filter((h) => parties[h.ref]?.role !== 'cleared');
    const verdicts = flagged.map((h) => ({ h, v: verdict(parties[h.ref] as Party) }));
    // The closest name wins; ties go to the statutory list first (UFLPA, then CBP), so keys are stable.
    const rank = (l: string): number => (l === 'uflpa' ? 0 : l === 'cbp-wro' ? 1 : 2);
    verdicts.sort(
      (a, b) =>
        SEVERITY_RANK[b.v.severity] - SEVERITY_RANK[a.v.severity] ||
        b.h.score - a.h.score ||
        rank(a.v.ref.list) - rank(b.v.ref.list),
    );
    const refs: FindingRef[] = verdicts.map((x) => x.v.ref);
    const top = verdicts[0];
    const first = group[0] as IndexHit;
    if (!top) {
      // Only on a cleared list: say so (info), so the user sees it was reviewed.
      const c = cleared[0] as IndexHit;
      const v = verdict(parties[c.ref] as Party);
      out.push(finding(text, c, v.severity, v.explanation, v.ref.list, [v.ref], parties));
      continue;
    }
    let severity = top.v.severity;
    let explanation = top.v.explanation;
    for (const other of verdicts.slice(1))
      if (other.v.ref.list !== top.v.ref.list) explanation += ` Also: ${other.v.explanation}`;
    if (top.h.score < REVIEW_SCORE && SEVERITY_RANK[severity] > SEVERITY_RANK.low) {
      explanation = `Possible match, needs review (${top.h.why}; score ${top.h.score.toFixed(2)}). ${explanation}`;
      severity = 'low';
    }
    if (cleared.length > 0) {
      const cp = parties[(cleared[0] as IndexHit).ref] as Party;
      const c = verdict(cp);
      refs.push(c.ref);
      // A team's cleared list never hides a statutory listing (UFLPA, an order in force): the flag
      // stays and says who cleared it on what evidence. A clearance without a reviewer and
      // evidence does not change a watch-list flag either.
      const statutory = isStatutory(top.v.ref.list, severity);
      const documented = cp.role === 'cleared' && !!cp.entry.clearedBy && !!cp.entry.evidence;
      if (statutory && cp.role === 'cleared') {
        const e = cp.entry;
        explanation =
          `${LISTED_CLEARED}${e.clearedBy ?? 'no reviewer named'} on ${e.clearedOn ?? e.date ?? 'no date'}, ` +
          `evidence ${e.evidence ?? 'none given'} (your list "${cp.meta.name}").${STAYS_FLAGGED}${explanation}`;
      } else if (documented) {
        explanation = `${c.explanation} Listed on: ${explanation}`;
        severity = 'info';
      } else
        explanation = `${explanation} A cleared list names it without a reviewer and evidence, so it stays flagged.`;
    }
    out.push(finding(text, top.h ?? first, severity, explanation, top.v.ref.list, refs, parties));
  }
  return out;
}

/** How a statutory finding that a cleared list names begins; the history records that sentence. */
export const LISTED_CLEARED = 'Listed: cleared by ';
const STAYS_FLAGGED = ' It stays flagged: ';

/** The cleared-list decision a statutory finding carries, or undefined. */
export function clearedListDecision(explanation: string): string | undefined {
  if (!explanation.startsWith(LISTED_CLEARED)) return undefined;
  const end = explanation.indexOf(STAYS_FLAGGED);
  return end > 0 ? explanation.slice(0, end) : undefined;
}

/** UFLPA and CBP orders in force bind by law: a team decision can annotate them, never hide them. */
export const isStatutory = (list: string | null, severity: Finding['severity']): boolean =>
  list === 'uflpa' || (list === 'cbp-wro' && severity !== 'info');

function finding(
  text: string,
  h: IndexHit,
  severity: Finding['severity'],
  explanation: string,
  list: Finding['list'],
  refs: FindingRef[],
  parties: readonly Party[],
): Finding {
  const p = parties[h.ref] as Party;
  return {
    kind: 'supplier',
    text: text.slice(h.start, h.end),
    key: p.entry.name,
    severity,
    explanation,
    list,
    score: Math.round(h.score * 100) / 100,
    why: h.why,
    start: h.start,
    end: h.end,
    refs,
  };
}
