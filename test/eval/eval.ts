// npm run eval [-- --json] [--verbose]
// Accuracy on the labelled page corpus (test/fixtures/eval, labels.json: expected kind+key per page)
// with precision and recall per finding kind, and the name-pairs screening benchmark beside its
// reference matcher (nomenklatura logic-v2 at 0.7: P 0.85, R 0.88 on organisation pairs).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createEngine } from '../../src/core/engine/engine';
import type { FindingKind } from '../../src/core/engine/engine-api';
import { loadBundledRiskData } from '../../src/cli/bundled';
import { runNamePairs } from './eval-name-pairs';
import { htmlToText } from '../../src/cli/html-to-text';
import { looksLikeHtml } from '../../src/cli/page-input';

export const EVAL_DIR = resolve(import.meta.dirname, '../../test/fixtures/eval');
const KINDS: FindingKind[] = ['supplier', 'hs', 'origin'];

export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface CorpusReport {
  pages: number;
  byKind: Record<FindingKind, KindScore>;
  errors: { file: string; kind: FindingKind; key: string; type: 'FP' | 'FN' }[];
}

/** `which`: all pages, only the held-out pages (labelled after tuning), or only the tuning pages. */
export function runCorpus(dir: string = EVAL_DIR, which: 'all' | 'heldout' | 'tuning' = 'all'): CorpusReport {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, unknown>;
  const heldout = new Set(Array.isArray(labels._heldout) ? (labels._heldout as string[]) : []);
  const engine = createEngine(loadBundledRiskData());
  const counts = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<
    FindingKind,
    { tp: number; fp: number; fn: number }
  >;
  const errors: CorpusReport['errors'] = [];
  let pages = 0;
  for (const [file, expected] of Object.entries(labels)) {
    if (file.startsWith('_') || !Array.isArray(expected)) continue;
    if ((which === 'heldout' && !heldout.has(file)) || (which === 'tuning' && heldout.has(file))) continue;
    pages++;
    const raw = readFileSync(join(dir, file), 'utf8');
    const page = looksLikeHtml(file, raw) ? htmlToText(raw) : { text: raw, hints: {} };
    const found = new Set(engine.scan(page.text, page.hints).map((f) => `${f.kind}\u0000${f.key}`));
    const want = new Set((expected as { kind: FindingKind; key: string }[]).map((e) => `${e.kind}\u0000${e.key}`));
    for (const k of found) {
      const [kind, key] = k.split('\u0000') as [FindingKind, string];
      if (want.has(k)) counts[kind].tp++;
      else {
        counts[kind].fp++;
        errors.push({ file, kind, key, type: 'FP' });
      }
    }
    for (const k of want) {
      if (found.has(k)) continue;
      const [kind, key] = k.split('\u0000') as [FindingKind, string];
      counts[kind].fn++;
      errors.push({ file, kind, key, type: 'FN' });
    }
  }
  const byKind = Object.fromEntries(
    KINDS.map((k) => {
      const c = counts[k];
      return [k, { ...c, precision: c.tp / Math.max(1, c.tp + c.fp), recall: c.tp / Math.max(1, c.tp + c.fn) }];
    }),
  ) as Record<FindingKind, KindScore>;
  return { pages, byKind, errors };
}

function main(): void {
  const json = process.argv.includes('--json');
  const verbose = process.argv.includes('--verbose');
  const corpus = runCorpus();
  const tuning = runCorpus(EVAL_DIR, 'tuning');
  const held = runCorpus(EVAL_DIR, 'heldout');
  const pairs = runNamePairs(loadBundledRiskData());
  if (json) {
    process.stdout.write(
      `${JSON.stringify({
        corpus: { pages: corpus.pages, byKind: corpus.byKind, errors: corpus.errors },
        tuning: { pages: tuning.pages, byKind: tuning.byKind },
        heldout: { pages: held.pages, byKind: held.byKind },
        namePairs: {
          pairs: pairs.pairs,
          precision: pairs.precision,
          recall: pairs.recall,
          tp: pairs.tp,
          fp: pairs.fp,
          fn: pairs.fn,
          tn: pairs.tn,
          reference: { precision: 0.85, recall: 0.88 },
        },
      })}\n`,
    );
    return;
  }
  const f = (x: number): string => x.toFixed(3);
  process.stdout.write(`Labelled page corpus: ${corpus.pages} pages (test/fixtures/eval)\n`);
  process.stdout.write(
    `  ${'kind'.padEnd(10)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}${'precision'.padStart(11)}${'recall'.padStart(9)}\n`,
  );
  for (const k of KINDS) {
    const s = corpus.byKind[k];
    process.stdout.write(
      `  ${k.padEnd(10)}${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}${f(s.precision).padStart(11)}${f(s.recall).padStart(9)}\n`,
    );
  }
  for (const [label, r] of [
    ['tuning pages (engine adjusted on them)', tuning],
    ['held-out pages (labelled after tuning)', held],
  ] as const) {
    process.stdout.write(
      `  ${label}: ${r.pages} pages — ${KINDS.map((k) => `${k} P ${f(r.byKind[k].precision)} R ${f(r.byKind[k].recall)}`).join(', ')}\n`,
    );
  }
  if (corpus.errors.length > 0) {
    process.stdout.write(`  errors:\n`);
    for (const e of corpus.errors) process.stdout.write(`    ${e.type} ${e.file} ${e.kind} ${JSON.stringify(e.key)}\n`);
  }
  process.stdout.write(`\nName pairs (OpenSanctions nomenklatura cases, organisations): ${pairs.pairs} pairs\n`);
  process.stdout.write(
    `  LaborLens screen: precision ${f(pairs.precision)}  recall ${f(pairs.recall)}  (TP ${pairs.tp}, FP ${pairs.fp}, FN ${pairs.fn}, TN ${pairs.tn})\n`,
  );
  process.stdout.write(`  reference logic-v2 @0.7: precision 0.850  recall 0.880 (259 scored pairs)\n`);
  if (verbose) {
    for (const o of pairs.outcomes)
      if (o.truth !== o.predicted)
        process.stdout.write(`    ${o.truth ? 'FN' : 'FP'} ${o.name1} | ${o.name2}${o.why ? ` (${o.why})` : ''}\n`);
  }
}

if (process.argv[1]?.endsWith('eval.ts')) main();
