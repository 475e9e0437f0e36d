// The compiled name index as plain data (typed arrays, strings, maps): what IndexedDB stores so a
// woken service worker loads the index instead of rebuilding it (uBlock Origin's "selfie"). An
// image is only ever trusted whole: format, shape and a checksum over every part must agree, or
// the caller rebuilds from the lists.

import { postingsProblem, type WordPostings } from './word-postings';

type I32 = Int32Array<ArrayBuffer>;
type U8 = Uint8Array<ArrayBuffer>;

/**
 * A list of strings read when needed: a stored image's sources (3.6 MB of text at 100,000 names)
 * are not decoded on every wake of the worker, only the one a hit names (`at`), or all of them
 * when the whole list is wanted (`read`, the same array each time). Neither throws: a damaged
 * store is caught by the checksum, which reads them all.
 */
export interface LazyStrings {
  readonly length: number;
  at(i: number): string;
  read(): string[];
}

function isLazyStrings(x: unknown): x is LazyStrings {
  const l = x as Partial<LazyStrings> | null;
  return (
    typeof l === 'object' &&
    l !== null &&
    typeof l.read === 'function' &&
    typeof l.at === 'function' &&
    Number.isInteger(l.length)
  );
}

const stringsOf = (x: string[] | LazyStrings): string[] => (Array.isArray(x) ? x : x.read());

export interface IndexImage {
  /** INDEX_FORMAT of the code that wrote it. */
  format: number;
  nodes: number;
  count: number;
  vocab: { keys: I32; vals: I32; used: number };
  edges: { ka: I32; kb: I32; vals: I32; used: number };
  tokenText: string[];
  tokenH2: I32;
  /** Words sharing their hash with another, and their ids by second hash. */
  ambiguous: U8;
  clash: { keys: I32; vals: I32; used: number };
  startCount: I32;
  firstChild: I32;
  nextSibling: I32;
  nodeToken: I32;
  termHead: I32;
  /**
   * Four ints per pattern: flags, kind, length and doubt (0, or 1 + the index in `reasons` of why
   * it is only a possible match) a byte each; the next pattern at its node; the party; its source.
   */
  patterns: I32;
  /** Distinct listed names (a pattern's source; variants share one). */
  sources: string[] | LazyStrings;
  raw: Map<number, string[]>;
  reasons: string[];
  spellings: Map<number, number[]>;
  startFilter: U8;
  /**
   * First-word typo tables (MatchIndex.buildTypoFirst): made when the image is, so a woken worker
   * does not make them on its first scan.
   */
  typo: { keys: I32; vals: I32; used: number };
  typoPairs: { ka: I32; kb: I32; vals: I32; used: number };
  typoSecond: U8;
  typoThird: U8;
  /**
   * The step filter (MatchIndex.stepFilter), stored so a woken worker does not make it: a pass over
   * every edge, 20 to 35 ms of its first scan's warm-up in code not yet compiled.
   */
  steps: U8;
  /** Each word's parties and every word's deletions, for close-name leads (word-postings.ts). */
  near: WordPostings;
  /** imageChecksum() of everything above. */
  sum: number;
}

/** Fields of a pattern in `patterns` (and in MatchIndex), four ints per pattern. */
export const PAT_META = 0;
export const PAT_NEXT = 1;
export const PAT_REF = 2;
export const PAT_SOURCE = 3;

// A node's termHead entry: its first pattern (-1: none; patterns number below 2^28), and two bits
// that compact() works out from all the node's patterns. TERM_NEEDS_FORM: each counts only with a
// legal form right after it on the page (a name of common words, a short form that needs one, or a
// one-word name listed with one). TERM_BRAND: each is that, or a town-and-brand short form, which a
// capitalised word after it makes another firm's name. Most names found on a page end at such a
// node and are turned down there, without reading the patterns (a table of megabytes).
export const TERM_PID = 0x0fffffff;
export const TERM_NEEDS_FORM = 1 << 28;
export const TERM_BRAND = 1 << 29;
/** The first pattern of a termHead entry, -1 for none. */
export const firstPid = (head: number): number => (head < 0 ? -1 : head & TERM_PID);

type Arrays = Int32Array | Uint8Array;

function mixArray(h: number, a: Arrays): number {
  h = Math.imul(h ^ a.length, 0x01000193);
  if (a instanceof Int32Array) {
    for (let i = 0; i < a.length; i++) h = Math.imul(h ^ (a[i] as number), 0x01000193);
    return h;
  }
  // Bytes four at a time, combined by value (not through a view of the buffer, whose offset
  // depends on how the copy was stored): a 100,000-name image hashes in a few ms.
  const whole = a.length & ~3;
  for (let i = 0; i < whole; i += 4)
    h = Math.imul(
      h ^
        ((a[i] as number) | ((a[i + 1] as number) << 8) | ((a[i + 2] as number) << 16) | ((a[i + 3] as number) << 24)),
      0x01000193,
    );
  for (let i = whole; i < a.length; i++) h = Math.imul(h ^ (a[i] as number), 0x01000193);
  return h;
}

