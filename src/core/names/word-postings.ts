// What close-name leads (screen/near-words.ts) read from a compiled index: each word's parties,
// every word's one-letter deletions and every word's first four letters, sorted. Made from the trie
// alone, so it is part of the index and its stored image: a woken worker whose first page names an
// unlisted supplier read it back instead of making it (150 to 300 ms for 100,000 names in a worker
// whose code is still cold).
import { deletionHashes } from '../text/fuzzy';
import { hashToken } from '../text/normalize';

type I32 = Int32Array<ArrayBuffer>;

export interface WordPostings {
  /** Word id -> its parties: refs[start[id] .. start[id + 1]), each party once, in trie order. */
  start: I32;
  refs: I32;
  /** How many parties hold at least one word. */
  total: number;
  /**
   * The hashes of every all-letter word of 5 to 63 letters with one letter left out (and of the
   * word itself), ascending, each beside its word id (`delWord`, ascending within a hash).
   */
  delHash: I32;
  delWord: I32;
  /**
   * hashToken of the first four letters of every word of four letters or more, ascending, each
   * beside its word id (`preWord`, ascending within a hash): the words a page word begins.
   */
  preHash: I32;
  preWord: I32;
}

/** The key of `preHash` for a word of four letters or more. */
export function prefixHash(word: string): number {
  return hashToken(word.slice(0, 4));
}

/** The index as word postings need it (MatchIndex; an interface, so names/ does not import itself in a loop). */
export interface PostingSource {
  readonly words: number;
  word(id: number): string;
  wordPairs(): { word: Int32Array; ref: Int32Array; count: number };
}

/** Word ids fit below this, so a deletion's hash and its word sort as one number. */
const WORD_LIMIT = 1 << 23;

export function wordPostings(index: PostingSource): WordPostings {
  const words = index.words;
  const { word: wordOf, ref: refOf, count: pairs } = index.wordPairs();
  // Grouped by word (counting sort), each party once per word.
  const count = new Int32Array(words + 1);
  for (let i = 0; i < pairs; i++) {
    const at = (wordOf[i] as number) + 1;
    count[at] = (count[at] as number) + 1;
  }
  for (let w = 0; w < words; w++) count[w + 1] = (count[w + 1] as number) + (count[w] as number);
  const grouped = new Int32Array(pairs);
  const fill = count.slice(0, words);
  for (let i = 0; i < pairs; i++) {
    const w = wordOf[i] as number;
    const at = fill[w] as number;
    fill[w] = at + 1;
    grouped[at] = refOf[i] as number;
  }
  const start = new Int32Array(words + 1);
  const refs = new Int32Array(pairs);
  let out = 0;
  let maxRef = 0;
  for (let i = 0; i < pairs; i++) if ((refOf[i] as number) > maxRef) maxRef = refOf[i] as number;
  // mark[ref]: the last word that took the party (drops repeats without sorting each run).
  const mark = new Int32Array(maxRef + 1).fill(-1);
  let total = 0;
  for (let w = 0; w < words; w++) {
    start[w] = out;
    for (let i = count[w] as number; i < (count[w + 1] as number); i++) {
      const r = grouped[i] as number;
      if (mark[r] === w) continue;
      if (mark[r] === -1) total++;
      mark[r] = w;
      refs[out++] = r;
    }
  }
  start[words] = out;
  // Deletions: (hash, word) as one number each, sorted.
  if (words >= WORD_LIMIT) throw new Error(`an index of ${words} words is more than close-name leads handle`);
  const keys = new Int32Array(65);
  let dels = 0;
  for (let w = 0; w < words; w++) {
    const n = index.word(w).length;
    if (n >= 5 && n < 64) dels += n + 1;
  }
  const sorted = new Float64Array(dels);
  let d = 0;
  for (let w = 0; w < words; w++) {
    const t = index.word(w);
    if (t.length < 5 || t.length >= 64) continue;
    const n = deletionHashes(t, keys);
    for (let i = 0; i < n; i++) sorted[d++] = (keys[i] as number) * WORD_LIMIT + w;
  }
  const [delHash, delWord] = unzip(sorted.subarray(0, d).sort());
  // Prefixes: the same, over words of four letters or more.
  let p = 0;
  const byPrefix = new Float64Array(words);
  for (let w = 0; w < words; w++) {
    const t = index.word(w);
    if (t.length >= 4) byPrefix[p++] = prefixHash(t) * WORD_LIMIT + w;
  }
  const [preHash, preWord] = unzip(byPrefix.subarray(0, p).sort());
  return { start, refs: refs.slice(0, out), total, delHash, delWord, preHash, preWord };
}

/** (hash, word) pairs packed as one number each, sorted, back into their two columns. */
function unzip(sorted: Float64Array): [I32, I32] {
  const hash = new Int32Array(sorted.length);
  const word = new Int32Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    const k = sorted[i] as number;
    hash[i] = Math.floor(k / WORD_LIMIT);
    word[i] = k % WORD_LIMIT;
  }
  return [hash, word];
}

/**
 * What is wrong with postings for an index of `words` words whose parties are below `parties`,
 * or null: every offset, party and word in range, the deletions in order (a lookup halves them).
 */
export function postingsProblem(p: WordPostings, words: number, parties: number): string | null {
  const { start, refs, delHash, delWord } = p;
  if (!(start.length === words + 1 && start[0] === 0 && start[words] === refs.length))
    return 'word postings: offsets of the wrong length';
  for (let w = 0; w < words; w++)
    if ((start[w + 1] as number) < (start[w] as number)) return 'word postings: offsets out of order';
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i] as number;
    if (!(r >= 0 && r < parties)) return 'word postings: a party out of range';
  }
  if (!(Number.isInteger(p.total) && p.total >= 0)) return 'word postings: a bad total';
  return sortedProblem(delHash, delWord, words, 'deletions') ?? sortedProblem(p.preHash, p.preWord, words, 'prefixes');
}

function sortedProblem(hash: Int32Array, word: Int32Array, words: number, what: string): string | null {
  if (word.length !== hash.length) return `word postings: ${what} of unequal length`;
  for (let i = 0; i < hash.length; i++) {
    const w = word[i] as number;
    if (!(w >= 0 && w < words)) return `word postings: ${what} of no word`;
    if (i > 0 && (hash[i] as number) < (hash[i - 1] as number)) return `word postings: ${what} out of order`;
  }
  return null;
}

/** The first position in `delHash` (ascending) holding `h`, or its length when none does. */
export function firstAt(delHash: Int32Array, h: number): number {
  let lo = 0;
  let hi = delHash.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((delHash[mid] as number) < h) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
