// A plain token-trie of phrases (country names, place names, context cues, product words) over the
// same token hashes as the name index. Short all-capital phrases (ISO codes, "PRC") must appear in
// capitals on the page; everything else matches up to case, accents and punctuation.
// Flat: nodes are numbers, their children one (node, hash) table, their refs linked slots, so the
// whole index is a few typed arrays and comes back from a packaged image (data/packaged-tables.ts)
// instead of being made again by code that, in a woken worker, runs cold every time.
import { IntMap, PairMap, growI32, growU8 } from '../text/int-table';
import { hashToken, tokenEquals, T_ALLCAPS, T_CJK, type Tokens } from '../text/normalize';
import { splitName } from '../text/split-name';
import { hashBits, hasHashBit, setHashBit } from '../text/hash-bits';

export interface PhraseHit<R> {
  ref: R;
  from: number;
  to: number;
  start: number;
  end: number;
}

/** The index as plain data (typed arrays, numbers, strings), for a packaged copy. */
export interface PhraseImage {
  count: number;
  nodes: number;
  kids: ReturnType<PairMap['image']>;
  first: ReturnType<IntMap['image']>;
  firstBits: Uint8Array<ArrayBuffer>;
  /** Per node: its first and last ref slot, and its phrase's words (a place in `wordStart`), or -1. */
  head: Int32Array<ArrayBuffer>;
  tail: Int32Array<ArrayBuffer>;
  nodeWords: Int32Array<ArrayBuffer>;
  /** Per ref slot: the next slot of the same node, the ref (a place in `refs`), capitals needed (1). */
  slotNext: Int32Array<ArrayBuffer>;
  slotRef: Int32Array<ArrayBuffer>;
  slotCaps: Uint8Array<ArrayBuffer>;
  /** The words of phrase i are words[wordStart[i]] up to words[wordStart[i + 1]]. */
  words: string[];
  wordStart: Int32Array<ArrayBuffer>;
  /** The distinct refs, as JSON. */
  refs: string[];
}

export class PhraseIndex<R> {
  private count = 0;
  private nodes = 1; // node 0 is the root
  private kids = new PairMap(64);
  /** Hashes of first words, in a flat table. */
  private first = new IntMap(256);
  /**
   * The same hashes as a 2^16-bit set (8 KB, stays in L1): four phrase indexes each read every
   * page token, and most tokens fail this one bit test without a probe into `first`.
   */
  private firstBits = hashBits(16);
  private head = new Int32Array(64).fill(-1);
  private tail = new Int32Array(64).fill(-1);
  private nodeWords = new Int32Array(64).fill(-1);
  private slots = 0;
  private slotNext = new Int32Array(64);
  private slotRef = new Int32Array(64);
  private slotCaps = new Uint8Array(64);
  private words: string[] = [];
  private wordStart: number[] = [0];
  private refs: R[] = [];
  private readonly refIds = new Map<R, number>();

  get size(): number {
    return this.count;
  }

  /** Add a phrase. `caps`: only when written in capitals on the page (default: short codes). */
  add(phrase: string, ref: R, caps?: boolean): void {
    const toks = splitName(phrase);
    if (toks.length === 0) return;
    const words = toks.map((x) => x.s);
    const f0 = toks[0]?.flags ?? 0;
    // One CJK character alone is too ambiguous to be a phrase.
    if (toks.length === 1 && f0 & T_CJK) return;
    const needCaps = caps ?? (toks.length === 1 && (words[0] as string).length <= 3 && (f0 & T_ALLCAPS) !== 0);
    let n = 0;
    const h0 = hashToken(words[0] as string);
    this.first.set(h0, 1);
    setHashBit(this.firstBits, h0);
    for (const w of words) {
      const h = hashToken(w);
      let nx = this.kids.get(n, h);
      if (nx < 0) {
        nx = this.nodes++;
        this.head = growI32(this.head, nx + 1, -1);
        this.tail = growI32(this.tail, nx + 1, -1);
        this.nodeWords = growI32(this.nodeWords, nx + 1, -1);
        this.kids.set(n, h, nx);
      }
      n = nx;
    }
    let id = this.refIds.get(ref);
    if (id === undefined) {
      id = this.refs.push(ref) - 1;
      this.refIds.set(ref, id);
    }
    for (let s = this.head[n] as number; s >= 0; s = this.slotNext[s] as number) if (this.slotRef[s] === id) return;
    const s = this.slots++;
    this.slotNext = growI32(this.slotNext, s + 1);
    this.slotRef = growI32(this.slotRef, s + 1);
    this.slotCaps = growU8(this.slotCaps, s + 1);
    this.slotNext[s] = -1;
    this.slotRef[s] = id;
    this.slotCaps[s] = needCaps ? 1 : 0;
    if ((this.tail[n] as number) >= 0) this.slotNext[this.tail[n] as number] = s;
    else this.head[n] = s;
    this.tail[n] = s;
    this.nodeWords[n] = this.wordStart.length - 1;
    for (const w of words) this.words.push(w);
    this.wordStart.push(this.words.length);
    this.count++;
  }

