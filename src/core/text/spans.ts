// Sorted, non-nested span sets with binary-search queries: used to ask "is this inside / does this
// overlap a finding already made" without an O(n*m) scan on pages with thousands of findings.

/** The index of the first number in ascending `sorted` that is not below `x` (sorted.length when none). */
export function firstAtLeast(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Span {
  start: number;
  end: number;
}

export class SpanSet {
  private readonly spans: Span[];
  /** Running maximum of `end` over spans sorted by start (spans may overlap). */
  private readonly maxEnd: number[];

  constructor(spans: Iterable<Span>) {
    this.spans = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
    this.maxEnd = [];
    let m = -1;
    for (const s of this.spans) {
      m = Math.max(m, s.end);
      this.maxEnd.push(m);
    }
  }

  /** Index of the last span starting at or before `pos` (-1 when none). */
  private lastStartingBy(pos: number): number {
    let lo = 0;
    let hi = this.spans.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.spans[mid] as Span).start <= pos) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }

  /** Some span contains [start, end). */
  contains(start: number, end: number): boolean {
    for (let i = this.lastStartingBy(start); i >= 0; i--) {
      if ((this.maxEnd[i] as number) < end) return false;
      const s = this.spans[i] as Span;
      if (s.end >= end) return true;
    }
    return false;
  }

  /** Some span overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    const i = this.lastStartingBy(end - 1);
    return i >= 0 && (this.maxEnd[i] as number) > start;
  }
}