/**
 * A hash table's used slots (key not -1), each with its position: most of a table is empty, and
 * what an empty slot holds besides its key is never read.
 */
function mixTable(h: number, keys: Int32Array, a?: Int32Array, b?: Int32Array): number {
  h = Math.imul(h ^ keys.length, 0x01000193);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as number;
    if (k === -1) continue;
    h = Math.imul(Math.imul(h ^ i, 0x01000193) ^ k, 0x01000193);
    if (a) h = Math.imul(h ^ (a[i] as number), 0x01000193);
    if (b) h = Math.imul(h ^ (b[i] as number), 0x01000193);
  }
  return h;
}

function mixString(h: number, s: string): number {
  h = Math.imul(h ^ s.length, 0x01000193);
  // Two UTF-16 units a step: the listed names are most of an image's bytes.
  const pairs = s.length & ~1;
  for (let i = 0; i < pairs; i += 2) h = Math.imul(h ^ (s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16)), 0x01000193);
  if (pairs < s.length) h = Math.imul(h ^ s.charCodeAt(pairs), 0x01000193);
  return h;
}

/** FNV-style checksum over every part of an image (not cryptographic: it catches damage, not tampering). */
export function imageChecksum(x: Omit<IndexImage, 'sum'>): number {
  let h = Math.imul(0x811c9dc5 ^ x.format, 0x01000193);
  h = Math.imul(h ^ x.nodes, 0x01000193);
  h = Math.imul(h ^ x.count, 0x01000193);
  h = Math.imul(h ^ x.vocab.used, 0x01000193);
  h = Math.imul(h ^ x.edges.used, 0x01000193);
  h = Math.imul(h ^ x.clash.used, 0x01000193);
  h = Math.imul(h ^ x.typo.used, 0x01000193);
  h = Math.imul(h ^ x.typoPairs.used, 0x01000193);
  h = mixTable(h, x.vocab.keys, x.vocab.vals);
  h = mixTable(h, x.clash.keys, x.clash.vals);
  h = mixTable(h, x.edges.ka, x.edges.kb, x.edges.vals);
  h = mixTable(h, x.typo.keys, x.typo.vals);
  h = mixTable(h, x.typoPairs.ka, x.typoPairs.kb, x.typoPairs.vals);
  for (const a of [
    x.tokenH2,
    x.ambiguous,
    x.startCount,
    x.firstChild,
    x.nextSibling,
    x.nodeToken,
    x.termHead,
    x.patterns,
    x.startFilter,
    x.typoSecond,
    x.typoThird,
    x.steps,
    x.near.start,
    x.near.refs,
    x.near.delHash,
    x.near.delWord,
    x.near.preHash,
    x.near.preWord,
  ])
    h = mixArray(h, a);
  h = Math.imul(h ^ x.near.total, 0x01000193);
  for (const s of x.tokenText) h = mixString(h, s);
  for (const s of stringsOf(x.sources)) h = mixString(h, s);
  for (const [k, v] of x.raw) {
    h = Math.imul(h ^ k, 0x01000193);
    for (const s of v) h = mixString(h, s);
  }
  for (const s of x.reasons) h = mixString(h, s);
  for (const [k, v] of x.spellings) {
    h = Math.imul(h ^ k, 0x01000193);
    for (const n of v) h = Math.imul(h ^ n, 0x01000193);
  }
  return h | 0;
}

const INT_PARTS = ['tokenH2', 'startCount', 'firstChild', 'nextSibling', 'nodeToken', 'termHead', 'patterns'] as const;
const BYTE_PARTS = ['ambiguous', 'startFilter', 'typoSecond', 'typoThird', 'steps'] as const;

/** Whether an open-addressing table of `n` slots (a power of two) holding `used` keys is sound. */
function table(n: number, vals: number, used: number): boolean {
  return n >= 16 && (n & (n - 1)) === 0 && vals === n && Number.isInteger(used) && used >= 0 && used * 2 <= n;
}

/**
 * Why `x` is not a whole image of format `format`, or null. Checks shape and sizes; with `deep`
 * (the default) also the checksum and every link. Without it only for an image these very checks
 * passed earlier (a woken worker's, checked once per browser session: see index-store.ts).
 */
