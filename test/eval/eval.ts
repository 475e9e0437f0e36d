// npm run eval [-- --json] [--verbose]
// Accuracy on two labelled page corpora, read by the extension's own page reader (html-to-text.ts
// runs the content script's extraction): the portal pages (test/fixtures/eval, labels.json:
// expected kind+key per page, every company labelled) and real public pages
// (test/fixtures/eval/real, labels.json: {url, expect} per page, listed parties only; an unlisted
// company reported at info is not an error there, above info it is). Precision and recall per
// finding kind, tuning and held-out pages apart, and `alarms`: high or critical supplier flags on
// a party the labels do not name. Then the name-pairs screening benchmark beside its reference
// matcher (nomenklatura logic-v2 at 0.7: P 0.85, R 0.88 on organisation pairs).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createEngine } from '../../src/core/engine/engine';
import type { FindingKind } from '../../src/core/engine/engine-api';
import { loadBundledRiskData } from '../../src/cli/bundled';
import { runNamePairs } from './eval-name-pairs';
import { htmlToText } from '../../src/cli/html-to-text';
import { looksLikeHtml } from '../../src/cli/page-input';

export const EVAL_DIR = resolve(import.meta.dirname, '../../test/fixtures/eval');
export const REAL_DIR = join(EVAL_DIR, 'real');
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
  errors: { file: string; kind: FindingKind; key: string; type: 'FP' | 'FN' | 'ALARM' }[];
  /** High or critical supplier findings on a party the page's labels do not name. */
  alarms: number;
}

interface Label {
  kind: FindingKind;
  key: string;
  /** Other keys naming the same party (an entity on two lists). */
  or?: string[];
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
  let alarms = 0;
  for (const [file, entry] of Object.entries(labels)) {
    if (file.startsWith('_')) continue;
    // Portal pages: an array, every company labelled. Real pages: {url, expect}, listed parties only.
    const real = !Array.isArray(entry);
    const expected = (real ? (entry as { expect?: Label[] }).expect : entry) as Label[] | undefined;
    if (!Array.isArray(expected)) continue;
    if ((which === 'heldout' && !heldout.has(file)) || (which === 'tuning' && heldout.has(file))) continue;
    pages++;
    const raw = readFileSync(join(dir, file), 'utf8');
    const page = looksLikeHtml(file, raw) ? htmlToText(raw) : { text: raw, hints: {} };
    const findings = engine.scan(page.text, page.hints);
    // One finding can name several labelled parties (a WRO entry for two companies).
    const labelOf = new Map<string, Label[]>();
    for (const l of expected)
      for (const k of [l.key, ...(l.or ?? [])]) {
        const key = `${l.kind}\u0000${k}`;
        labelOf.set(key, [...(labelOf.get(key) ?? []), l]);
      }
    const hit = new Set<Label>();
    const seen = new Set<string>();
    for (const f of findings) {
      const k = `${f.kind}\u0000${f.key}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const ls = labelOf.get(k);
      if (ls) {
        for (const l of ls) {
          if (!hit.has(l)) counts[f.kind].tp++;
          hit.add(l);
        }
        continue;
      }
      if (real && f.kind === 'supplier' && !f.list && f.severity === 'info') continue;
      counts[f.kind].fp++;
      errors.push({ file, kind: f.kind, key: f.key, type: 'FP' });
      if (f.kind === 'supplier' && (f.severity === 'high' || f.severity === 'critical')) {
        alarms++;
        errors.push({ file, kind: f.kind, key: f.key, type: 'ALARM' });
      }
    }
    for (const l of expected) {
      if (hit.has(l)) continue;
      counts[l.kind].fn++;
      errors.push({ file, kind: l.kind, key: l.key, type: 'FN' });
    }
  }
  const byKind = Object.fromEntries(
    KINDS.map((k) => {
      const c = counts[k];
      return [k, { ...c, precision: c.tp / Math.max(1, c.tp + c.fp), recall: c.tp / Math.max(1, c.tp + c.fn) }];
    }),
  ) as Record<FindingKind, KindScore>;
  return { pages, byKind, errors, alarms };
}

function main(): void {
  const json = process.argv.includes('--json');
  const verbose = process.argv.includes('--verbose');
  const corpora = [
    { name: 'portal', title: 'Portal pages (marketplace, quote, invoice, packing list)', dir: EVAL_DIR },
    {
      name: 'real',
      title: 'Real public pages (news, government, law firms, exporters, HS, statistics)',
      dir: REAL_DIR,
    },
  ].map((c) => ({
    ...c,
    all: runCorpus(c.dir),
    tuning: runCorpus(c.dir, 'tuning'),
    heldout: runCorpus(c.dir, 'heldout'),
  }));
  const pairs = runNamePairs(loadBundledRiskData());
  if (json) {
    const part = (r: CorpusReport) => ({ pages: r.pages, byKind: r.byKind, alarms: r.alarms });
    process.stdout.write(
      `${JSON.stringify({
        ...Object.fromEntries(
          corpora.map((c) => [
            c.name,
            { ...part(c.all), errors: c.all.errors, tuning: part(c.tuning), heldout: part(c.heldout) },
          ]),
        ),
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
  for (const c of corpora) {
    process.stdout.write(`${c.title}: ${c.all.pages} pages (${c.dir.replace(/^.*\/test\//u, 'test/')})\n`);
    process.stdout.write(
      `  ${'kind'.padEnd(10)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}${'precision'.padStart(11)}${'recall'.padStart(9)}\n`,
    );
    for (const k of KINDS) {
      const s = c.all.byKind[k];
      process.stdout.write(
        `  ${k.padEnd(10)}${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}${f(s.precision).padStart(11)}${f(s.recall).padStart(9)}\n`,
      );
    }
    process.stdout.write(`  high/critical flags on a party not labelled: ${c.all.alarms}\n`);
    for (const [label, r] of [
      ['tuning pages (engine adjusted on them)', c.tuning],
      ['held-out pages (never tuned on)', c.heldout],
    ] as const) {
      process.stdout.write(
        `  ${label}: ${r.pages} pages — ${KINDS.map((k) => `${k} P ${f(r.byKind[k].precision)} R ${f(r.byKind[k].recall)}`).join(', ')}\n`,
      );
    }
    // Held-out pages' errors stay unread while tuning (--heldout-errors shows them).
    const errors = process.argv.includes('--heldout-errors') ? c.all.errors : c.tuning.errors;
    if (errors.length > 0) {
      process.stdout.write(`  errors${errors === c.tuning.errors ? ' (tuning pages)' : ''}:\n`);
      for (const e of errors) process.stdout.write(`    ${e.type} ${e.file} ${e.kind} ${JSON.stringify(e.key)}\n`);
    }
    process.stdout.write('\n');
  }
  process.stdout.write(`Name pairs (OpenSanctions nomenklatura cases, organisations): ${pairs.pairs} pairs\n`);
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
