// The scan, screen and lists commands on fixture files: in process with captured output, plus one
// smoke test per command that starts it as `npm run` does (a tsx child process).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain, type CliMain } from '../../../src/cli/cli-common';
import { BUILTIN_IDS } from '../../../src/core';
import { main as listsMain } from '../../../src/cli/lists';
import { main as scanMain } from '../../../src/cli/scan';
import { main as screenMain } from '../../../src/cli/screen';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIX = 'test/fixtures/cli';
const MAINS: Record<'scan' | 'screen' | 'lists', CliMain> = { scan: scanMain, screen: screenMain, lists: listsMain };
type Run = { code: number; out: string; err: string };

async function run(cmd: keyof typeof MAINS, args: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await runMain(MAINS[cmd], args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}
function spawn(cmd: keyof typeof MAINS, args: string[]): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${cmd}.ts`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

describe('each command started as npm run starts it', () => {
  it('scan --json', async () => {
    const r = spawn('scan', ['--json', '-q', `${FIX}/plain.txt`]);
    expect(r.code, r.err).toBe(0);
    expect((JSON.parse(r.out) as { file: string }[])[0]?.file).toBe(`${FIX}/plain.txt`);
  });
  it('screen --json, and a clean error with exit code 1', async () => {
    const r = spawn('screen', ['--json', '-q', `${FIX}/suppliers.txt`]);
    expect(r.code, r.err).toBe(0);
    expect((JSON.parse(r.out) as { input: string }[])[0]?.input).toBe('Hetian Taida Apparel Co Ltd');
    const bad = spawn('screen', ['-q', 'missing-file.txt']);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^cannot read missing-file\.txt/u);
  });
  it('lists --json', async () => {
    const r = spawn('lists', ['--json']);
    expect(r.code, r.err).toBe(0);
    const rows = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rows.map((x) => x.id)).toContain('uflpa');
    for (const row of rows)
      for (const k of ['id', 'name', 'publisher', 'asOf', 'entries']) expect(row).toHaveProperty(k);
  });
});

describe('scan', () => {
  it('prints the JSON contract, one object per file', async () => {
    const r = await run('scan', ['--json', '-q', `${FIX}/alibaba-search.html`, `${FIX}/plain.txt`]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { file: string; findings: Record<string, unknown>[] }[];
    expect(out.map((o) => o.file)).toEqual([`${FIX}/alibaba-search.html`, `${FIX}/plain.txt`]);
    for (const o of out) {
      for (const f of o.findings)
        for (const k of ['kind', 'text', 'key', 'severity', 'explanation', 'list', 'score'])
          expect(f).toHaveProperty(k);
    }
    const keys = out[0]?.findings.map((f) => `${String(f.kind)}:${String(f.key)}`);
    expect(keys).toContain('supplier:Hetian Taida Apparel Co., Ltd');
    expect(keys).toContain('origin:CN-XJ');
    expect(keys).toContain('hs:61091000');
    // Text in <noscript>, <textarea>, <script> and <style> is not page text.
    expect(keys).not.toContain('supplier:Hetian Haolin Hair Accessories Co. Ltd.');
  });
  it('reads JSON-LD organisations and table columns from HTML', async () => {
    const out = JSON.parse(
      (await run('scan', ['--json', '-q', `${FIX}/alibaba-search.html`, `${FIX}/invoice.html`])).out,
    ) as {
      findings: { key: string; kind: string }[];
    }[];
    expect(out[0]?.findings.map((f) => f.key)).toContain('Kashgar Silk Road Textile Co., Ltd.');
    expect(out[1]?.findings.filter((f) => f.kind === 'origin').map((f) => f.key)).toContain('CN');
  });
  it('uses a custom watch list and --no-builtin', async () => {
    const r = await run('scan', ['--json', '-q', '--no-builtin', '--list', `${FIX}/watch.csv`, `${FIX}/plain.txt`]);
    expect(r.code).toBe(0);
    const f = (
      JSON.parse(r.out) as { findings: { key: string; severity: string; list: string }[] }[]
    )[0]?.findings.find((x) => x.key === 'Acme Widgets Inc');
    expect(f?.severity).toBe('high');
    expect(f?.list).toMatch(/^custom:/u);
  });
  it('prints a table without --json', async () => {
    const r = await run('scan', ['-q', `${FIX}/invoice.html`]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/SEVERITY\s+KIND/u);
    expect(r.out).toMatch(/critical\s+supplier\s+Huafu Fashion/u);
  });
  it.each([
    [['missing-file.html'], /cannot read/u],
    [[`${FIX}/binary.bin`], /binary/u],
    [['--list', `${FIX}/watch-bad.csv`, `${FIX}/plain.txt`], /invalid list/u],
    [['--bogus', `${FIX}/plain.txt`], /unknown option/u],
    [[], /no input file/u],
  ])('fails cleanly on %j', async (args, msg) => {
    const r = await run('scan', ['-q', ...args]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(msg);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/u); // no stack trace
  });
});

describe('screen', () => {
  it('screens a one-name-a-line file (JSON contract)', async () => {
    const r = await run('screen', ['--json', '-q', `${FIX}/suppliers.txt`]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as {
      input: string;
      matches: { name: string; list: string; score: number; why: string }[];
    }[];
    expect(out[0]?.input).toBe('Hetian Taida Apparel Co Ltd');
    expect(out[0]?.matches[0]).toMatchObject({ name: 'Hetian Taida Apparel Co., Ltd', list: 'uflpa', score: 1 });
    expect(out.find((o) => o.input === 'Shenzhen Meike Digital Technology Co., Ltd.')?.matches).toEqual([]);
  });
  it('screens a CSV with a name column against a custom list', async () => {
    const r = await run('screen', ['--json', '-q', '--list', `${FIX}/watch.csv`, `${FIX}/suppliers.csv`]);
    const out = JSON.parse(r.out) as { input: string; matches: { name: string; list: string }[] }[];
    expect(out.map((o) => o.input)).toEqual(['Hetian Taida Apparel Co Ltd', 'Acme Widgets Inc.']);
    expect(out[1]?.matches.map((m) => m.name)).toEqual(['Acme Widgets Inc']);
  });
  it('rejects a CSV without a name column', async () => {
    const r = await run('screen', ['-q', `${FIX}/suppliers-no-name.csv`]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/name/u);
  });
});

describe('lists', () => {
  it('prints every bundled list as JSON and as a table', async () => {
    const json = JSON.parse((await run('lists', ['--json'])).out) as { id: string; entries: number }[];
    expect(json.map((r) => r.id)).toEqual(BUILTIN_IDS);
    expect(json.every((r) => r.entries > 0)).toBe(true);
    const table = await run('lists', []);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/^id\s+as of\s+entries/u);
  });
});
