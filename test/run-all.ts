// `npm test`: typecheck, lint, format, unit tests, both builds, Mozilla's linter, end-to-end tests
// in a real Chromium and Firefox. Ends with one line "N passed, N failed" counting every test and
// every check, so a run that executed nothing is visible; before it, how long each step took.
//
// Where the time went (2 busy cores): the unit files each re-imported core, Dexie and preact (now
// shared per worker, see vite.config.ts), and the checks ran one after another although most of
// them wait on process start-up and disk. Now typecheck, lint, format and both builds run side by
// side; the unit and end-to-end tests each run alone, as some of them compare run times.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'test-results');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

let passed = 0;
let failed = 0;
const failures: string[] = [];
const timings: [string, number][] = [];

/**
 * Runs a command; its output is printed whole when it ends, so steps running side by side do not
 * interleave their lines.
 */
function run(label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<boolean> {
  const t0 = Date.now();
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '1', ...env } });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => out.push(b));
    const finish = (ok: boolean, extra = ''): void => {
      timings.push([label, Date.now() - t0]);
      process.stdout.write(`\n=== ${label}: ${cmd} ${args.join(' ')}\n${Buffer.concat(out).toString()}${extra}`);
      done(ok);
    };
    child.on('error', (e) => finish(false, `${e.message}\n`));
    child.on('close', (code) => finish(code === 0));
  });
}

async function check(label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<boolean> {
  const ok = await run(label, cmd, args, env);
  if (ok) passed++;
  else {
    failed++;
    failures.push(label);
  }
  return ok;
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numTotalTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults?: { status: string }[] }[];
}

async function vitest(label: string, args: string[]): Promise<void> {
  const file = join(OUT, `${label}.json`);
  const ok = await run(label, 'npx', [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  let report: VitestJson;
  try {
    report = JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
  } catch {
    failed++;
    failures.push(`${label}: no report (the runner crashed)`);
    return;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numFailedTests) failures.push(`${label}: ${report.numFailedTests} failed`);
  // A file whose set-up failed reports its tests as skipped, not failed: count each such file as a
  // failure, so 24 files that could not launch a browser do not read as "3 failed".
  const broken = report.testResults.filter(
    (t) => t.status === 'failed' && !(t.assertionResults ?? []).some((a) => a.status === 'failed'),
  );
  if (broken.length) {
    failed += broken.length;
    failures.push(`${label}: ${broken.length} test file(s) failed to run: ${broken.map((t) => t.name).join(', ')}`);
  } else if (!ok && !report.numFailedTests) {
    failed++;
    failures.push(`${label}: the runner failed`);
  }
  if (report.numTotalTests === 0) {
    failed++;
    failures.push(`${label}: ran no test`);
  }
}

const started = Date.now();
// The checks and both builds side by side (they wait on start-up and disk as much as on the CPU);
// the unit tests after them, alone, because some of them compare run times.
const [built, builtFirefox] = await Promise.all([
  check('build', 'npx', ['vite', 'build']),
  // Firefox: the same sources built for Gecko must pass Mozilla's linter with 0 errors, and the
  // end-to-end tests load this build in Firefox too.
  check('build:firefox', 'npx', ['vite', 'build'], { TARGET: 'firefox' }),
  check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']),
  check('lint', 'npx', ['eslint', '.']),
  check('format', 'npx', ['prettier', '--check', '.']),
]);
await vitest('unit', []);
if (builtFirefox)
  await check('web-ext lint (Firefox)', 'npx', ['-y', 'web-ext@10.7.0', 'lint', '--source-dir', 'dist-firefox']);
if (built && builtFirefox) await vitest('e2e', ['--config', 'test/e2e/vitest.config.ts']);
else failures.push('e2e: skipped because a build failed');
console.log('');
for (const [label, ms] of timings) console.log(`${label.padEnd(24)}${(ms / 1000).toFixed(1).padStart(7)} s`);
console.log(`${'whole run'.padEnd(24)}${((Date.now() - started) / 1000).toFixed(1).padStart(7)} s`);
for (const f of failures) console.log(`FAILED: ${f}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
