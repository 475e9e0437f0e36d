// Small string-distance helpers for typo tolerance. Bounded work: callers only ask about short
// tokens, and the "at most 1" check is a single linear pass.

import { finishHash, hashStep } from './normalize';

/**
 * True when a and b differ by at most one insertion, deletion, substitution or adjacent swap.
 * Compares char codes from both ends instead of slicing: the scan asks this of a page word and a
 * handful of listed words at every typo branch.
 */
export function editDistanceAtMost1(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  const m = la < lb ? la : lb;
  let p = 0; // common prefix
  while (p < m && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  if (p === m) return true; // equal, or one extra letter at the end
  let q = 0; // common suffix
  while (q < m && a.charCodeAt(la - 1 - q) === b.charCodeAt(lb - 1 - q)) q++;
  // One letter more or less, or one changed: the prefix and suffix meet around it.
  if (p + q >= m - (la === lb ? 1 : 0)) return true;
  // Two neighbours swapped at the first difference.
  return (
    la === lb &&
    p + 1 < la &&
    a.charCodeAt(p) === b.charCodeAt(p + 1) &&
    a.charCodeAt(p + 1) === b.charCodeAt(p) &&
    q >= la - p - 2
  );
}

/**
 * Edit distance (Levenshtein plus adjacent transpositions, "Appel"/"Apple") with an upper bound:
 * returns max+1 when over. O(len * (2*max+1)).
 */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let prev2 = new Array<number>(b.length + 1).fill(max + 1);
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    for (let j = 1; j < lo; j++) cur[j] = max + 1;
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] ?? max + 1) + 1, (cur[j - 1] ?? max + 1) + 1, (prev[j - 1] ?? max + 1) + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        v = Math.min(v, (prev2[j - 2] ?? max + 1) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    for (let j = hi + 1; j <= b.length; j++) cur[j] = max + 1;
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  const d = prev[b.length] ?? max + 1;
  return d > max ? max + 1 : d;
}

/**
 * Hashes (as hashToken) of a word of ASCII letters and of each spelling of it with one letter left
 * out, into `out`; how many, or -1 for a word that is not all a-z (or longer than `out` allows).
 */
export function deletionHashes(w: string, out: Int32Array): number {
  const n = w.length;
  if (n + 1 > out.length) return -1;
  if (letters.length < n) letters = new Int32Array(Math.max(n, letters.length * 2));
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return -1;
    letters[i] = c;
  }
  return hashesWithout(n, out);
}

/**
 * The same for a page word (text from `start` to `end`) as it folds, read off the page without
 * making its string: -1 where `deletionHashes` of the folded word gives -1 (a letter not a-z), -2
 * where the word is not plain ASCII (fold it and call `deletionHashes`).
 */
export function pageDeletionHashes(text: string, start: number, end: number, out: Int32Array): number {
  if (letters.length < end - start) letters = new Int32Array(Math.max(end - start, letters.length * 2));
  let n = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return -2;
    if (c === 39) continue; // folding drops apostrophes
    if (c >= 65 && c <= 90) c += 32;
    if (c < 97 || c > 122) return -1;
    letters[n++] = c;
  }
  return n + 1 > out.length ? -1 : hashesWithout(n, out);
}

/** `letters[0..n)`'s hash, then each spelling without one of them, into `out`: n + 1 hashes. */
function hashesWithout(n: number, out: Int32Array): number {
  // The hash goes letter by letter, so a spelling without letter i goes on from the state after
  // the letters before it: half the steps of hashing every spelling from the start.
  if (prefix.length < n) prefix = new Int32Array(Math.max(n, prefix.length * 2));
  let h = 7; // hashToken's start
  for (let i = 0; i < n; i++) {
    prefix[i] = h;
    h = hashStep(h, letters[i] as number);
  }
  out[0] = finishHash(h);
  for (let skip = 0; skip < n; skip++) {
    let g = prefix[skip] as number;
    for (let i = skip + 1; i < n; i++) g = hashStep(g, letters[i] as number);
    out[skip + 1] = finishHash(g);
  }
  return n + 1;
}

let prefix = new Int32Array(64); // deletionHashes' hash state after each letter
let letters = new Int32Array(64); // the word's letters, from a string or the page
