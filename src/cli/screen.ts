// npm run -s screen -- [--json] [--column NAME] [--list FILE]... [--cleared FILE]... [--no-builtin] FILE
// Screens a supplier file against every name list: one name a line, a CSV or other delimited
// export (separator and encoding detected, the header never screened), an XLSX supplier master, or
// a PDF/DOCX with one name a line. A table whose name column cannot be told is refused.
import type { NameMatch } from '../core';
import { decodeText, FileReadError, looksBinary, readDelimited } from '../core';
import { CliError, loadEngine, pad, parseArgs, runCli, type CliIo } from './cli-common';
import { documentSuppliers, readFileDocument, tableSuppliers, type SupplierInput } from './file-document';
import { readInputFile } from './page-input';

const USAGE =
  'usage: npm run -s screen -- [--json] [--column NAME] [--list FILE]... [--cleared FILE]... [--no-builtin] FILE';

/** Supplier names of a delimited text file (CSV, `;`, tab) or a file of one name a line. */
export function readSupplierText(file: string, bytes: Uint8Array, column?: string): SupplierInput {
  if (looksBinary(bytes)) throw new CliError(`${file}: looks like a binary file, not a supplier list`);
  const dec = decodeText(bytes);
  let table;
  let notes: string[];
  try {
    ({ table, notes } = readDelimited(file, dec.text));
  } catch (e) {
    if (e instanceof FileReadError) throw new CliError(`${file}: malformed CSV: ${e.message}`);
    throw e;
  }
  return tableSuppliers(file, table, column, [`encoding ${dec.encoding}${dec.bom ? ' with BOM' : ''}`, ...notes]);
}

/** Supplier names of a file (kept for callers of the old line reader): names only. */
export function readSupplierNames(file: string, text: string, column?: string): string[] {
  return readSupplierText(file, new TextEncoder().encode(text), column).rows.map((r) => r.name);
}

async function readSuppliers(file: string, column?: string): Promise<SupplierInput> {
  const { bytes, kind } = readInputFile(file);
  if (kind) return documentSuppliers(file, await readFileDocument(file, bytes), column);
  return readSupplierText(file, bytes, column);
}

/** `--column NAME` is screen's own option; the rest are the shared ones. */
function takeColumn(argv: string[]): { argv: string[]; column?: string } {
  const rest: string[] = [];
  let column: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--column') {
      column = argv[++i];
      if (!column) throw new CliError(`--column needs a column name, letter or number\n${USAGE}`);
    } else if (a.startsWith('--column=')) column = a.slice(9);
    else rest.push(a);
  }
  return { argv: rest, column };
}

/** The command, on its arguments; tests call it in process with captured output. */
export async function main(rawArgv: readonly string[], io: CliIo): Promise<void> {
  const { argv, column } = takeColumn([...rawArgv]);
  const args = parseArgs(argv, USAGE);
  if (args.files.length !== 1) throw new CliError(`screen takes one file\n${USAGE}`);
  const file = args.files[0] as string;
  const input = await readSuppliers(file, column);
  if (input.rows.length === 0) throw new CliError(`${file}: no supplier names found (${input.notes.join('; ')})`);
  if (!args.quiet) io.err(`${file}: ${input.rows.length} names; ${input.notes.join('; ')}\n`);
  const { engine } = loadEngine(args, io);
  const names = input.rows.map((r) => r.name);
  const results: { input: string; matches: NameMatch[]; near: NameMatch[] }[] = [];
  names.forEach((name, i) => {
    if (!args.quiet && names.length > 2000 && i % 2000 === 0) io.err(`screened ${i}/${names.length}\n`);
    const matches = engine.screen(name);
    // Closest entries only where nothing matched: a lead for a person, never counted as a match.
    results.push({ input: name, matches, near: matches.length ? [] : engine.nearest(name, 3) });
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
