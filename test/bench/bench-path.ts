// The user's path through the CLI's engine: 100,000 names as a custom list file, loaded and indexed
// as `scan --list` does (path_build_ms), then 1 MB of marketplace text through the whole engine
// (extraction, matching, HS and origin detection, risk rules: path_ms, start-up excluded). Beside
// each, its baseline from the same run: the bundled lists alone, and the char-code floor.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEngine, parseArgs, readText } from '../../src/cli/cli-common';
import { generateNames, marketplaceText, rng } from './bench-data';
import { median, round } from './stats';

export interface PathBench {
  /** Median ms of 1 MB through engine.scan with the 100,000 custom names (after one warm-up scan). */
  path_ms: number;
  /** The first scan in the process (cold JIT), for the record. */
  path_first_ms: number;
  /** The same text with the bundled lists only. */
  path_bundled_ms: number;
  /** The char-code floor on the same text, and path_ms over it (median of alternating rounds). */
  path_floor_ms: number;
  path_over_floor: number;
  /** Reading, checking and indexing the bundled lists and the 100,000-name file. */
  path_build_ms: number;
  /** The same for the bundled lists alone. */
  path_build_bundled_ms: number;
  /** Heap and typed arrays held by the engine with the 100,000 names, in MB. */
  path_heap_mb: number;
  /** Planted custom names found (as custom-list findings), of those planted. */
  path_recall: number;
  path_names: number;
}

export function benchPath(
  floor: (text: string) => number,
  heapMb: () => number,
  names = 100_000,
  bytes = 1_000_000,
): PathBench {
  const dir = mkdtempSync(join(tmpdir(), 'll-path-'));
  try {
    const listed = generateNames(names, 21);
    const file = join(dir, 'restricted-parties.csv');
    writeFileSync(file, `name,severity\n${listed.map((n) => `"${n}",high`).join('\n')}\n`);
    const filler = generateNames(3000, 99, new Set(listed.map((n) => n.toLowerCase())));
    const r = rng(5);
    const planted = Array.from({ length: 50 }, () => listed[Math.floor(r() * listed.length)] as string);
    const { text, plants } = marketplaceText(bytes, planted, filler, 13);
    // Read back from a file with the CLI's own reader, as `scan --list <file> <page>` has it: a
    // string built here by concatenation would be a rope, whose every character read costs ~20%
    // more (the floor's and the engine's alike) than the flat string a file or a page's DOM gives.
    const pageFile = join(dir, 'page.txt');
    writeFileSync(pageFile, `${text}\n供应商：和田浩林发制品有限公司\n新疆阿克苏纺织有限公司 · 深圳市宝安区\n`);
    const page = readText(pageFile);

    let t = performance.now();
    const bundled = loadEngine(parseArgs(['x'], '')).engine;
    const buildBundled = performance.now() - t;
    const h0 = heapMb();
    t = performance.now();
    const { engine } = loadEngine(parseArgs(['--list', file, 'x'], ''));
    const build = performance.now() - t;
    const heap = heapMb() - h0;

    t = performance.now();
    const first = engine.scan(page);
    const firstMs = performance.now() - t;
    const ours: number[] = [];
    const floors: number[] = [];
    for (let i = 0; i < 7; i++) {
      let s = performance.now();
      floor(page);
      floors.push(performance.now() - s);
      s = performance.now();
      engine.scan(page);
      ours.push(performance.now() - s);
    }
    bundled.scan(page);
    const bundledRuns: number[] = [];
    for (let i = 0; i < 5; i++) {
      const s = performance.now();
      bundled.scan(page);
      bundledRuns.push(performance.now() - s);
    }
    const custom = first.filter((f) => f.list?.startsWith('custom:'));
    const found = plants.filter((p) => custom.some((f) => f.start < p.end && f.end > p.start)).length;
    return {
      path_ms: round(median(ours)),
      path_first_ms: round(firstMs),
      path_bundled_ms: round(median(bundledRuns)),
      path_floor_ms: round(median(floors)),
      path_over_floor: round(median(ours.map((x, i) => x / (floors[i] as number)))),
      path_build_ms: Math.round(build),
      path_build_bundled_ms: Math.round(buildBundled),
      path_heap_mb: round(heap),
      path_recall: round(found / plants.length),
      path_names: names,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
