// npm run -s scan -- [--json] [--list FILE]... [--cleared FILE]... [--no-builtin] FILE...
// Scans HTML or text files with the bundled lists (and custom lists) and prints the findings.
import type { Finding } from '../core';
import { CliError, loadEngine, loadReport, pad, parseArgs, readText, runCli } from './cli-common';
import { htmlToText } from './html-to-text';
import { looksLikeHtml } from './page-input';

const USAGE = 'usage: npm run -s scan -- [--json] [--list FILE]... [--cleared FILE]... [--no-builtin] FILE...';

export interface FileResult {
  file: string;
  findings: Finding[];
}

function main(): void {
  const args = parseArgs(process.argv.slice(2), USAGE);
  const t0 = performance.now();
  const { engine } = loadEngine(args);
  if (!args.quiet) process.stderr.write(`${loadReport(engine, performance.now() - t0)}\n`);
  const results: FileResult[] = [];
  const problems: string[] = [];
  for (const file of args.files) {
    let raw: string;
    try {
      raw = readText(file);
    } catch (e) {
      problems.push(e instanceof Error ? e.message : String(e));
      continue;
    }
    const big = raw.length > 1_000_000;
    if (big && !args.quiet) process.stderr.write(`${file}: ${(raw.length / 1e6).toFixed(1)} MB, extracting text…\n`);
    const page = looksLikeHtml(file, raw) ? htmlToText(raw) : { text: raw, hints: {} };
    const s = performance.now();
    const findings = engine.scan(page.text, page.hints);
    if (big && !args.quiet) process.stderr.write(`${file}: scanned in ${(performance.now() - s).toFixed(0)} ms\n`);
    results.push({ file, findings });
  }
  if (args.json) {
    const out = results.map((r) => ({
      file: r.file,
      findings: r.findings.map((f) => ({
        kind: f.kind,
        text: f.text,
        key: f.key,
        severity: f.severity,
        explanation: f.explanation,
        list: f.list,
        score: f.score,
        why: f.why,
        start: f.start,
        end: f.end,
        refs: f.refs,
      })),
    }));
    process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
  } else {
    for (const r of results) {
      process.stdout.write(`\n${r.file}: ${r.findings.length} finding(s)\n`);
      if (r.findings.length === 0) continue;
      process.stdout.write(
        `  ${pad('SEVERITY', 9)}${pad('KIND', 9)}${pad('TEXT', 42)}${pad('KEY', 34)}${pad('LIST', 14)}SCORE\n`,
      );
      for (const f of r.findings) {
        process.stdout.write(
          `  ${pad(f.severity, 9)}${pad(f.kind, 9)}${pad(f.text.replace(/\s+/gu, ' '), 42)}${pad(f.key, 34)}${pad(f.list ?? '-', 14)}${f.score.toFixed(2)}\n`,
        );
        if (f.severity !== 'info') process.stdout.write(`      ${f.explanation}\n`);
      }
    }
  }
  if (problems.length > 0) throw new CliError(problems.join('\n'));
}

runCli(main);
