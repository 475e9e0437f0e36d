// Where close-name leads (near.ts) find their candidates: the words of the listed names, taken
// from the compiled name index (its vocabulary and trie) into typed arrays, so a page scan that
// meets an unlisted company pays milliseconds, not the seconds a string index of 100,000 names
// takes to build. A lead needs a shared word that is rare on the lists (DISTINCT_DF), so only rare
// words lead to candidates, and a common one ("xinjiang", "trading") never pulls in thousands.
import type { MatchIndex } from '../names/match-index';
import { isCommonWord } from '../names/common-words';
import { deletionHashes, editDistanceAtMost1 } from '../text/fuzzy';
import { firstAt } from '../names/word-postings';

/** A word held by more listed parties than this describes rather than names them. */
export const DISTINCT_DF = 25;

export class NearWords {
  /** Word id -> its parties: refs[start[id] .. start[id + 1]), each party once. */
  private readonly start: Int32Array;
  private readonly refs: Int32Array;
  /** How many parties hold at least one word. */
  readonly total: number;
  // Rare, distinctive words only: by their first four letters, and by their one-letter deletions
  // (the index's sorted deletions of every word, rare ones taken).
  private readonly rare: Uint8Array;
  private readonly byPrefix = new Map<string, number[]>();
  private readonly delHash: Int32Array;
  private readonly delWord: Int32Array;

  constructor(
    private readonly index: MatchIndex,
    isCountry: (word: string) => boolean,
  ) {
    const words = index.words;
    // Made once per index and kept in its stored image (names/word-postings.ts).
    const p = index.wordPostings();
    this.start = p.start;
    this.refs = p.refs;
    this.total = p.total;
    this.delHash = p.delHash;
    this.delWord = p.delWord;
    this.rare = new Uint8Array(words);
    for (let w = 0; w < words; w++) {
      const t = index.word(w);
      if (t.length >= 4 && this.dfOf(w) <= DISTINCT_DF && !isCommonWord(t) && !isCountry(t)) {
        this.rare[w] = 1;
        const key = t.slice(0, 4);
        const got = this.byPrefix.get(key);
        if (got) got.push(w);
        else this.byPrefix.set(key, [w]);
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
    const { delHash, delWord } = this;
    for (let i = 0; i < n; i++) {
      const h = keys[i] as number;
      let end = firstAt(delHash, h);
      while (end < delHash.length && delHash[end] === h) end++;
      // Highest word first, as the per-hash chains this replaced gave them (the cap keeps the first).
      for (let d = end - 1; d >= 0 && delHash[d] === h; d--) {
        const w = delWord[d] as number;
        if (this.rare[w] === 1 && !found.has(w) && editDistanceAtMost1(q, this.index.word(w))) found.add(w);
      }
    }
    for (const w of found)
      for (let i = this.start[w] as number; i < (this.start[w + 1] as number) && into.size < cap; i++)
        into.add(this.refs[i] as number);
  }
}
