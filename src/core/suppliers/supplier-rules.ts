// Severity and plain-language explanation for a named party on a list.
import type { FindingRef } from '../engine/engine-api';
import type { Severity } from '../lists/types';
import type { Party } from './parties';

export interface Verdict {
  severity: Severity;
  explanation: string;
  ref: FindingRef;
}

const LIFTED = new Set(['modified', 'revoked', 'inactive', 'superseded']);

export function partyVerdict(p: Party): Verdict {
  switch (p.role) {
    case 'uflpa': {
      const e = p.entry;
      // ISO dates: compared as strings (the collator localeCompare starts costs a woken worker 8 ms).
      const first = [...e.sections].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
      const secs = e.sections.map((s) => `section (${s.section})`).join(' and ');
      const date = first?.date ?? e.date;
      return {
        severity: 'critical',
        explanation:
          `"${e.name}" is on the UFLPA Entity List (${secs}${date ? `, listed ${date}` : ''}). ` +
          `Goods it makes wholly or in part are presumed made with forced labor and barred from US import.` +
          (e.scopeNote ? ` Scope: ${e.scopeNote}` : ''),
        ref: {
          list: p.list,
          entryId: e.id,
          label: e.name,
          ...(date ? { date } : {}),
          detail: e.sections.map((s) => s.label).join('; '),
        },
      };
    }
    case 'wro': {
      const e = p.entry;
      const kind = e.type === 'Finding' ? 'Forced Labor Finding' : 'Withhold Release Order';
      const ref: FindingRef = {
        list: p.list,
        entryId: e.id,
        label: e.name,
        ...(e.date ? { date: e.date } : {}),
        detail: `${e.merchandise}; status ${e.status}`,
      };
      if (e.status === 'active' || e.status === 'partially-modified') {
        return {
          severity: 'critical',
          explanation:
            `"${e.name}" is named in a CBP ${kind} of ${e.date ?? 'unknown date'} on ${e.merchandise || 'its goods'}` +
            (e.status === 'partially-modified' ? ' (partially modified; the rest remains in force).' : ', in force.') +
            ' Such goods are detained at US ports.',
          ref,
        };
      }
      if (LIFTED.has(e.status)) {
        const when = e.liftedOn ?? e.statusAsOf;
        return {
          severity: 'info',
          explanation:
            `"${e.name}" was named in a CBP ${kind} of ${e.date ?? 'unknown date'} on ${e.merchandise || 'its goods'}; ` +
            `the order was ${e.status}${when ? ` on ${when}` : ''} and no longer applies as issued.`,
          ref,
        };
      }
      return {
        severity: 'low',
        explanation: `"${e.name}" was named in a CBP ${kind} of ${e.date ?? 'unknown date'} on ${e.merchandise || 'its goods'}; its current status is unknown. Check with CBP.`,
        ref,
      };
    }
    case 'watch': {
      const e = p.entry;
      return {
        severity: e.severity,
        explanation: `"${e.name}" is on your list "${p.meta.name}"${e.date ? ` (added ${e.date})` : ''}.${e.notes ? ` ${e.notes}` : ''}`,
        ref: {
          list: p.list,
          entryId: e.id,
          label: e.name,
          ...(e.date ? { date: e.date } : {}),
          ...(e.notes ? { detail: e.notes } : {}),
        },
      };
    }
    case 'cleared': {
      const e = p.entry;
      return {
        severity: 'info',
        explanation: `"${e.name}" was cleared by ${e.clearedBy ?? p.meta.name} on ${e.clearedOn ?? e.date ?? 'an unrecorded date'}.${e.evidence ? ` Evidence: ${e.evidence}` : ''}`,
        ref: {
          list: p.list,
          entryId: e.id,
          label: e.name,
          ...(e.clearedOn ? { date: e.clearedOn } : {}),
          ...(e.evidence ? { detail: e.evidence } : {}),
        },
      };
    }
  }
}

export const SEVERITY_RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
