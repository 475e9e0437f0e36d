// The name matcher's figures: its index build over 100,000 names, its scan of 1 MB (tokenizer
// included) against the char-code floor in alternating rounds, heap and recall. Each set comes
// from a fresh process (`--matcher-only`), as a browser's worker is one, and the bench reports
// the median of MATCHER_PROCESSES of them with every process's own figures beside it. Why: on a
// 2-core machine shared with busy neighbours the same code's scan took 3.6 to 5.4 ms from one
// process to the next, and drifted as much over seconds within one while the floor's loop did
// not (the scan waits on memory the neighbours share; HISTORY.md, the 23:40 session). Three
// processes sample more of that than one.
import { execFileSync } from 'node:child_process';
import { MatchIndex } from '../../src/core/names/match-index';
import { tokenize, type Tokens } from '../../src/core/text/normalize';
import { loadBundledRiskData } from '../../src/cli/bundled';
import type { Plant } from './bench-data';
import { matcherInput } from './matcher-input';
import { median, round } from './stats';

export const MATCHER_PROCESSES = 3;

export interface MatcherRun {
  ours_ms: number;
  floor_ms: number;
  /** The median of the per-round ratios ours / floor (rounds alternate). */
  ours_over_floor: number;
  build_ms: number;
  heap_mb: number;
  recall: number;
  hits: number;
}

/** Of the planted names, the share that some span overlaps. */
export function recallOf(plants: readonly Plant[], spans: readonly { start: number; end: number }[]): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let found = 0;
  for (const p of plants) {
    // Binary search for a span overlapping the plant.
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sorted[mid] as { start: number; end: number };
      if (s.end <= p.start) lo = mid + 1;
      else if (s.start >= p.end) hi = mid - 1;
      else {
        found++;
        break;
      }
    }
  }
  return plants.length ? found / plants.length : 1;
}

/** The matcher measured in this process. */
export function measureMatcher(
  floor: (text: string) => number,
  heapMb: () => number,
  nNames: number,
  bytes: number,
  rounds: number,
): MatcherRun {
  const { names, text, plants } = matcherInput(loadBundledRiskData(), nNames, bytes);
  // Warm the JIT on a tenth of the names (little garbage left for the heap figure), then time.
  {
    const ix = new MatchIndex(names.length / 10);
    for (let i = 0; i < names.length; i += 10) ix.add(names[i] as string, i, 'name');
  }
  const h0 = heapMb();
  const b0 = performance.now();
  const index = new MatchIndex(names.length);
  for (let i = 0; i < names.length; i++) index.add(names[i] as string, i, 'name');
  const buildMs = performance.now() - b0;
  const heap = heapMb() - h0;
  // Ours and the floor alternate in rounds, so load on the CPU from elsewhere hits both alike
  // (load on memory slows ours more: the floor's loop waits on none); each takes the median of its
  // rounds after warm-up.
  let spans: { start: number; end: number }[] = [];
  let buf: Tokens | undefined;
  const ours = (): void => {
    buf = tokenize(text, buf);
    spans = index.scan(text, buf);
  };
  for (let i = 0; i < 5; i++) {
    floor(text);
    ours();
  }
  const floorRuns: number[] = [];
  const ourRuns: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let s = performance.now();
    floor(text);
    floorRuns.push(performance.now() - s);
    s = performance.now();
    ours();
    ourRuns.push(performance.now() - s);
  }
  return {
    ours_ms: round(median(ourRuns)),
    floor_ms: round(median(floorRuns)),
    ours_over_floor: Math.round(median(ourRuns.map((x, i) => x / (floorRuns[i] as number))) * 100) / 100,
    build_ms: round(buildMs),
    heap_mb: round(heap),
    recall: recallOf(plants, spans),
    hits: spans.length,
  };
}

/**
 * The matcher measured in `n` fresh processes of this script (`--matcher-only`, with the caller's
 * --names, --mb and --runs), one after another: each process's figures, and for each figure its
 * median over the processes.
 */
export function matcherInProcesses(n = MATCHER_PROCESSES): { median: MatcherRun; runs: MatcherRun[] } {
  const pass = ['--names', '--mb', '--runs'].flatMap((a) => {
    const i = process.argv.indexOf(a);
    return i >= 0 ? [a, process.argv[i + 1] as string] : [];
  });
  const runs: MatcherRun[] = [];
  for (let i = 0; i < n; i++) {
    const out = execFileSync(
      process.execPath,
      [...process.execArgv, process.argv[1] as string, '--matcher-only', '--json', ...pass],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    runs.push(JSON.parse(out.trim().split('\n').pop() as string) as MatcherRun);
  }
  const mid = (k: keyof MatcherRun): number => median(runs.map((r) => r[k]));
  return {
    median: {
      ours_ms: mid('ours_ms'),
      floor_ms: mid('floor_ms'),
      ours_over_floor: mid('ours_over_floor'),
      build_ms: mid('build_ms'),
      heap_mb: mid('heap_mb'),
      recall: Math.min(...runs.map((r) => r.recall)),
      hits: mid('hits'),
    },
    runs,
  };
}
