// Shared arbitraries and checks for the parser fuzz tests: arbitrary text, arbitrary JSON, and
// real samples from test/fixtures/lists mutated byte- and field-wise, plus the two properties
// every parser must keep: only its own error type escapes, and the time grows with the input
// linearly (no quadratic blow-up that would hang the worker on a 200 KB file).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { ListParseError, type ParseProblem } from '../../../src/core/lists/parse-error';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/lists');
export const sample = (name: string): { file: string; text: string } => ({
  file: name,
  text: readFileSync(join(FIXTURES, name), 'utf8'),
});
export const publicData = (id: string): unknown =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/data', `${id}.json`), 'utf8')) as unknown;

/** FUZZ_SCALE=20 npx vitest run test/unit/fuzz: a deeper local run (20x the cases and time cap). */
const SCALE = Math.max(1, Number(process.env['FUZZ_SCALE'] ?? 1) || 1);
/** Runs per property: enough to find the usual edge cases, small enough for ~20 s in all. */
export const RUNS = 150;
/** Cap on one fc.assert: stops generating new cases after this long (never fails because of it). */
export const TIME_CAP_MS = 1_500;
export const fuzzOptions = (numRuns = RUNS): fc.Parameters<unknown> => ({
  numRuns: numRuns * SCALE,
  interruptAfterTimeLimit: TIME_CAP_MS * SCALE,
});

/** Tokens that have broken parsers before: quoting, line ends, BOM, NUL, prototype keys, odd numbers and dates. */
export const NASTY = [
  '',
  '"',
  '""',
  ',',
  ',,',
  '\n',
  '\r\n',
  '\r',
  '\uFEFF',
  '\u0000',
  '\uFFFD',
  '\u2028',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'yes',
  'no',
  'YES',
  'Active',
  'Revoked',
  'Tier 2',
  'Tier 9',
  'chapter',
  'heading',
  '0',
  '-1',
  '1e309',
  'NaN',
  '2025',
  '9999-99-99',
  '2026-02-30',
  '2026-01-01',
  'CN',
  'cn',
  'C',
  'custom:x',
  '{',
  '[',
  ']',
  '}',
  '\\',
  '😀',
  'e\u0301',
  ' ',
  '\t',
  'A'.repeat(300),
  'null',
  'true',
  '[full; simplified]',
  '65',
  '6501',
  '07',
  '0701',
  'WRO',
  'Finding',
  'watch',
  'cleared',
  'high',
  'extreme',
  '新疆',
  '<script>alert(1)</script>',
];

/** Characters CSV and JSON readers care about, for dense structural noise. */
const SYNTAX = fc.constantFrom(
  ',',
  '"',
  '\n',
  '\r',
  '\r\n',
  '\uFEFF',
  ' ',
  'a',
  'Z',
  '1',
  '-',
  ':',
  '{',
  '}',
  '[',
  ']',
  '\\',
  '\u0000',
  '中',
);
export const syntaxNoise = fc.array(SYNTAX, { maxLength: 200 }).map((a) => a.join(''));
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ maxLength: 300 }),
  syntaxNoise,
);
export const anyJsonText = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v));

type Mutation = {
  kind: 'insert' | 'replace' | 'delete' | 'truncate' | 'field' | 'dupLine' | 'dropLine' | 'swapLines';
  at: number;
  len: number;
  token: string;
};

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(
    'insert',
    'replace',
    'delete',
    'truncate',
    'field',
    'field',
    'field',
    'dupLine',
    'dropLine',
    'swapLines',
  ),
  at: fc.nat(),
  len: fc.nat({ max: 40 }),
  token: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 12 })),
});

function applyMutation(text: string, m: Mutation): string {
  const pos = m.at % (text.length + 1);
  const lines = text.split('\n');
  const li = m.at % lines.length;
  switch (m.kind) {
    case 'insert':
      return text.slice(0, pos) + m.token + text.slice(pos);
    case 'replace':
      return text.slice(0, pos) + m.token + text.slice(pos + m.len);
    case 'delete':
      return text.slice(0, pos) + text.slice(pos + m.len);
    case 'truncate':
      return text.slice(0, pos);
    case 'field': {
      // Naive split: a comma inside quotes may be hit, which is part of the fuzz.
      const fields = (lines[li] ?? '').split(',');
      fields[m.len % fields.length] = m.token;
      lines[li] = fields.join(',');
      return lines.join('\n');
    }
    case 'dupLine':
      lines.splice(li, 0, lines[li] ?? '');
      return lines.join('\n');
    case 'dropLine':
      lines.splice(li, 1);
      return lines.join('\n');
    case 'swapLines': {
      const lj = m.len % lines.length;
      [lines[li], lines[lj]] = [lines[lj] ?? '', lines[li] ?? ''];
      return lines.join('\n');
    }
  }
}

