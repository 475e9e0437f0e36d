// Small value checks shared by the CSV and JSON parsers.
import { fail } from './parse-error';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function isoDate(value: string, file: string, line: number, field: string): string {
  if (!isIsoDate(value)) fail(file, line, field, `expected a date as YYYY-MM-DD, found "${value}"`);
  return value;
}

export function yesNo(value: string, file: string, line: number, field: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === 'yes') return true;
  if (v === 'no') return false;
  return fail(file, line, field, `expected "yes" or "no", found "${value}"`);
}

export function oneOf<T extends string>(
  value: string,
  allowed: readonly T[],
  file: string,
  line: number,
  field: string,
): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) fail(file, line, field, `expected one of ${allowed.join(', ')}, found "${value}"`);
  return found as T;
}

export const ISO2 = /^[A-Z]{2}$/;

/** Dedupe while keeping first-seen order; drops empty strings. */
export function uniq(items: Iterable<string>, exclude: ReadonlySet<string> = new Set()): string[] {
  const seen = new Set<string>(exclude);
  const out: string[] = [];
  for (const raw of items) {
    const s = raw.trim();
    if (s === '' || seen.has(s)) continue;
    seen.add(s);
    out.push(s);
  }
  return out;
}
