// The name-pairs benchmark (OpenSanctions nomenklatura cases, MIT): organisation pairs, every name2
// in one custom watch list, screen every name1, predicted match when name1's matches include the
// entry made from its name2. Reference (logic-v2 at 0.7): P 0.85, R 0.88 on 259 scored pairs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEngine } from '../../src/core/engine/engine';
import { readCsvRecords } from '../../src/core/lists/csv';
import type { CustomEntry, RiskData } from '../../src/core/lists/types';

export const NAME_PAIRS_CSV = resolve(import.meta.dirname, '../../test/fixtures/name-pairs/cases.csv');
const ORG = new Set(['Company', 'Organization', 'LegalEntity']);

export interface PairOutcome {
  name1: string;
  name2: string;
  truth: boolean;
  predicted: boolean;
  score: number;
  why: string;
}

export interface PairReport {
  pairs: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  outcomes: PairOutcome[];
}

export function runNamePairs(base: RiskData, file: string = NAME_PAIRS_CSV): PairReport {
  const rows = readCsvRecords(readFileSync(file, 'utf8'), file).map((r) => r.values);
  const header = rows[0] ?? [];
  const col = (n: string): number => header.indexOf(n);
  const cases = rows
    .slice(1)
    .filter((r) => ORG.has(r[col('schema')] ?? ''))
    .map((r) => ({ name1: r[col('name1')] ?? '', name2: r[col('name2')] ?? '', truth: r[col('is_match')] === 'true' }));
  const ids = new Map<string, string>();
  const entries: CustomEntry[] = [];
  for (const c of cases) {
    if (ids.has(c.name2)) continue;
    const id = `np-${ids.size + 1}`;
    ids.set(c.name2, id);
    entries.push({ id, name: c.name2, aliases: [], severity: 'high' });
  }
  const data: RiskData = {
    builtin: base.builtin,
    custom: [
      {
        format: 1,
        meta: {
          id: 'custom:name-pairs',
          name: 'name-pairs',
          publisher: 'benchmark',
          sourceUrl: '',
          asOf: '2026-08-05',
        },
        role: 'watch',
        entries,
      },
    ],
  };
  const engine = createEngine(data);
  const outcomes: PairOutcome[] = cases.map((c) => {
    const m = engine.screen(c.name1).find((x) => x.list === 'custom:name-pairs' && x.entryId === ids.get(c.name2));
    return { ...c, predicted: m !== undefined, score: m?.score ?? 0, why: m?.why ?? '' };
  });
  const tp = outcomes.filter((o) => o.truth && o.predicted).length;
  const fp = outcomes.filter((o) => !o.truth && o.predicted).length;
  const fn = outcomes.filter((o) => o.truth && !o.predicted).length;
  const tn = outcomes.length - tp - fp - fn;
  return {
    pairs: outcomes.length,
    tp,
    fp,
    fn,
    tn,
    precision: tp / Math.max(1, tp + fp),
    recall: tp / Math.max(1, tp + fn),
    outcomes,
  };
}