/** A real sample with 1-4 byte- or field-level mutations. */
export const mutated = (text: string): fc.Arbitrary<string> =>
  fc.array(mutationArb, { minLength: 1, maxLength: 4 }).map((ms) => ms.reduce(applyMutation, text));

/** A JSON document with one value somewhere replaced by arbitrary JSON (or removed). */
export function mutatedJson(value: unknown): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
      fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
    )
    .map(([path, replacement]) => {
      const root = structuredClone(value) as unknown;
      let cur = root;
      for (const [depth, n] of path.entries()) {
        if (typeof cur !== 'object' || cur === null) break;
        const obj = cur as Record<string, unknown>;
        const keys = Object.keys(obj);
        if (keys.length === 0) break;
        const key = keys[n % keys.length]!;
        const child = obj[key];
        if (depth === path.length - 1 || typeof child !== 'object' || child === null) {
          if (replacement === undefined && !Array.isArray(obj)) delete obj[key];
          else obj[key] = replacement ?? null;
          break;
        }
        cur = child;
      }
      return root;
    });
}

/**
 * Runs `fn`; a ListParseError is fine (and must name one of `files`, the inputs it was given),
 * anything else fails the property.
 */
export function onlyListParseError(fn: () => unknown, files: string | readonly string[]): unknown {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ListParseError) {
      const file = (typeof files === 'string' ? [files] : files).find((f) => e.message.startsWith(f));
      expect(file, e.message).toBeDefined();
      expect(e.message.length).toBeGreaterThan((file ?? '').length + 2);
      return undefined;
    }
    throw e;
  }
}

/** A {ok:false} result carries at least one specific problem. */
export function expectSpecific(errors: readonly (ParseProblem | string)[]): void {
  expect(errors.length).toBeGreaterThan(0);
  for (const p of errors) expect((typeof p === 'string' ? p : p.message).length).toBeGreaterThan(0);
}

/**
 * Size-linear sanity check. Small inputs (3 KB to 50 KB) double step by step, and each 4x step may
 * cost at most 10x the time (linear is 4x, quadratic 16x): a quadratic parser fails there within
 * a second or two, instead of hanging the run on the 200 KB input. Then 200 KB may cost at most
 * 40x the 25 KB time (linear 8x, quadratic 64x). Floors keep sub-millisecond noise and GC pauses
 * from failing it; each time is the best of three, and one over its limit is measured again.
 */
export function expectLinear(fn: (text: string) => unknown, make: (bytes: number) => string): void {
  const best = (t: string): number => {
    let min = Infinity;
    for (let i = 0; i < 3; i += 1) {
      const start = performance.now();
      try {
        fn(t);
      } catch {
        // errors are checked elsewhere; only time matters here
      }
      min = Math.min(min, performance.now() - start);
    }
    return min;
  };
  const say = (a: number, ta: number, b: number, tb: number): string =>
    `${a} chars took ${ta.toFixed(1)} ms, ${b} chars took ${tb.toFixed(1)} ms`;
  // A time over its limit is measured again (twice at most) before it counts: a machine busy with
  // other work slows one measurement, while a quadratic parser is as slow every time.
  const within = (text: string, limit: number): number => {
    let t = best(text);
    for (let again = 0; again < 2 && t >= limit; again += 1) t = Math.min(t, best(text));
    return t;
  };
  const sizes = [3_125, 6_250, 12_500, 25_000, 50_000];
  best(make(sizes[0]!)); // warm-up
  const times: number[] = [];
  for (const [i, n] of sizes.entries()) {
    const limit = i >= 2 ? Math.max(times[i - 2]! * 10, 40) : Infinity;
    times.push(within(make(n), limit));
    // Checked as we go, so a quadratic parser stops the test at once.
    if (i >= 2) expect(times[i], say(sizes[i - 2]!, times[i - 2]!, n, times[i]!)).toBeLessThan(limit);
  }
  const big = make(200_000);
  expect(big.length).toBeGreaterThanOrEqual(190_000);
  const limit = Math.max(times[3]! * 40, 100);
  const tBig = within(big, limit);
  expect(tBig, say(25_000, times[3]!, big.length, tBig)).toBeLessThan(limit);
}

/** `header` then `row(i)` repeated until `bytes` long. */
export function repeatRows(header: string, row: (i: number) => string, bytes: number): string {
  const parts = [header];
  let n = header.length;
  for (let i = 0; n < bytes; i += 1) {
    const r = row(i);
    parts.push(r);
    n += r.length;
  }
  return parts.join('');
}
