// createEngine: compiles RiskData once (match index, code tables, place names) and scans page
// text against it. Pure: no browser or node APIs, so the service worker and the CLI share it.
import type { Engine, Finding, NameMatch, ScanHints } from './engine-api';
import type { RiskData } from './lists/types';
import { MatchIndex } from './match-index';
import { tokenize } from './normalize';
import { collectParties, indexParties, type Party } from './parties';
import { screenName } from './screen';
import { supplierFindings } from './supplier-match';

export interface EngineInternals {
  index: MatchIndex;
  parties: Party[];
}

export function createEngine(data: RiskData): Engine & { internals: EngineInternals } {
  const parties = collectParties(data);
  const index = new MatchIndex();
  indexParties(index, parties);
  const internals: EngineInternals = { index, parties };
  return {
    internals,
    scan(text: string, _hints?: ScanHints): Finding[] {
      const t = tokenize(text);
      const hits = index.scan(text, t);
      const findings = supplierFindings(text, hits, parties);
      return findings.sort((a, b) => a.start - b.start || a.end - b.end);
    },
    screen(name: string): NameMatch[] {
      return screenName(name, internals);
    },
  };
}
