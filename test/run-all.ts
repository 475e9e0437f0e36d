// `npm test`: typecheck, lint, unit tests, build, end-to-end tests in a real Chromium. Ends with
// one line "N passed, N failed" counting every test and every check, so a run that executed
// nothing is visible.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'test-results');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(label: string, cmd: string, args: string[]): boolean {
  return runEnv(label, cmd, args, {});
}

function runEnv(label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv): boolean {
  const ok = run(label, cmd, args, env);
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
  testResults: { name: string; status: string; message?: string }[];
}

function vitest(label: string, args: string[]): void {
  const file = join(OUT, `${label}.json`);
  const ok = run(label, 'npx', [
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
  // A suite that fails to load counts no tests but must still fail the run.
  const broken = report.testResults.filter((t) => t.status === 'failed' && !report.numFailedTests);
  if (!ok && !report.numFailedTests) {
    failed += Math.max(1, broken.length);
    failures.push(`${label}: a test file failed to run`);
  }
  if (report.numTotalTests === 0) {
    failed++;
    failures.push(`${label}: ran no test`);
  }
}

check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']);
check('lint', 'npx', ['eslint', '.']);
check('format', 'npx', ['prettier', '--check', '.']);
vitest('unit', []);
const built = check('build', 'npx', ['vite', 'build']);
// Firefox: the same sources built for Gecko must pass Mozilla's linter with 0 errors, and the
// end-to-end tests load this build in Firefox too.
const builtFirefox = runEnv('build:firefox', 'npx', ['vite', 'build'], { TARGET: 'firefox' });
if (builtFirefox)
  check('web-ext lint (Firefox)', 'npx', ['-y', 'web-ext@10.7.0', 'lint', '--source-dir', 'dist-firefox']);
if (built && builtFirefox) vitest('e2e', ['--config', 'test/e2e/vitest.config.ts']);
else failures.push('e2e: skipped because a build failed');
console.log('');
for (const f of failures) console.log(`FAILED: ${f}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