export function imageProblem(x: unknown, format: number, deep = true): string | null {
  if (typeof x !== 'object' || x === null) return 'not an object';
  const m = x as Partial<IndexImage>;
  if (m.format !== format) return `format ${String(m.format)}, expected ${format}`;
  for (const k of INT_PARTS) if (!(m[k] instanceof Int32Array)) return `${k} is not an Int32Array`;
  for (const k of BYTE_PARTS) if (!(m[k] instanceof Uint8Array)) return `${k} is not a Uint8Array`;
  const img = m as IndexImage;
  if (!Number.isInteger(img.nodes) || !Number.isInteger(img.count) || img.nodes < 1 || img.count < 0)
    return 'bad counts';
  const v = img.vocab;
  const e = img.edges;
  if (typeof v !== 'object' || !(v?.keys instanceof Int32Array) || !(v.vals instanceof Int32Array))
    return 'bad vocabulary table';
  if (
    typeof e !== 'object' ||
    !(e?.ka instanceof Int32Array) ||
    !(e.kb instanceof Int32Array) ||
    !(e.vals instanceof Int32Array)
  )
    return 'bad edge table';
  const c = img.clash;
  if (typeof c !== 'object' || !(c?.keys instanceof Int32Array) || !(c.vals instanceof Int32Array))
    return 'bad clash table';
  if (
    !Array.isArray(img.tokenText) ||
    !(Array.isArray(img.sources) || isLazyStrings(img.sources)) ||
    !Array.isArray(img.reasons)
  )
    return 'bad string tables';
  if (!(img.raw instanceof Map) || !(img.spellings instanceof Map)) return 'bad maps';
  const tokens = img.tokenText.length;
  if (img.tokenH2.length < tokens || img.startCount.length < tokens || img.ambiguous.length < tokens)
    return 'token tables shorter than the vocabulary';
  for (const k of ['firstChild', 'nextSibling', 'nodeToken', 'termHead'] as const)
    if (img[k].length < img.nodes) return `${k} shorter than the trie`;
  if (img.patterns.length < img.count * 4) return 'pattern table shorter than the patterns';
  if (img.startFilter.length !== 1 << 17) return 'start filter of the wrong size';
  const typo = img.typo;
  const pairs = img.typoPairs;
  if (
    typeof typo !== 'object' ||
    !(typo?.keys instanceof Int32Array) ||
    !(typo.vals instanceof Int32Array) ||
    !table(typo.keys.length, typo.vals.length, typo.used)
  )
    return 'bad typo table';
  if (
    typeof pairs !== 'object' ||
    !(pairs?.ka instanceof Int32Array) ||
    !(pairs.kb instanceof Int32Array) ||
    !(pairs.vals instanceof Int32Array) ||
    !table(pairs.ka.length, pairs.vals.length, pairs.used) ||
    pairs.kb.length !== pairs.ka.length
  )
    return 'bad typo pair table';
  if (img.typoSecond.length !== 1 << 17 || img.typoThird.length !== 1 << 17) return 'typo filters of the wrong size';
  const steps = img.steps.length;
  if (steps < 1 << 10 || steps > 1 << 18 || (steps & (steps - 1)) !== 0) return 'step filter of the wrong size';
  const near = img.near;
  if (
    typeof near !== 'object' ||
    near === null ||
    !(['start', 'refs', 'delHash', 'delWord', 'preHash', 'preWord'] as const).every(
      (k) => near[k] instanceof Int32Array,
    ) ||
    near.start.length !== tokens + 1
  )
    return 'bad word postings';
  if (!deep) return null;
  if (imageChecksum(img) !== img.sum) return 'checksum does not match (damaged data)';
  // Links must stay inside their tables, or a scan would read past them.
  for (let i = 0; i < img.nodes; i++) {
    const t = firstPid(img.termHead[i] as number);
    const c = img.firstChild[i] as number;
    const s = img.nextSibling[i] as number;
    if (t >= img.count || c >= img.nodes || s >= img.nodes || (img.nodeToken[i] as number) >= tokens)
      return 'a trie link points outside the index';
  }
  for (let i = 0; i < v.vals.length; i++)
    if ((v.keys[i] as number) !== -1 && (v.vals[i] as number) >= tokens) return 'a word points outside the vocabulary';
  for (let i = 0; i < c.vals.length; i++)
    if ((c.keys[i] as number) !== -1 && (c.vals[i] as number) >= tokens) return 'a word points outside the vocabulary';
  for (let i = 0; i < e.vals.length; i++)
    if ((e.ka[i] as number) !== -1 && (e.vals[i] as number) >= img.nodes) return 'an edge points outside the trie';
  for (let i = 0; i < typo.vals.length; i++)
    if ((typo.keys[i] as number) !== -1 && (typo.vals[i] as number) >= tokens)
      return 'a typo key points outside the vocabulary';
  for (let p = 0; p < img.count; p++)
    if (
      (img.patterns[p * 4 + PAT_NEXT] as number) >= img.count ||
      (img.patterns[p * 4 + PAT_SOURCE] as number) >= img.sources.length ||
      (img.patterns[p * 4 + PAT_SOURCE] as number) < 0 ||
      (img.patterns[p * 4 + PAT_META] as number) >>> 24 > img.reasons.length
    )
      return 'a pattern link points outside the index';
  let parties = 0;
  for (let p = 0; p < img.count; p++) parties = Math.max(parties, (img.patterns[p * 4 + PAT_REF] as number) + 1);
  return postingsProblem(near, tokens, parties);
}
