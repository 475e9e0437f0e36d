// Shared plumbing of the commands: argument parsing, list loading, errors, running in or out of process.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, type LaborLensEngine } from '../core';
import { CLI_LIMITS, convertListFile, countryResolver, parseCustomList, type CustomRole } from '../core';
import type { CountryEntry } from '../core';
import type { ClearedEntry, CustomEntry, RiskData, Snapshot } from '../core';
import { loadBundledRiskData } from './bundled';

export class CliError extends Error {}

export interface CliArgs {
  json: boolean;
  lists: { file: string; role?: CustomRole }[];
  builtin: boolean;
  files: string[];
  quiet: boolean;
}

export function parseArgs(argv: readonly string[], usage: string): CliArgs {
  const a: CliArgs = { json: false, lists: [], builtin: true, files: [], quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i] as string;
    if (x === '--json') a.json = true;
    else if (x === '--no-builtin') a.builtin = false;
    else if (x === '--quiet' || x === '-q') a.quiet = true;
    else if (x === '--list' || x === '--cleared') {
      const f = argv[++i];
      if (!f) throw new CliError(`${x} needs a file\n${usage}`);
      a.lists.push(x === '--cleared' ? { file: f, role: 'cleared' } : { file: f });
    } else if (x.startsWith('--list=')) a.lists.push({ file: x.slice(7) });
    else if (x === '-h' || x === '--help') throw new CliError(usage);
    else if (x.startsWith('--')) throw new CliError(`unknown option ${x}\n${usage}`);
    else a.files.push(x);
  }
  if (a.files.length === 0) throw new CliError(`no input file\n${usage}`);
  return a;
}

export function readText(file: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  // Binary input (images, archives) is not a page: refuse rather than scan noise.
  const probe = buf.subarray(0, 4096);
  if (probe.includes(0)) throw new CliError(`${file}: looks like a binary file, not HTML or text`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  return text.replace(/^\uFEFF/u, '');
}

/**
 * Read a custom list (watch unless its columns or --cleared say cleared). A CSV from an ERP is read
 * through the guessed column mapping (separator, headers, country names, dates), as in Settings.
 */
export function readCustomList(
  file: string,
  role?: CustomRole,
  countries: readonly CountryEntry[] = [],
  warn: (s: string) => void = (s) => void process.stderr.write(s),
): Snapshot<CustomEntry | ClearedEntry> {
  let text = readText(file);
  const header = text.split('\n', 1)[0]?.toLowerCase() ?? '';
  const guess: CustomRole =
    role ?? (/cleared_by|cleared_on|"role"\s*:\s*"cleared"/u.test(header + text.slice(0, 2000)) ? 'cleared' : 'watch');
  if (!/^\s*[[{]/.test(text)) {
    try {
      const c = convertListFile(text, guess, { country: countryResolver(countries), file: basename(file) });
      if (c.assumed.length > 0) warn(`${file}: ${c.assumed.join('; ')}\n`);
      text = c.text;
    } catch {
      // A malformed CSV is reported by the list parser with its line.
    }
  }
  const r = parseCustomList(basename(file), text, guess, new Date(), CLI_LIMITS);
  if (r.ok) return r.snapshot;
  const lines = r.errors.map(
    (p) => `  ${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` [${p.field}]` : ''}: ${p.message}`,
  );
  throw new CliError(`invalid list ${file}:\n${lines.join('\n')}`);
}

/** `io`: where what was assumed about a list file's columns is said (stderr when not given). */
export function loadEngine(args: CliArgs, io?: Pick<CliIo, 'err'>): { engine: LaborLensEngine; data: RiskData } {
  let data: RiskData;
  try {
    data = args.builtin ? loadBundledRiskData() : { builtin: {}, custom: [] };
  } catch (e) {
    throw new CliError(`cannot load bundled lists: ${e instanceof Error ? e.message : String(e)}`);
  }
  let countries: readonly CountryEntry[] = [];
  try {
    countries = (args.builtin ? data.builtin.countries : loadBundledRiskData().builtin.countries)?.entries ?? [];
  } catch {
    // Country names then stay unread; codes still work.
  }
  for (const l of args.lists) data.custom.push(readCustomList(l.file, l.role, countries, io?.err));
  return { engine: createEngine(data), data };
}

/** "lists loaded, index built in 812 ms: 100,000 names, 61 MB in memory" for the user's stderr. */
export function loadReport(engine: LaborLensEngine, ms: number): string {
  const m = process.memoryUsage();
  const names = engine.internals.parties.length.toLocaleString('en-US');
  return `lists loaded, index built in ${ms.toFixed(0)} ms: ${names} listed parties, ${((m.heapUsed + m.arrayBuffers) / 1e6).toFixed(0)} MB in memory`;
}

/** Where a command writes: the process's streams, or a test's buffers. */
export interface CliIo {
  out(s: string): void;
  err(s: string): void;
}
/** A command may be async: reading PDF, XLSX and DOCX files is. */
export type CliMain = (argv: readonly string[], io: CliIo) => void | Promise<void>;

/** Run a command with clean error output; resolves to the exit code (0, 1 bad input, 2 usage). */
export async function runMain(main: CliMain, argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await main(argv, io);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`${e.message}\n`);
      return e.message.includes('usage:') ? 2 : 1;
    }
    throw e;
  }
}

/** Run `main` on the process's arguments when `moduleUrl` is the script node was started with. */
export function runCli(main: CliMain, moduleUrl: string): void {
  const entry = process.argv[1];
  if (!entry || resolve(entry) !== fileURLToPath(moduleUrl)) return;
  const io: CliIo = { out: (s) => void process.stdout.write(s), err: (s) => void process.stderr.write(s) };
  void runMain(main, process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}

export function pad(s: string, n: number): string {
  const cut = s.length > n ? `${s.slice(0, n - 1)}…` : s;
  return cut + ' '.repeat(Math.max(0, n - cut.length));
}