  /** Longest phrase starting at each token; overlapping shorter phrases are skipped. */
  scan(text: string, t: Tokens, from = 0, to = t.count): PhraseHit<R>[] {
    const out: PhraseHit<R>[] = [];
    const first = this.first;
    const bits = this.firstBits;
    const hashes = t.hash;
    const head = this.head;
    let k = from;
    while (k < to) {
      const h = hashes[k] as number;
      if (!hasHashBit(bits, h) || first.get(h) < 0) {
        k++;
        continue;
      }
      let n = 0;
      let hit = -1;
      let j = k;
      for (let e = k; e < to && n >= 0; e++) {
        n = this.kids.get(n, hashes[e] as number);
        if (n >= 0 && (head[n] as number) >= 0) {
          hit = n;
          j = e + 1;
        }
      }
      if (hit < 0) {
        k++;
        continue;
      }
      // Verify the words (hash collisions) and capitals.
      const w0 = this.wordStart[this.nodeWords[hit] as number] as number;
      let ok = true;
      for (let i = k; i < j && ok; i++) if (!tokenEquals(text, t, i, this.words[w0 + i - k] ?? '')) ok = false;
      if (ok)
        for (let s = head[hit] as number; s >= 0; s = this.slotNext[s] as number) {
          if (this.slotCaps[s] === 1 && !(((t.flags[k] as number) & T_ALLCAPS) !== 0)) continue;
          out.push({
            ref: this.refs[this.slotRef[s] as number] as R,
            from: k,
            to: j,
            start: t.start[k] as number,
            end: t.end[j - 1] as number,
          });
        }
      k = ok ? j : k + 1;
    }
    return out;
  }

  image(): PhraseImage {
    const cut = <T extends Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(a: T, n: number): T => a.slice(0, n) as T;
    return {
      count: this.count,
      nodes: this.nodes,
      kids: this.kids.image(),
      first: this.first.image(),
      firstBits: this.firstBits,
      head: cut(this.head, this.nodes),
      tail: cut(this.tail, this.nodes),
      nodeWords: cut(this.nodeWords, this.nodes),
      slotNext: cut(this.slotNext, this.slots),
      slotRef: cut(this.slotRef, this.slots),
      slotCaps: cut(this.slotCaps, this.slots),
      words: this.words,
      wordStart: Int32Array.from(this.wordStart),
      refs: this.refs.map((r) => JSON.stringify(r)),
    };
  }

  /**
   * The index an image describes, or what is wrong with it: every link is checked to stay inside
   * its arrays, so a damaged image is refused rather than scanned.
   */
  static fromImage<R>(x: PhraseImage): PhraseIndex<R> | string {
    const { nodes, head, tail, nodeWords, slotNext, slotRef, slotCaps, wordStart } = x;
    const slots = slotNext.length;
    const phrases = wordStart.length - 1;
    if (!(nodes >= 1 && head.length === nodes && tail.length === nodes && nodeWords.length === nodes))
      return 'phrase index: node arrays of unequal length';
    if (slotRef.length !== slots || slotCaps.length !== slots) return 'phrase index: slot arrays of unequal length';
    if (x.firstBits.length !== 1 << 13) return 'phrase index: first-word bits of the wrong size';
    const inRange = (v: number, n: number): boolean => v >= -1 && v < n;
    for (let i = 0; i < nodes; i++)
      if (
        !inRange(head[i] as number, slots) ||
        !inRange(tail[i] as number, slots) ||
        !inRange(nodeWords[i] as number, phrases)
      )
        return `phrase index: node ${i} links outside its arrays`;
    // Links only go forward (a slot to a later slot, a node to a later child), so no walk loops.
    for (let s = 0; s < slots; s++) {
      const next = slotNext[s] as number;
      const ref = slotRef[s] as number;
      if (!(next === -1 || (next > s && next < slots)) || !(ref >= 0 && ref < x.refs.length))
        return `phrase index: ref slot ${s} links outside its arrays`;
    }
    for (let i = 0; i <= phrases; i++) {
      const w = wordStart[i] as number;
      if (!(w >= (i > 0 ? (wordStart[i - 1] as number) : 0) && w <= x.words.length))
        return 'phrase index: words out of order';
    }
    const kids = PairMap.fromImage(x.kids);
    const first = IntMap.fromImage(x.first);
    if (!kids || !first) return 'phrase index: a hash table of the wrong shape';
    // A table whose every slot is taken would never end a probe.
    let edges = 0;
    for (let i = 0; i < x.kids.ka.length; i++) {
      const a = x.kids.ka[i] as number;
      if (a === -1) continue;
      edges++;
      const child = x.kids.vals[i] as number;
      if (!(a >= 0 && child > a && child < nodes)) return 'phrase index: an edge to no later node';
    }
    let firsts = 0;
    for (let i = 0; i < x.first.keys.length; i++) if (x.first.keys[i] !== -1) firsts++;
    if (edges !== x.kids.used || firsts !== x.first.used) return 'phrase index: a hash table whose count is wrong';
    // A node with refs is a phrase's end: the scan reads its words.
    for (let i = 0; i < nodes; i++)
      if ((head[i] as number) >= 0 && (nodeWords[i] as number) < 0)
        return `phrase index: node ${i} has refs but no words`;
    let refs: R[];
    try {
      refs = x.refs.map((r) => JSON.parse(r) as R);
    } catch {
      return 'phrase index: refs that are not JSON';
    }
    const p = new PhraseIndex<R>();
    p.count = x.count;
    p.nodes = nodes;
    p.kids = kids;
    p.first = first;
    p.firstBits = x.firstBits;
    p.head = head;
    p.tail = tail;
    p.nodeWords = nodeWords;
    p.slots = slots;
    p.slotNext = slotNext;
    p.slotRef = slotRef;
    p.slotCaps = slotCaps;
    p.words = x.words;
    p.wordStart = Array.from(wordStart);
    p.refs = refs;
    refs.forEach((r, i) => p.refIds.set(r, i));
    return p;
  }
}
