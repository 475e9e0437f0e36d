// npm run bench [-- --json] [--names N] [--mb M] [--no-path] [--no-peers] [--no-page] [--no-files]
// Name matching over ~1 MB of marketplace text with a 100,000-name index (real lists + generated
// names), compared with: a floor (a char-code loop that only splits words and counts them), a loop
// of String.includes/indexOf over lower-cased names, one alternation RegExp, and Aho-Corasick npm
// packages. Median of timed runs after warm-up; recall of the planted names. The user's path
// (bench-path.ts) runs first, in a process of its own, and our matcher in three more
// (bench-matcher.ts: the median of their figures, and each process's own); the peers run here.
import { benchPage, type PageBench } from './bench-page';
import { benchFiles, filesReport, type FilesBench } from './bench-files';
import { execFileSync } from 'node:child_process';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { createEngine } from '../../src/core/engine/engine';
import { matcherInput } from './matcher-input';
import { loadBundledRiskData } from '../../src/cli/bundled';
import { PEERS, type Peer } from './bench-peers';
import { benchPath, type PathBench } from './bench-path';
import { benchLatency, type LatencyBench } from './bench-latency';
import { matcherInProcesses, measureMatcher, recallOf } from './bench-matcher';
import { median, round } from './stats';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}
const JSON_OUT = process.argv.includes('--json');
const N_NAMES = arg('--names', 100_000);
const BYTES = Math.round(arg('--mb', 1) * 1_000_000);
const RUNS = arg('--runs', 7);
const log = (s: string): void => {
  if (!JSON_OUT) process.stdout.write(`${s}\n`);
};

