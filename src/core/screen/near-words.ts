// Where close-name leads (near.ts) find their candidates: the words of the listed names, taken
// from the compiled name index (its vocabulary and trie) into typed arrays, so a page scan that
// meets an unlisted company pays milliseconds, not the seconds a string index of 100,000 names
// takes to build. A lead needs a shared word that is rare on the lists (DISTINCT_DF), so only rare
// words lead to candidates, and a common one ("xinjiang", "trading") never pulls in thousands.
import type { MatchIndex } from '../names/match-index';
import { isCommonWord } from '../names/common-words';
import { deletionHashes, editDistanceAtMost1 } from '../text/fuzzy';
import { IntMap } from '../text/int-table';

/** A word held by more listed parties than this describes rather than names them. */
export const DISTINCT_DF = 25;

export class NearWords {
  /** Word id -> its parties: refs[start[id] .. start[id + 1]), each party once. */
  private readonly start: Int32Array;
  private readonly refs: Int32Array;
  /** How many parties hold at least one word. */
  readonly total: number;
  // Rare, distinctive words only: by their first four letters, and by their one-letter deletions
  // (a chain per deletion hash: head -> word, next).
  private readonly rare: Uint8Array;
  private readonly byPrefix = new Map<string, number[]>();
  private readonly delHead: IntMap;
  private readonly delWord: Int32Array;
  private readonly delNext: Int32Array;

  constructor(
    private readonly index: MatchIndex,
    isCountry: (word: string) => boolean,
  ) {
    const words = index.words;
    // (word, party) pairs, then grouped by word (counting sort) and made distinct.
    const { word: wordOf, ref: refOf, count: pairs } = index.wordPairs();
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
    this.start = new Int32Array(words + 1);
    const refs = new Int32Array(pairs);
    let out = 0;
    let maxRef = 0;
    for (let i = 0; i < pairs; i++) if ((refOf[i] as number) > maxRef) maxRef = refOf[i] as number;
    // mark[ref]: the last word that took the party (drops repeats without sorting each run).
    const mark = new Int32Array(maxRef + 1).fill(-1);
    let total = 0;
    for (let w = 0; w < words; w++) {
      this.start[w] = out;
      for (let i = count[w] as number; i < (count[w + 1] as number); i++) {
        const r = grouped[i] as number;
        if (mark[r] === w) continue;
        if (mark[r] === -1) total++;
        mark[r] = w;
        refs[out++] = r;
      }
    }
    this.start[words] = out;
    this.refs = refs.slice(0, out);
    this.total = total;

    const rare: number[] = [];
    this.rare = new Uint8Array(words);
    for (let w = 0; w < words; w++) {
      const t = index.word(w);
      if (t.length >= 4 && this.dfOf(w) <= DISTINCT_DF && !isCommonWord(t) && !isCountry(t)) {
        rare.push(w);
        this.rare[w] = 1;
      }
    }
    let dels = 0;
    for (const w of rare) {
      const t = index.word(w);
      const key = t.slice(0, 4);
      const got = this.byPrefix.get(key);
      if (got) got.push(w);
      else this.byPrefix.set(key, [w]);
      if (t.length >= 5 && t.length < 64) dels += t.length + 1;
    }
    this.delHead = new IntMap(dels + 16);
    this.delWord = new Int32Array(dels);
    this.delNext = new Int32Array(dels);
    let d = 0;
    const keys = new Int32Array(65);
    for (const w of rare) {
      const t = index.word(w);
      if (t.length < 5 || t.length >= 64) continue;
      const n = deletionHashes(t, keys);
      for (let i = 0; i < n; i++) {
        const h = keys[i] as number;
        this.delWord[d] = w;
        this.delNext[d] = this.delHead.get(h);
        this.delHead.set(h, d++);
      }
    }
  }

  private dfOf(id: number): number {
    return (this.start[id + 1] as number) - (this.start[id] as number);
  }

  /** How many parties hold a folded word (0 for a word on no list). */
  df(word: string): number {
    const id = this.index.wordId(word);
    return id < 0 ? 0 : this.dfOf(id);
  }

  /**
   * Parties holding a rare, distinctive word that `q` is, begins (4 letters or more) or is one
   * letter away from (5 or more): the only parties a lead for `q` can come from.
   */
  partiesNear(q: string, into: Set<number>, cap: number): void {
    const found = new Set<number>();
    const exact = this.index.wordId(q);
    if (exact >= 0 && this.rare[exact] === 1) found.add(exact);
    if (q.length >= 4)
      for (const w of this.byPrefix.get(q.slice(0, 4)) ?? []) if (this.index.word(w).startsWith(q)) found.add(w);
    const keys = new Int32Array(65);
    const n = q.length >= 5 ? deletionHashes(q, keys) : 0;
    for (let i = 0; i < n; i++)
      for (let d = this.delHead.get(keys[i] as number); d >= 0; d = this.delNext[d] as number) {
        const w = this.delWord[d] as number;
        if (!found.has(w) && editDistanceAtMost1(q, this.index.word(w))) found.add(w);
      }
    for (const w of found)
      for (let i = this.start[w] as number; i < (this.start[w + 1] as number) && into.size < cap; i++)
        into.add(this.refs[i] as number);
  }
}
