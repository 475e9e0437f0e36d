// `npm run -s lists [-- --json]`: the bundled lists with publisher, as-of date and entry counts.
// The --json output is a contract other checks rely on: an array of objects with at least
// {id, name, publisher, asOf, entries}.
import { loadBundledRiskData } from './bundled';
import { BUILTIN_IDS } from '../core';
import { CliError, runCli, type CliIo } from './cli-common';

export interface ListRow {
  id: string;
  name: string;
  publisher: string;
  asOf: string;
  entries: number;
  license?: string;
  sourceUrl: string;
  caveats: string[];
}

export function listRows(): ListRow[] {
  const data = loadBundledRiskData();
  return BUILTIN_IDS.flatMap((id) => {
    const s = data.builtin[id];
    if (!s) return [];
    const { meta } = s;
    return [
      {
        id,
        name: meta.name,
        publisher: meta.publisher,
        asOf: meta.asOf,
        entries: s.entries.length,
        license: meta.license,
        sourceUrl: meta.sourceUrl,
        caveats: meta.caveats ?? [],
      },
    ];
  });
}

function table(rows: ListRow[]): string {
  const cols: [string, (r: ListRow) => string][] = [
    ['id', (r) => r.id],
    ['as of', (r) => r.asOf],
    ['entries', (r) => String(r.entries)],
    ['name', (r) => r.name],
    ['publisher', (r) => r.publisher],
  ];
  const widths = cols.map(([h, f]) => Math.max(h.length, ...rows.map((r) => f(r).length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [
    line(cols.map(([h]) => h)),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(cols.map(([, f]) => f(r)))),
  ].join('\n');
}

/** The command, on its arguments; tests call it in process with captured output. */
export function main(argv: readonly string[], io: CliIo): void {
  let rows: ListRow[];
  try {
    rows = listRows();
  } catch (e) {
    throw new CliError(`cannot load bundled lists: ${e instanceof Error ? e.message : String(e)}`);
  }
  io.out(argv.includes('--json') ? `${JSON.stringify(rows, null, 2)}\n` : `${table(rows)}\n`);
}

runCli(main, import.meta.url);
