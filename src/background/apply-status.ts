// The team's decisions change what a supplier finding says: cleared and false-match suppliers
// drop to `info` with who and when; "under review" keeps its severity and says so.
import type { StatusRow } from '../data/db';
import type { ShownFinding } from '../shared/messages';

const day = (iso: string) => iso.slice(0, 10);

export function applyStatus(f: ShownFinding, statuses: Map<string, StatusRow>): ShownFinding {
  if (f.kind !== 'supplier') return f;
  const s = statuses.get(f.key);
  if (!s) return f;
  const who = s.by ? ` by ${s.by}` : '';
  const note = s.note ? ` Note: ${s.note}` : '';
  const status = { key: s.key, status: s.status, note: s.note, by: s.by, at: s.at };
  if (s.status === 'under-review')
    return { ...f, status, explanation: `Under review${who} since ${day(s.at)}. ${f.explanation}${note}` };
  const label = s.status === 'cleared' ? 'Cleared' : 'Marked a false match';
  return { ...f, status, severity: 'info', explanation: `${label}${who} on ${day(s.at)}.${note} (${f.explanation})` };
}
