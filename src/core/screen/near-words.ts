// Where close-name leads (near.ts) find their candidates: the words of the listed names, taken
// from the compiled name index (its vocabulary and trie) into typed arrays, so a page scan that
// meets an unlisted company pays milliseconds, not the seconds a string index of 100,000 names
// takes to build. A lead needs a shared word that is rare on the lists (DISTINCT_DF), so only rare
// words lead to candidates, and a common one ("xinjiang", "trading") never pulls in thousands.
import type { MatchIndex } from '../names/match-index';
import { isCommonWord } from '../names/common-words';
import { deletionHashes, editDistanceAtMost1 } from '../text/fuzzy';
import { firstAt, prefixHash, type WordPostings } from '../names/word-postings';

/** A word held by more listed parties than this describes rather than names them. */
export const DISTINCT_DF = 25;

export class NearWords {
  /**
   * Each word's parties, and every word's deletions and first four letters, sorted: made once per
   * index and kept in its stored image (names/word-postings.ts).
   */
  private readonly p: WordPostings;
  // Rare, distinctive words only are leads, found through those tables. Whether a word is rare is
  // worked out when a query first meets it: over all words it cost a woken worker's first such
  // page 15 to 30 ms of cold code.
  private readonly rare: Uint8Array; // 0: not yet known, 1: rare, 2: not

  constructor(
    private readonly index: MatchIndex,
    private readonly isCountry: (word: string) => boolean,
  ) {
    this.p = index.wordPostings();
    this.rare = new Uint8Array(index.words);
  }

  /** How many parties hold at least one word. */
  get total(): number {
    return this.p.total;
  }

  private isRare(w: number): boolean {
    let r = this.rare[w] as number;
    if (r === 0) {
      const t = this.index.word(w);
      r = t.length >= 4 && this.dfOf(w) <= DISTINCT_DF && !isCommonWord(t) && !this.isCountry(t) ? 1 : 2;
      this.rare[w] = r;
    }
    return r === 1;
  }

  private dfOf(id: number): number {
    const { start } = this.p;
    return (start[id + 1] as number) - (start[id] as number);
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
    if (exact >= 0 && this.isRare(exact)) found.add(exact);
    if (q.length >= 4) {
      const { preHash, preWord } = this.p;
      const h = prefixHash(q);
      // Ascending word ids, as the per-prefix lists this replaced gave them (the cap keeps the first).
      for (let i = firstAt(preHash, h); i < preHash.length && preHash[i] === h; i++) {
        const w = preWord[i] as number;
        if (this.isRare(w) && this.index.word(w).startsWith(q)) found.add(w);
      }
    }
    const keys = new Int32Array(65);
    const n = q.length >= 5 ? deletionHashes(q, keys) : 0;
    const { delHash, delWord, start, refs } = this.p;
    for (let i = 0; i < n; i++) {
      const h = keys[i] as number;
      let end = firstAt(delHash, h);
      while (end < delHash.length && delHash[end] === h) end++;
      // Highest word first, as the per-hash chains this replaced gave them (the cap keeps the first).
      for (let d = end - 1; d >= 0 && delHash[d] === h; d--) {
        const w = delWord[d] as number;
        if (!found.has(w) && this.isRare(w) && editDistanceAtMost1(q, this.index.word(w))) found.add(w);
      }
    }
    for (const w of found)
      for (let i = start[w] as number; i < (start[w + 1] as number) && into.size < cap; i++)
        into.add(refs[i] as number);
  }
}
