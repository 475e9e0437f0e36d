// One index over every name of every enabled list. Names become folded token sequences in a token
// trie keyed by token hash; a scan tokenises the page once and walks the trie only from tokens that
// start some name, so cost is linear in the text and independent of the number of names.
import { legalForms } from './legal-forms';
import { nameVariants, type NameVariant } from './name-variants';
import { canonicalPlaceToken, placeVariantGroups } from './place-variants';
import { hashToken, tokenString, T_BREAK, T_CJK, T_LINE, T_PAREN, T_UPPER, type Tokens } from './normalize';
import { isCommonWord } from './common-words';
import { editDistanceAtMost1 } from './fuzzy';

export type NameKind = 'name' | 'alias' | 'former' | 'local';

export interface Pattern {
  /** Caller's reference (index into its own party table). */
  ref: number;
  kind: NameKind;
  /** The listed name this variant came from, as written. */
  source: string;
  v: NameVariant;
  /** Short name or acronym: exact case, standing alone. */
  strict: boolean;
  /** All words common: needs capitals and a legal form on the page. */
  common: boolean;
  /** Long enough to tolerate one typo per long token. */
  fuzzy: boolean;
  /** The list marks this (local-script) name as doubtful. */
  doubtful: boolean;
}

export interface IndexHit {
  pattern: Pattern;
  /** Token range [from, to) including any legal form consumed after the name. */
  from: number;
  to: number;
  start: number;
  end: number;
  score: number;
  why: string;
}

const NODE_SHIFT = 1048576; // 2^20 token ids per node in the transition key

export class MatchIndex {
  readonly patterns: Pattern[] = [];
  private readonly vocab = new Map<number, number>(); // token hash -> token id
  private readonly tokenText: string[] = []; // token id -> folded token
  private readonly edges = new Map<number, number>(); // node * 2^20 + tokenId -> node
  private readonly children = new Map<number, number[]>(); // node -> token ids (for typo tolerance)
  private readonly terminals = new Map<number, number[]>(); // node -> pattern ids
  private nodes = 1; // node 0 is the root
  private readonly starts = new Set<number>(); // token ids that begin some name

  constructor() {
    // Every spelling of a known place maps to the canonical token's id.
    for (const g of placeVariantGroups()) {
      const id = this.tokenId(g[0] as string);
      for (const v of g) this.vocab.set(hashToken(v), id);
    }
  }

  get size(): number {
    return this.patterns.length;
  }

  private tokenId(tok: string): number {
    const h = hashToken(tok);
    let id = this.vocab.get(h);
    if (id === undefined) {
      id = this.tokenText.length;
      this.tokenText.push(tok);
      this.vocab.set(h, id);
    }
    return id;
  }

  /** Add one listed name (all its variants). */
  add(name: string, ref: number, kind: NameKind, doubtful = false): void {
    for (const v of nameVariants(name)) this.addVariant(v, name, ref, kind, doubtful);
  }

  private addVariant(v: NameVariant, source: string, ref: number, kind: NameKind, doubtful: boolean): void {
    const cjk = v.tokens.every((t) => /^[\u3000-\u9fff\uf900-\ufaff]$/u.test(t));
    const letters = v.tokens.join('').length;
    const strict =
      !cjk &&
      ((v.tokens.length === 1 && letters <= 4) || v.acronym || (v.tokens.length <= 2 && v.raw.every((r) => /^[A-Z0-9]{2,5}$/u.test(r))));
    if (cjk && v.tokens.length < 2) return; // one Han character is never a name
    const common = !cjk && !strict && v.tokens.every((t) => isCommonWord(t));
    const fuzzy = !cjk && !strict && v.tokens.length >= 2 && letters >= 14;
    const p: Pattern = { ref, kind, source, v, strict, common, fuzzy, doubtful };
    const pid = this.patterns.length;
    this.patterns.push(p);
    let n = 0;
    for (let i = 0; i < v.tokens.length; i++) {
      const id = this.tokenId(v.tokens[i] as string);
      if (i === 0) this.starts.add(id);
      const key = n * NODE_SHIFT + id;
      let nx = this.edges.get(key);
      if (nx === undefined) {
        nx = this.nodes++;
        this.edges.set(key, nx);
        let ch = this.children.get(n);
        if (!ch) this.children.set(n, (ch = []));
        ch.push(id);
      }
      n = nx;
    }
    let term = this.terminals.get(n);
    if (!term) this.terminals.set(n, (term = []));
    term.push(pid);
  }

