// npm run -s screen -- [--json] [--list FILE]... [--cleared FILE]... [--no-builtin] FILE
// Screens a supplier file (one name a line, or CSV with a `name` column) against every name list.
import type { NameMatch } from '../core';
import { readCsvRecords } from '../core';
import { CliError, loadEngine, pad, parseArgs, readText, runCli, type CliIo } from './cli-common';

const USAGE = 'usage: npm run -s screen -- [--json] [--list FILE]... [--cleared FILE]... [--no-builtin] FILE';

/** Supplier names of a file: CSV with a `name` column, or one name a line. */
export function readSupplierNames(file: string, text: string): string[] {
  const first = text.split(/\r?\n/u, 1)[0] ?? '';
  const cols = first.split(',').map((c) => c.trim().replace(/^"|"$/gu, '').toLowerCase());
  if (first.includes(',') && cols.includes('name')) {
    let records: string[][];
    try {
      records = readCsvRecords(text, file).map((r) => r.values);
    } catch (e) {
      throw new CliError(`${file}: malformed CSV: ${e instanceof Error ? e.message : String(e)}`);
    }
    const header = (records[0] ?? []).map((c) => c.trim().toLowerCase());
    const col = header.indexOf('name');
    return records
      .slice(1)
      .map((r) => (r[col] ?? '').trim())
      .filter((n) => n !== '');
  }
  // A header row (short lower-case field names) without "name" is a CSV we cannot read.
  if (first.includes(',') && cols.every((c) => /^[a-z_][a-z0-9_ ]{0,30}$/u.test(c))) {
    throw new CliError(`${file}: CSV input needs a "name" column (header: ${first.slice(0, 80)})`);
  }
  return text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** The command, on its arguments; tests call it in process with captured output. */
export function main(argv: readonly string[], io: CliIo): void {
  const args = parseArgs(argv, USAGE);
  if (args.files.length !== 1) throw new CliError(`screen takes one file\n${USAGE}`);
  const file = args.files[0] as string;
  const names = readSupplierNames(file, readText(file));
  if (names.length === 0) throw new CliError(`${file}: no supplier names found`);
  const { engine } = loadEngine(args);
  const results: { input: string; matches: NameMatch[]; near: NameMatch[] }[] = [];
  names.forEach((input, i) => {
    if (!args.quiet && names.length > 2000 && i % 2000 === 0) io.err(`screened ${i}/${names.length}\n`);
    const matches = engine.screen(input);
    // Closest entries only where nothing matched: a lead for a person, never counted as a match.
    results.push({ input, matches, near: matches.length ? [] : engine.nearest(input, 3) });
  });
  if (args.json) {
    const out = results.map((r) => ({
      input: r.input,
      matches: r.matches.map((m) => ({ name: m.name, list: m.list, score: m.score, why: m.why, entryId: m.entryId })),
      near: r.near.map((m) => ({ name: m.name, list: m.list, score: m.score, why: m.why, entryId: m.entryId })),
    }));
    io.out(`${JSON.stringify(out, null, 1)}\n`);
    return;
  }
  let hits = 0;
  let close = 0;
  for (const r of results) {
    if (r.matches.length === 0) {
      if (r.near.length) close++;
      else io.out(`${pad(r.input, 48)}  no match\n`);
      for (const m of r.near)
        io.out(`${pad(r.input, 48)}  close: ${pad(m.name, 41)} ${pad(m.list, 16)} ${m.score.toFixed(2)}  ${m.why}\n`);
      continue;
    }
    hits++;
    for (const m of r.matches)
      io.out(`${pad(r.input, 48)}  ${pad(m.name, 48)} ${pad(m.list, 16)} ${m.score.toFixed(2)}  ${m.why}\n`);
  }
  io.out(
    `\n${hits} of ${results.length} names matched a list entry${close ? `; ${close} more are close to one (check them)` : ''}\n`,
  );
}

runCli(main, import.meta.url);
