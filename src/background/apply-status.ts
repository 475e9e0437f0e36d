// The team's decisions change how a supplier finding is shown, never whether a statutory one is:
// an entity on the UFLPA Entity List or in a CBP order in force keeps its severity and says who
// decided what, on what evidence. Other findings (custom watchlists) marked cleared or a false
// match drop to `info` with the same record. "Under review" keeps its severity and says so.
import { isStatutory } from '../core';
import type { StatusRow } from '../data/db';
import type { ShownFinding } from '../shared/messages';

const day = (iso: string) => iso.slice(0, 10);

/** The decision in words, as cards, the popup and every export show it. */
export function decisionText(s: Pick<StatusRow, 'status' | 'by' | 'at' | 'note'>, statutory: boolean): string {
  const who = s.by || 'no reviewer named';
  const note = s.note || 'none given';
  if (s.status === 'under-review')
    return `Under review by ${who} since ${day(s.at)}.${s.note ? ` Note: ${s.note}` : ''}`;
  if (s.status === 'cleared')
    return statutory
      ? `Listed: cleared by ${who} on ${day(s.at)}, evidence: ${note}. It stays flagged because the listing binds by law.`
      : `Cleared by ${who} on ${day(s.at)}, evidence: ${note}.`;
  return statutory
    ? `False match: ${who}, ${day(s.at)}, why: ${note}. It stays flagged until the list no longer names it.`
    : `False match: ${who}, ${day(s.at)}, why: ${note}.`;
}

/**
 * Applies the current decision to a finding. Idempotent: a finding that already carries a
 * decision is first put back as the engine gave it (`base`), so a status saved or removed after
 * the scan shows at once in the popup and in exports.
 */
export function applyStatus(shown: ShownFinding, statuses: Map<string, StatusRow>): ShownFinding {
  const { status: _old, base, ...rest } = shown;
  const f: ShownFinding = base ? { ...rest, ...base } : rest;
  if (f.kind !== 'supplier') return f;
  const s = statuses.get(f.key);
  if (!s) return f;
  const status = { key: s.key, status: s.status, note: s.note, by: s.by, at: s.at };
  const orig = { severity: f.severity, explanation: f.explanation };
  const statutory = isStatutory(f.list, f.severity);
  const text = decisionText(s, statutory);
  if (s.status === 'under-review' || statutory)
    return { ...f, status, base: orig, explanation: `${text} ${f.explanation}` };
  return { ...f, status, base: orig, severity: 'info', explanation: `${text} (${f.explanation})` };
}