  /** Token ids of a token stream (-1 when unknown). One hash lookup per token. */
  ids(t: Tokens): Int32Array {
    const out = new Int32Array(t.count);
    for (let k = 0; k < t.count; k++) {
      const id = this.vocab.get(t.hash[k] as number);
      out[k] = id === undefined ? -1 : id;
    }
    return out;
  }

  /** All name hits in the token stream, overlaps resolved (longest, then best score wins). */
  scan(text: string, t: Tokens): IndexHit[] {
    const ids = this.ids(t);
    const hits: IndexHit[] = [];
    for (let k = 0; k < t.count; k++) {
      const id = ids[k] as number;
      if (id < 0 || !this.starts.has(id)) continue;
      this.walk(text, t, ids, k, hits);
    }
    return resolveOverlaps(hits);
  }

  private walk(text: string, t: Tokens, ids: Int32Array, k: number, hits: IndexHit[]): void {
    // Depth-first over (node, token position, penalties); branching only on typos and skipped
    // bracketed qualifiers, both bounded, so the walk stays small.
    const stack: [number, number, number, string][] = [[0, k, 0, '']];
    let guard = 0;
    while (stack.length > 0 && guard++ < 64) {
      const [n, j, pen, why] = stack.pop() as [number, number, number, string];
      const term = this.terminals.get(n);
      if (term && j > k) for (const pid of term) this.accept(text, t, k, j, pid, pen, why, hits);
      if (j >= t.count) continue;
      const id = ids[j] as number;
      const nx = id >= 0 ? this.edges.get(n * NODE_SHIFT + id) : undefined;
      if (nx !== undefined) stack.push([nx, j + 1, pen, why]);
      else if (n !== 0) {
        const f = t.flags[j] as number;
        // An extra bracketed qualifier on the page: "Haolin (Hotan) Hair Accessories".
        if (f & T_PAREN) {
          let e = j;
          while (e < t.count && ((t.flags[e] as number) & T_PAREN) && e - j < 4) e++;
          stack.push([n, e, pen + 0.1, why || 'extra qualifier']);
        }
        // One typo in a long token of a long name.
        const tok = tokenString(text, t, j);
        if (tok.length >= 5 && !(f & T_CJK)) {
          for (const cid of this.children.get(n) ?? []) {
            const want = this.tokenText[cid] as string;
            if (want.length >= 5 && editDistanceAtMost1(tok, want)) {
              const cn = this.edges.get(n * NODE_SHIFT + cid);
              if (cn !== undefined) stack.push([cn, j + 1, pen + 0.15, 'typo']);
            }
          }
        }
      }
    }
  }

