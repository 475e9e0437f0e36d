// A plain token-trie of phrases (country names, place names, context cues, product words) over the
// same token hashes as the name index. Short all-capital phrases (ISO codes, "PRC") must appear in
// capitals on the page; everything else matches up to case, accents and punctuation.
import { IntMap } from '../text/int-table';
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

interface Node<R> {
  next: Map<number, Node<R>>;
  refs: R[];
  /** Each ref's phrase needs capitals on the page (codes). */
  caps: boolean[];
  words: string[];
}

function node<R>(): Node<R> {
  return { next: new Map(), refs: [], caps: [], words: [] };
}

export class PhraseIndex<R> {
  private readonly root: Node<R> = node();
  private count = 0;
  /** Hashes of first words, in a flat table. */
  private readonly first = new IntMap(256);
  /**
   * The same hashes as a 2^16-bit set (8 KB, stays in L1): four phrase indexes each read every
   * page token, and most tokens fail this one bit test without a probe into `first`.
   */
  private readonly firstBits = hashBits(16);

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
    let n = this.root;
    const h0 = hashToken(words[0] as string);
    this.first.set(h0, 1);
    setHashBit(this.firstBits, h0);
    for (const w of words) {
      const h = hashToken(w);
      let nx = n.next.get(h);
      if (!nx) {
        nx = node();
        n.next.set(h, nx);
      }
      n = nx;
    }
    if (n.refs.includes(ref)) return;
    n.refs.push(ref);
    n.caps.push(needCaps);
    n.words = words;
    this.count++;
  }

  /** Longest phrase starting at each token; overlapping shorter phrases are skipped. */
  scan(text: string, t: Tokens, from = 0, to = t.count): PhraseHit<R>[] {
    const out: PhraseHit<R>[] = [];
    const first = this.first;
    const bits = this.firstBits;
    const hashes = t.hash;
    let k = from;
    while (k < to) {
      const h = hashes[k] as number;
      if (!hasHashBit(bits, h) || first.get(h) < 0) {
        k++;
        continue;
      }
      let n: Node<R> | undefined = this.root;
      let hit: Node<R> | undefined;
      let j = k;
      for (let e = k; e < to && n; e++) {
        n = n.next.get(hashes[e] as number);
        if (n && n.refs.length > 0) {
          hit = n;
          j = e + 1;
        }
      }
      if (!hit) {
        k++;
        continue;
      }
      // Verify the words (hash collisions) and capitals.
      let ok = true;
      for (let i = k; i < j && ok; i++) if (!tokenEquals(text, t, i, hit.words[i - k] as string)) ok = false;
      if (ok)
        for (let i = 0; i < hit.refs.length; i++) {
          if (hit.caps[i] && !(((t.flags[k] as number) & T_ALLCAPS) !== 0)) continue;
          out.push({ ref: hit.refs[i] as R, from: k, to: j, start: t.start[k] as number, end: t.end[j - 1] as number });
        }
      k = ok ? j : k + 1;
    }
    return out;
  }
}
