// npm run -s scan -- [--json] [--list FILE]... [--cleared FILE]... [--no-builtin] FILE...
// Scans HTML, text, PDF, XLSX or DOCX files with the bundled lists (and custom lists) and prints
// the findings; findings in PDF/XLSX/DOCX files say where they are (page and line, sheet!cell).
import { formatWhere, whereAt, type Finding, type ScanHints } from '../core';
import { CliError, loadEngine, loadReport, pad, parseArgs, readText, runCli, type CliIo } from './cli-common';
import { documentScanText, readFileDocument } from './file-document';
import { htmlToText } from './html-to-text';
import { looksLikeHtml, readInputFile } from './page-input';

const USAGE = 'usage: npm run -s scan -- [--json] [--list FILE]... [--cleared FILE]... [--no-builtin] FILE...';

export interface FileResult {
  file: string;
  findings: (Finding & { where?: string })[];
}

interface Input {
  text: string;
  hints: ScanHints;
  /** Location of a text offset, for PDF/XLSX/DOCX input. */
  where?: (offset: number) => string | undefined;
}

async function readInput(file: string): Promise<Input> {
  const { bytes, kind } = readInputFile(file);
  if (kind) {
    const st = documentScanText(await readFileDocument(file, bytes));
    return {
      text: st.text,
      hints: st.hints,
      where: (o) => {
        const w = whereAt(st, o);
        return w ? formatWhere(w) : undefined;
      },
    };
  }
  const raw = readText(file);
  return looksLikeHtml(file, raw) ? htmlToText(raw) : { text: raw, hints: {} };
}

/** The command, on its arguments; tests call it in process with captured output. */
export async function main(argv: readonly string[], io: CliIo): Promise<void> {
  const args = parseArgs(argv, USAGE);
  const t0 = performance.now();
  const { engine } = loadEngine(args, io);
  if (!args.quiet) io.err(`${loadReport(engine, performance.now() - t0)}\n`);
  const results: FileResult[] = [];
  const problems: string[] = [];
  for (const file of args.files) {
    let page: Input;
    try {
      page = await readInput(file);
    } catch (e) {
      problems.push(e instanceof Error ? e.message : String(e));
      continue;
    }
    const big = page.text.length > 1_000_000;
    const s = performance.now();
    const found = engine.scan(page.text, page.hints);
    const findings = page.where ? found.map((f) => ({ ...f, where: page.where?.(f.start) })) : found;
    if (big && !args.quiet) io.err(`${file}: scanned in ${(performance.now() - s).toFixed(0)} ms\n`);
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
        ...(f.where ? { where: f.where } : {}),
      })),
    }));
    io.out(`${JSON.stringify(out, null, 1)}\n`);
  } else {
    for (const r of results) {
      io.out(`\n${r.file}: ${r.findings.length} finding(s)\n`);
      if (r.findings.length === 0) continue;
      io.out(`  ${pad('SEVERITY', 9)}${pad('KIND', 9)}${pad('TEXT', 42)}${pad('KEY', 34)}${pad('LIST', 14)}SCORE\n`);
      for (const f of r.findings) {
        io.out(
          `  ${pad(f.severity, 9)}${pad(f.kind, 9)}${pad(f.text.replace(/\s+/gu, ' '), 42)}${pad(f.key, 34)}${pad(f.list ?? '-', 14)}${f.score.toFixed(2)}\n`,
        );
        if (f.where) io.out(`      at ${f.where}\n`);
        if (f.severity !== 'info') io.out(`      ${f.explanation}\n`);
      }
    }
  }
  if (problems.length > 0) throw new CliError(problems.join('\n'));
}

runCli(main, import.meta.url);