  private accept(text: string, t: Tokens, k: number, j: number, pid: number, pen: number, why: string, hits: IndexHit[]): void {
    const p = this.patterns[pid] as Pattern;
    if (pen > 0 && !p.fuzzy && why === 'typo') return;
    if (why.includes('typo') && pen > 0.2) return;
    // Verify folded tokens (hash collisions) where no typo was allowed.
    const toks = p.v.tokens;
    if (pen === 0) {
      if (j - k !== toks.length) return;
      for (let i = 0; i < toks.length; i++) {
        if (canonicalPlaceToken(tokenString(text, t, k + i)) !== toks[i]) return;
      }
    }
    const cjk = ((t.flags[k] as number) & T_CJK) !== 0;
    if (p.strict) {
      // Short names and acronyms: exact case, and not part of a run of capitals/codes.
      for (let i = 0; i < toks.length; i++) {
        if (text.slice(t.start[k + i], t.end[k + i]) !== p.v.raw[i]) return;
      }
    }
    if (p.common && !cjk) {
      for (let i = k; i < j; i++) if (!((t.flags[i] as number) & T_UPPER)) return;
    }
    const lf = legalForms();
    const formLen = lf.consume(t, j);
    if (p.common && formLen === 0) return;
    if (formLen === 0 && this.longerName(t, j, cjk)) return;
    // A listed single-token name preceded by a capitalised word of the same name ("Shenzhen Meike").
    const to = j + formLen;
    let score = 1 - pen;
    const notes: string[] = [];
    if (why) notes.push(why);
    if (p.kind !== 'name') notes.push(p.kind === 'local' ? 'local-script name' : p.kind === 'former' ? 'former name' : 'alias');
    if (p.v.droppedQualifier) {
      notes.push('qualifier missing');
      score -= 0.05;
    }
    if (p.v.hadForm && formLen === 0) {
      notes.push('no legal form on page');
      // A lone word ("Meike") without its legal form is as likely a brand or another firm.
      score -= p.v.tokens.length === 1 && !cjk ? 0.35 : 0.03;
    } else if (!p.v.hadForm && formLen > 0) notes.push('legal form added');
    else if (formLen > 0) notes.push('legal form');
    if (p.strict) notes.push('short name, exact case');
    if (p.doubtful) {
      notes.push('doubtful local name');
      score -= 0.25;
    }
    // A one-word name right after a capitalised word of the same phrase is likely part of a
    // longer name ("Shenzhen Meike Co., Ltd." vs "Meike Co.").
    if (p.v.tokens.length === 1 && !cjk && k > 0) {
      const f = t.flags[k] as number;
      const pf = t.flags[k - 1] as number;
      if (!(f & (T_BREAK | T_LINE)) && pf & T_UPPER && !(pf & T_CJK)) {
        notes.push('preceded by another name word');
        score -= 0.3;
      }
    }
    const start = t.start[k] as number;
    let end = t.end[to - 1] as number;
    if (formLen > 0 && text.charCodeAt(end) === 46) end++; // "Ltd." keeps its dot
    // Keep the closing bracket of a bracketed last word: "... Corps (XPCC)".
    if ((t.flags[to - 1] as number) & T_PAREN) {
      const c = text.charCodeAt(end);
      if (c === 41 || c === 0xff09 || c === 93) end++;
    }
    hits.push({ pattern: p, from: k, to, start, end, score: Math.max(0, Math.min(1, score)), why: notes.join(', ') || 'exact' });
  }

  /**
   * True when the match is only the start of a longer company name: more name words follow in the
   * same phrase and end in a legal form ("Meike" + "Digital Technology Co., Ltd.").
   */
  private longerName(t: Tokens, j: number, cjk: boolean): boolean {
    const lf = legalForms();
    const max = cjk ? 10 : 4;
    for (let e = j; e < t.count && e - j < max; e++) {
      const f = t.flags[e] as number;
      if (e > j && f & T_BREAK) return false;
      if (e === j && f & T_BREAK) return false;
      const isCjk = (f & T_CJK) !== 0;
      if (isCjk !== cjk) return false;
      if (!isCjk && !(f & T_UPPER)) return false;
      if (e > j && lf.consume(t, e) > 0) return true;
      if (f & T_LINE && e > j) return false;
    }
    return false;
  }
}

function resolveOverlaps(hits: IndexHit[]): IndexHit[] {
  hits.sort((a, b) => b.to - b.from - (a.to - a.from) || b.score - a.score || a.from - b.from);
  const taken: IndexHit[] = [];
  const out: IndexHit[] = [];
  for (const h of hits) {
    // Same span and same party from another name variant: keep only the first (best).
    if (out.some((o) => o.from === h.from && o.to === h.to && o.pattern.ref === h.pattern.ref)) continue;
    // A hit inside a longer accepted hit of another party is dropped; equal spans both stay
    // (the same name may be on two lists, e.g. UFLPA and a WRO).
    if (taken.some((o) => h.from >= o.from && h.to <= o.to && (h.from !== o.from || h.to !== o.to))) continue;
    if (taken.some((o) => h.from < o.to && o.from < h.to && !(h.from >= o.from && h.to <= o.to))) continue;
    out.push(h);
    taken.push(h);
  }
  return out.sort((a, b) => a.start - b.start);
}