function time(fn: () => unknown, runs = RUNS, warm = 2): number {
  for (let i = 0; i < warm; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  return median(t);
}
function heapMb(): number {
  gc();
  gc();
  const m = process.memoryUsage();
  // Typed-array backing stores live outside the JS heap: count them too.
  return (m.heapUsed + m.arrayBuffers) / 1e6;
}

/** The floor: split into word tokens with a char-code loop and count them. */
export function floorCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const w = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/**
 * The user's path (bench-path.ts) measured in a fresh process. Measured in this one, it left its
 * 100,000-name engine's heap and compiled code to the matcher's section after it, whose index
 * build then took 388 ms in a full run (and 357 to 425 in the previous session's) where the
 * build alone (--no-path) took 287 to 311.
 */
function pathInChild(): PathBench {
  const out = execFileSync(
    process.execPath,
    [...process.execArgv, process.argv[1] as string, '--path-only', '--json'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return JSON.parse(out.trim().split('\n').pop() as string) as PathBench;
}

async function main(): Promise<void> {
  // The user's path first, in a process of its own as the CLI runs (--path-only: that process).
  if (process.argv.includes('--path-only')) {
    process.stdout.write(`${JSON.stringify(benchPath(floorCount, heapMb))}\n`);
    return;
  }
  // The matcher's figures, in processes of their own too (bench-matcher.ts): this is one of them.
  if (process.argv.includes('--matcher-only')) {
    process.stdout.write(`${JSON.stringify(measureMatcher(floorCount, heapMb, N_NAMES, BYTES, RUNS * 3))}\n`);
    return;
  }
  const path: PathBench | undefined = process.argv.includes('--no-path') ? undefined : pathInChild();
  const data = loadBundledRiskData();
  const { names, real, plantNames, text, plants } = matcherInput(data, N_NAMES, BYTES);
  const mb = text.length / 1e6;
  log(
    `text: ${(text.length / 1e6).toFixed(2)} M chars, ${plants.length} planted names; index: ${names.length} names (${real} real)`,
  );

  const matcher = matcherInProcesses();
  const {
    ours_ms: oursMs,
    floor_ms: floorMs,
    ours_over_floor: ratio,
    build_ms: buildMs,
    heap_mb: heap,
  } = matcher.median;
  const ourRecall = matcher.median.recall;
  for (const [i, r] of matcher.runs.entries())
    log(
      `matcher, process ${i + 1} of ${matcher.runs.length}: index built in ${r.build_ms} ms, ${r.heap_mb} MB heap; scan ${r.ours_ms} ms against the floor's ${r.floor_ms} (${r.ours_over_floor}x); ${r.hits} hits`,
    );
  // The full engine (names + HS + origins + unlisted suppliers + rules), for reference.
  const engine = createEngine(data);
  const fullMs = time(() => engine.scan(text), 3, 1);
  const rows: { name: string; ms: number; recall: number; hits: number; note: string }[] = [
    { name: 'floor (split + count)', ms: floorMs, recall: NaN, hits: floorCount(text), note: '' },
    { name: 'LaborLens index', ms: oursMs, recall: ourRecall, hits: matcher.median.hits, note: 'token trie' },
  ];
  const peerMs: Record<string, number> = {};
  const lowerNames = names.map((n) => n.toLowerCase());
  const lowerText = text.toLowerCase();
  for (const peer of process.argv.includes('--no-peers') ? [] : PEERS) {
    process.stderr.write(`bench: ${peer.name}…\n`);
    const res = runPeer(peer, lowerNames, lowerText, [...new Set(plantNames.map((n) => n.toLowerCase()))]);
    if (!res) continue;
    peerMs[peer.name] = res.ms;
    rows.push({
      name: peer.name,
      ms: res.ms,
      recall: recallOf(plants, res.spans),
      hits: res.spans.length,
      note: res.note,
    });
  }
  // First flags after install and from a stopped worker with 100,000 names (Chromium): --no-page skips.
  let latency: LatencyBench | undefined;
  if (!process.argv.includes('--no-page')) {
    process.stderr.write('bench: first flags after install and from a stopped worker (Chromium)…\n');
    latency = await benchLatency();
  }
  // The page benchmark (a real Chromium with dist/ loaded): skip with --no-page.
  let page: PageBench | undefined;
  if (!process.argv.includes('--no-page')) {
    process.stderr.write(
      'bench: page scenarios in Chromium (100,000 nodes, 1,000,000 text nodes, mutation storm, 10 MB)…\n',
    );
    page = await benchPage();
  }
  // The "Check a file" page (20-page PDF quote, 10,000-row XLSX master): skip with --no-files.
  let files: FilesBench | undefined;
  if (!process.argv.includes('--no-files')) {
    process.stderr.write('bench: files in Chromium (20-page PDF quote, 10,000-row XLSX supplier master)…\n');
    files = await benchFiles();
  }
  if (JSON_OUT) {
    process.stdout.write(
      `${JSON.stringify({ ours_ms: round(oursMs), floor_ms: round(floorMs), ours_over_floor: round(ratio), peers: Object.fromEntries(Object.entries(peerMs).map(([k, v]) => [k, round(v)])), build_ms: round(buildMs), heap_mb: round(heap), full_engine_ms: round(fullMs), recall: round(ourRecall), matcher_runs: matcher.runs, ...path, ...latency, ...(page ? { page } : {}), ...(files ? { files } : {}) })}\n`,
    );
    return;
  }
  log(
    `\n${'matcher'.padEnd(34)}${'median ms'.padStart(11)}${'MB/s'.padStart(9)}${'x floor'.padStart(9)}${'recall'.padStart(8)}${'hits'.padStart(8)}  note`,
  );
  for (const row of rows) {
    log(
      `${row.name.padEnd(34)}${row.ms.toFixed(1).padStart(11)}${(mb / (row.ms / 1000)).toFixed(1).padStart(9)}${(row.ms / floorMs).toFixed(2).padStart(9)}${(Number.isNaN(row.recall) ? '-' : row.recall.toFixed(2)).padStart(8)}${String(row.hits).padStart(8)}  ${row.note}`,
    );
  }
  log(
    `\nLaborLens / floor, median of per-round ratios (alternating rounds), median of ${matcher.runs.length} processes: ${ratio.toFixed(2)}`,
  );
  log(
    `full engine.scan (names + HS + origin + extraction + rules, ${data.custom.length} custom lists, bundled lists only): ${fullMs.toFixed(1)} ms`,
  );
  if (path) {
    log(`\nthe user's path (CLI engine, ${path.path_names} names in a custom list file, 1 MB of marketplace text):`);
    log(
      `  load + index: ${path.path_build_ms} ms (bundled lists alone: ${path.path_build_bundled_ms} ms), ${path.path_heap_mb} MB`,
    );
    log(
      `  scan: ${path.path_ms} ms (first scan in the process ${path.path_first_ms} ms; bundled lists alone ${path.path_bundled_ms} ms; floor ${path.path_floor_ms} ms, ${path.path_over_floor}x)`,
    );
    log(`  planted custom names found: ${path.path_recall}`);
  }
  log(
    'Peers get lower-cased names and text (their fair best case); they match substrings, so their hit counts include matches inside longer words and names.',
  );
  if (latency) {
    log(
      `\nfirst flags in Chromium, from the navigation (beside the same page with the worker running): after install ${latency.install_first_flag_ms} ms, median of ${latency.install_runs.join(', ')} (${latency.install_warm_first_flag_ms} ms); from a stopped worker with ${latency.cold_names} names ${latency.cold_first_flag_ms} ms (${latency.cold_warm_first_flag_ms} ms), on a page that also names an unlisted supplier ${latency.cold_unlisted_first_flag_ms} ms`,
    );
  }
  if (page) {
    log(
      '\npage scenarios in Chromium, longest main-thread task in ms (ours / same page without the extension; 0 = no task of 50 ms or more):',
    );
    log(
      `  100,000 nodes:          ${page.longest_task_ms} / ${page.baseline_longest_task_ms}  (${page.flags} flags, first after ${page.first_flags_ms} ms; new content flagged in ${page.new_content_flag_ms} ms)`,
    );
    for (const [k, v] of Object.entries(page))
      if (
        ![
          'nodes',
          'our_tasks',
          'longest_task_ms',
          'baseline_longest_task_ms',
          'flags',
          'first_flags_ms',
          'new_content_flag_ms',
        ].includes(k)
      )
        log(`  ${k}: ${v}`);
    log(
      '\ntasks of ours, from a Chrome trace (longest ms / tasks of 50 ms or more / tasks / our code in ms; longest stretch of our code inside a rendering frame):',
    );
    for (const [k, t] of Object.entries(page.our_tasks))
      log(
        `  ${k.padEnd(20)}${String(t.longest_ms).padStart(5)} ms / ${t.long} / ${t.count} / ${t.total_ms} ms; in a frame ${t.in_frame_ms} ms`,
      );
  }
  if (files) log(`\n${filesReport(files)}`);
}

function runPeer(
  peer: Peer,
  names: string[],
  text: string,
  planted: string[],
): { ms: number; spans: { start: number; end: number }[]; note: string } | null {
  const n = Math.min(names.length, peer.maxNames ?? names.length);
  // A subset always holds the planted names, so recall is what the full index would give.
  const plantedSet = new Set(planted);
  const subset =
    n < names.length ? [...planted, ...names.filter((x) => !plantedSet.has(x)).slice(0, n - planted.length)] : names;
  const b0 = performance.now();
  const m = peer.build(subset);
  const build = performance.now() - b0;
  let spans: { start: number; end: number }[] = [];
  const runs = peer.slow ? 2 : RUNS;
  const ms = time(
    () => {
      spans = m(text);
    },
    runs,
    1,
  );
  const scale = peer.scale === 'linear' ? names.length / n : 1;
  const sub =
    n < names.length
      ? peer.scale === 'linear'
        ? `timed on ${n} names, x${scale.toFixed(0)} extrapolated; `
        : `${peer.note ?? `${n} names`}; `
      : '';
  const note = `${sub}build ${build.toFixed(0)} ms`;
  return { ms: ms * scale, spans, note };
}

if (process.argv[1]?.endsWith('bench.ts')) {
  main().catch((e: unknown) => {
    console.error(`bench failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
