// One index over every name of every enabled list. Names become folded token sequences in a token
// trie; a scan looks each page token up once in an open-addressing table and walks the trie only
// from tokens that start some name, so cost is linear in the text and independent of the number
// of names. Storage is struct-of-arrays (typed arrays), so 100,000 names fit in a few tens of MB.
import {
  AND_HASH,
  hashToken,
  isAsciiAlnum,
  tokenEquals,
  tokenString,
  tokenize,
  PRIME_ABOVE,
  PRIME_RUNS,
  T_AMP,
  T_BREAK,
  T_CJK,
  T_LINE,
  T_PAREN,
  T_UPPER,
  T_ALLCAPS,
  type Tokens,
} from '../text/normalize';
import { growI32, growU8, IntMap, PairMap } from '../text/int-table';
import { hashBits, hasHashBit, setHashBit } from '../text/hash-bits';
import { isCommonWord } from './common-words';
import { deletionHashes, editDistanceAtMost1, pageDeletionHashes } from '../text/fuzzy';
import { dotBelongs, legalForms } from './legal-forms';
import { nameVariants, sameWords, type NameVariant } from './name-variants';
import { shortForms, type ShortForm, type ShortFormKind } from './short-forms';
import { canonicalPlaceToken, placeVariantGroups } from './place-variants';
import {
  firstPid,
  imageChecksum,
  imageProblem,
  PAT_META,
  PAT_NEXT,
  PAT_REF,
  PAT_SOURCE,
  TERM_BRAND,
  TERM_NEEDS_FORM,
  TERM_PID,
  type IndexImage,
  type LazyStrings,
} from './index-image';
import { wordPostings, type WordPostings } from './word-postings';

/**
 * Format of the compiled index: bump when its layout or the way names are compiled changes, so
 * stored copies (src/data/index-store.ts) are rebuilt. A new build of the extension also rebuilds,
 * whatever this says: the stored index names the code that wrote it.
 */
export const INDEX_FORMAT = 12;

export type NameKind = 'name' | 'alias' | 'former' | 'local';
const KINDS: NameKind[] = ['name', 'alias', 'former', 'local'];

// Pattern flag bits.
const P_STRICT = 1; // short name or acronym: exact case, standing alone
const P_COMMON = 2; // only common words: capitals and a legal form on the page
const P_FUZZY = 4; // long enough for one typo per long word
const P_DOUBT = 8; // a doubtful name (reason in the pattern's doubt byte): a possible match only
const P_FORM = 16; // the listed name had a legal form
const P_DROPPED = 32; // variant made by dropping a bracketed qualifier
const P_CJK = 64;
const P_NEEDS_FORM = 128; // short form: counts only with a legal form after it on the page

/** Walk bit: the last step skipped a bracketed qualifier on the page. */
const SKIPPED_LAST = 16;

// A pattern's kind byte holds the name kind in its low two bits and the short form (short-forms.ts) above them.
const SHORT_KINDS: (ShortFormKind | undefined)[] = [
  undefined,
  'generic-dropped',
  'form-joined',
  'no-joiner',
  'place-brand',
];
const PLACE_BRAND = SHORT_KINDS.indexOf('place-brand');
/** Each short form's place in SHORT_KINDS, read once per short form of 100,000 names (no search). */
const SHORT_NO = Object.fromEntries(SHORT_KINDS.map((k, i) => [k, i])) as Readonly<Record<ShortFormKind, number>>;
/** A node with at most this many children has them read in place, not through the edge table. */
const FEW_CHILDREN = 6;
/** Token ids kept by position (see idAt): a power of two. */
const ID_RING = 1024;
/** Read by primeScan(): a few words of a supplier line. */
const SCAN_PRIMER = 'Shenzhen Zijing Mining (Group) Co., Ltd. & Sons 12 Xinjiang Huafu Textile Limited';
let scanPrimed = false;
const SHORT_NOTES: Record<ShortFormKind, string> = {
  'generic-dropped': 'generic word left out',
  'form-joined': 'legal form run into the name',
  'no-joiner': 'joining word left out',
  'place-brand': 'city and brand only',
};

export interface IndexHit {
  /** Caller's reference (index into its party table). */
  ref: number;
  kind: NameKind;
  /** The listed name (as written) behind the hit. */
  source: string;
  /** Token range [from, to) including any legal form consumed after the name. */
  from: number;
  to: number;
  start: number;
  end: number;
  score: number;
  why: string;
}

/** Second, independent token hash: verifies a trie walk against 30-bit hash collisions. */
function hash2(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

const NO_LENGTHS = new Int32Array(0);

/**
 * An empty array already of the kind that holds values like `like`. A fresh [] begins as an array
 * of small integers and changes kind with its first string or object: the code V8 had compiled
 * while names went into one index then met the next index's arrays as new, and was thrown out
 * (the bench's timed build, after a warm-up on another index, ran 15 to 25% over later builds).
 */
function emptyLike<T>(like: T): T[] {
  const a = [like];
  a.pop();
  return a;
}

// add()'s scratch, for one name at a time, shared by every index: an index's own arrays began
// empty, and V8's code compiled for the last index's (stored into in place) was thrown out again.
/** The nodes along each variant of the name being added. */
const PATHS: Int32Array[] = [];
/** Each variant's short forms, for the name being added. */
const SHORTS: (readonly ShortForm[])[] = [];
/** Its word sequences added so far. */
const SEEN: string[][] = [];

export class MatchIndex {
  private readonly vocab: IntMap; // token hash -> token id
  private tokenText: string[] = emptyLike('');
  private tokenH2 = new Int32Array(1024);
  private ambiguous = new Uint8Array(1024); // 1: another word shares its hash (see tokenId)
  private readonly clash: IntMap = new IntMap(16); // second hash -> token id, for ambiguous words only
  private startCount = new Int32Array(1024); // how many names begin with it (typo gate)
  /**
   * (node, word) -> child, for the children of nodes with more than FEW_CHILDREN children only
   * (childOf reads the others in place): a third of the entries, and a smaller stored image. A
   * name added reads the same way, so most of its new nodes cost no probe into this large table.
   */
  private edges: PairMap;
  /** Children per node while names are added (made again from the trie when adding after a load). */
  private kids: Int32Array<ArrayBuffer> | undefined;
  /** Each node's children are numbered side by side (see compact()). */
  private compacted = false;
  private nodes = 1; // node 0 is the root
  private firstChild = new Int32Array(1024).fill(-1);
  private nextSibling = new Int32Array(1024).fill(-1);
  private nodeToken = new Int32Array(1024);
  private termHead = new Int32Array(1024).fill(-1);
  // Patterns: four ints each, side by side (a scan reads a pattern's fields together, and one
  // cache line then serves them all): PAT_META (flags, kind, length, doubt: a byte each), PAT_NEXT
  // (the next pattern ending at the same node), PAT_REF (the caller's party) and PAT_SOURCE.
  private count = 0;
  private pat = new Int32Array(4096);
  // The listed name behind each pattern: a name's variants are added one after another, so
  // patterns point into a list of distinct names.
  private sources: string[] = emptyLike('');
  /** A loaded image's sources, read when first needed (IndexImage.sources). */
  private laterSources: LazyStrings | undefined;
  private readonly pRaw: Map<number, string[]> = new Map();

  /** Token id -> hashes of all its spellings (place-name variants only). */
  private readonly spellings = new Map<number, number[]>();

  /** `expectedNames`: how many names will be added, so tables are sized once, not regrown. */
  constructor(expectedNames = 1000, image?: IndexImage) {
    if (image) {
      this.vocab = IntMap.fromImage(image.vocab) as IntMap;
      this.edges = PairMap.fromImage(image.edges) as PairMap;
      this.compacted = true; // toImage() compacts first
      this.tokenText = image.tokenText;
      this.tokenH2 = image.tokenH2;
      this.ambiguous = image.ambiguous;
      this.clash = IntMap.fromImage(image.clash) as IntMap;
      this.startCount = image.startCount;
      this.nodes = image.nodes;
      this.firstChild = image.firstChild;
      this.nextSibling = image.nextSibling;
      this.nodeToken = image.nodeToken;
      this.termHead = image.termHead;
      this.count = image.count;
      this.pat = image.patterns;
      if (Array.isArray(image.sources)) this.sources = image.sources;
      else this.laterSources = image.sources;
      this.pRaw = image.raw;
      this.reasons = image.reasons;
      this.spellings = image.spellings;
      this.startFilter = image.startFilter;
      this.typoFirst = IntMap.fromImage(image.typo) as IntMap;
      this.typoPairs = PairMap.fromImage(image.typoPairs) as PairMap;
      this.typoSecondBits = image.typoSecond;
      this.typoThirdBits = image.typoThird;
      this.stepBits = image.steps;
      this.postings = image.near;
      return;
    }
    const n = Math.max(1024, expectedNames);
    // Measured on 100,000 supplier-style names: 0.3 new words and 3.0 trie nodes per name.
    const nodes = Math.ceil(n * 3.1);
    this.vocab = new IntMap(Math.ceil(n / 2));
    this.edges = new PairMap(Math.ceil(nodes / 3));
    this.kids = new Int32Array(nodes);
    this.firstChild = new Int32Array(nodes).fill(-1);
    this.nextSibling = new Int32Array(nodes).fill(-1);
    this.nodeToken = new Int32Array(nodes);
    this.termHead = new Int32Array(nodes).fill(-1);
    // Short forms (short-forms.ts) add 1.6 patterns per name to supplier-style names.
    const patterns = Math.ceil(n * 2.7) + 64;
    this.pat = new Int32Array(patterns * 4);
    // Every spelling of a known place maps to the canonical token's id.
    for (const g of placeVariantGroups()) {
      const id = this.tokenId(g[0] as string);
      const hs = g.map(hashToken);
      for (const h of hs) this.vocab.set(h, id);
      this.spellings.set(id, hs);
    }
  }

  get size(): number {
    return this.count;
  }

  /** The index as plain data to store; `MatchIndex.fromImage` turns it back into an index. */
  toImage(): IndexImage {
    this.compact();
    const typo = (this.typoFirst ??= this.buildTypoFirst());
    const tokens = this.tokenText.length;
    const body: Omit<IndexImage, 'sum'> = {
      format: INDEX_FORMAT,
      nodes: this.nodes,
      count: this.count,
      vocab: this.vocab.image(),
      edges: this.edges.image(),
      tokenText: this.tokenText,
      tokenH2: this.tokenH2.slice(0, tokens),
      ambiguous: this.ambiguous.slice(0, tokens),
      clash: this.clash.image(),
      startCount: this.startCount.slice(0, tokens),
      firstChild: this.firstChild.slice(0, this.nodes),
      nextSibling: this.nextSibling.slice(0, this.nodes),
      nodeToken: this.nodeToken.slice(0, this.nodes),
      termHead: this.termHead.slice(0, this.nodes),
      patterns: this.pat.slice(0, this.count * 4),
      sources: [...this.allSources()],
      raw: this.pRaw,
      reasons: this.reasons,
      spellings: this.spellings,
      startFilter: this.startFilter,
      typo: typo.image(),
      typoPairs: (this.typoPairs as PairMap).image(),
      typoSecond: this.typoSecondBits,
      typoThird: this.typoThirdBits,
      steps: (this.stepBits ??= this.stepFilter()),
      near: this.wordPostings(),
    };
    return { ...body, sum: imageChecksum(body) };
  }

  /**
   * The index a stored image holds, or why it cannot be trusted (then rebuild from the lists).
   * `deep: false` skips the checksum and link checks (see imageProblem).
   */
  static fromImage(image: unknown, deep = true): MatchIndex | string {
    const problem = imageProblem(image, INDEX_FORMAT, deep);
    if (problem) return problem;
    return new MatchIndex(0, image as IndexImage);
  }

  /** Whether every pattern refers to a party below `n` (a stored index must fit its lists). */
  refsBelow(n: number): boolean {
    for (let i = 0; i < this.count; i++) {
      const ref = this.pat[i * 4 + PAT_REF] as number;
      if (ref >= n || ref < 0) return false;
    }
    return true;
  }

  patternSource(pid: number): string {
    const i = this.pat[pid * 4 + PAT_SOURCE] as number;
    return this.laterSources ? this.laterSources.at(i) : (this.sources[i] as string);
  }

  private allSources(): string[] {
    if (this.laterSources) {
      this.sources = this.laterSources.read();
      this.laterSources = undefined;
    }
    return this.sources;
  }

  patternRef(pid: number): number {
    return this.pat[pid * 4 + PAT_REF] as number;
  }

  /** How many distinct words the listed names use; ids run from 0 to this. */
  get words(): number {
    return this.tokenText.length;
  }

  /** The folded word behind an id. */
  word(id: number): string {
    return this.tokenText[id] as string;
  }

  /** The id of a folded word (any known spelling of a place gives its canonical id), or -1. */
  wordId(word: string): number {
    let id = this.vocab.get(hashToken(word));
    if (id >= 0 && this.ambiguous[id] === 1) id = this.clash.get(hash2(canonicalPlaceToken(word)) & 0x7fffffff);
    if (id < 0) return -1;
    return this.tokenText[id] === canonicalPlaceToken(word) ? id : -1;
  }

  /**
   * Every (word id, party) pair of every pattern, `count` of them side by side in `word` and `ref`:
   * each pattern's words in order, patterns in a depth-first walk of the trie (so it also works on
   * an index loaded from a stored image).
   */
  wordPairs(): { word: Int32Array; ref: Int32Array; count: number } {
    // One pass over the trie into flat arrays: a callback per pattern writing into arrays it had to
    // grow took 200 ms for 100,000 names (closure slots and a call per pattern), on the first page
    // of every woken worker that names an unlisted supplier.
    let word = new Int32Array(Math.max(1024, this.count * 4));
    let ref = new Int32Array(word.length);
    let count = 0;
    const ids = new Int32Array(256);
    const { firstChild, nextSibling, nodeToken, termHead, pat } = this;
    // Depth-first; each stack entry is a node and its depth (as many entries as nodes at most).
    const stack = new Int32Array(2 * this.nodes + 2);
    let top = 0;
    for (let c = firstChild[0] as number; c >= 0; c = nextSibling[c] as number) {
      stack[top++] = c;
      stack[top++] = 1;
    }
    while (top > 0) {
      const depth = stack[--top] as number;
      const n = stack[--top] as number;
      ids[depth - 1] = nodeToken[n] as number;
      for (let pid = firstPid(termHead[n] as number); pid >= 0; pid = pat[pid * 4 + PAT_NEXT] as number) {
        if (count + depth > word.length) {
          word = growI32(word as Int32Array<ArrayBuffer>, count + depth);
          ref = growI32(ref as Int32Array<ArrayBuffer>, count + depth);
        }
        const r = pat[pid * 4 + PAT_REF] as number;
        for (let i = 0; i < depth; i++) {
          word[count] = ids[i] as number;
          ref[count++] = r;
        }
      }
      if (depth < 255)
        for (let c = firstChild[n] as number; c >= 0; c = nextSibling[c] as number) {
          stack[top++] = c;
          stack[top++] = depth + 1;
        }
    }
    return { word, ref, count };
  }

  private tokenId(tok: string, hash?: number): number {
    const h = hash ?? hashToken(tok);
    let id = this.vocab.get(h);
    // Two words with one 30-bit hash (a few in 300,000 words): the second gets its own id, found
    // through its second hash, so neither name is lost.
    if (id >= 0 && this.tokenText[id] !== tok && this.tokenText[id] !== canonicalPlaceToken(tok)) {
      if (this.ambiguous[id] !== 1) {
        this.ambiguous[id] = 1;
        this.clash.set(this.tokenH2[id] as number & 0x7fffffff, id);
      }
      const other = this.clash.get(hash2(canonicalPlaceToken(tok)) & 0x7fffffff);
      if (other >= 0) return other;
      const nid = this.newToken(canonicalPlaceToken(tok));
      this.clash.set(this.tokenH2[nid] as number & 0x7fffffff, nid);
      return nid;
    }
    if (id < 0) {
      id = this.newToken(tok);
      this.vocab.set(h, id);
    }
    return id;
  }

  private newToken(tok: string): number {
    const id = this.tokenText.length;
    this.tokenText.push(tok);
    this.tokenH2 = growI32(this.tokenH2, id + 1);
    this.startCount = growI32(this.startCount, id + 1);
    this.ambiguous = growU8(this.ambiguous, id + 1);
    this.tokenH2[id] = hash2(tok);
    return id;
  }

  /** Close-name leads' tables (word-postings.ts): made once, after the names are in, and stored with the image. */
  private postings: WordPostings | undefined;

  wordPostings(): WordPostings {
    // Made from the renumbered trie, so they are the same whether made before or after a store.
    this.compact();
    return (this.postings ??= wordPostings(this));
  }

  /** Add one listed name (all its variants). */
  /** `doubtful`: why this name alone is only a possible match (e.g. "doubtful local name"). */
  add(name: string, ref: number, kind: NameKind, doubtful?: string): void {
    this.typoFirst = undefined; // made again from the trie on the next scan
    this.typoKeys = undefined;
    this.postings = undefined;
    this.rootKid = undefined;
    this.stepBits = undefined;
    this.kidLens = NO_LENGTHS; // shared: add() runs once per listed name
    this.compacted = false;
    this.kids ??= this.countKids();
    // Plain loops, no closures: this runs once per listed name, and the CLI's runner (tsx) names
    // every closure as it is made.
    const variants = nameVariants(name);
    const kindNo = KINDS.indexOf(kind);
    // Arrays reused from name to name, as the paths below.
    // (Written by index, not emptied: an array set to length 0 lets its room go.)
    const shorts = SHORTS;
    const seen = SEEN;
    let seenCount = 0;
    for (let vi = 0; vi < variants.length; vi++) shorts[vi] = shortForms(name, variants[vi] as NameVariant);
    // Most short forms begin with their variant's words: their walk starts where those end (the
    // nodes along each variant, kept in arrays reused from name to name).
    for (let vi = 0; vi < variants.length; vi++) {
      const v = variants[vi] as NameVariant;
      this.addVariant(v, name, ref, kindNo, doubtful);
      if ((shorts[vi] as readonly ShortForm[]).length === 0) continue;
      const keep = (PATHS[vi] ??= new Int32Array(257));
      for (let i = 0; i <= v.tokens.length; i++) keep[i] = this.path[i] as number;
    }
    for (let vi = 0; vi < variants.length; vi++) seen[seenCount++] = (variants[vi] as NameVariant).tokens;
    for (let vi = 0; vi < variants.length; vi++) {
      const v = variants[vi] as NameVariant;
      const forms = shorts[vi] as readonly ShortForm[];
      for (let si = 0; si < forms.length; si++) {
        const sf = forms[si] as ShortForm;
        if (seenBefore(seen, seenCount, sf.variant.tokens)) continue;
        seen[seenCount++] = sf.variant.tokens;
        let same = 0;
        while (same < v.tokens.length && same < sf.variant.tokens.length && v.tokens[same] === sf.variant.tokens[same])
          same++;
        this.addVariant(
          sf.variant,
          name,
          ref,
          kindNo,
          sf.possible ? (doubtful ?? 'a possible match only') : doubtful,
          SHORT_NO[sf.kind],
          sf.needsForm,
          same,
          PATHS[vi],
        );
      }
    }
  }

  private readonly path = new Int32Array(257); // nodes along the last variant added
  // Why a pattern is only a possible match: few distinct reasons, so a byte per pattern.
  private reasons: string[] = emptyLike('');

  private reasonId(why: string): number {
    // Most of a build's doubtful patterns give one reason, asked again and again.
    if (why === this.lastWhy) return this.lastReason;
    this.lastWhy = why;
    this.lastReason = this.newReasonId(why);
    return this.lastReason;
  }
  private lastWhy = '';
  private lastReason = 0;

  private newReasonId(why: string): number {
    let i = this.reasons.indexOf(why);
    if (i < 0 && this.reasons.length < 255) i = this.reasons.push(why) - 1;
    return i < 0 ? 0 : i + 1;
  }

  private addVariant(
    v: NameVariant,
    source: string,
    ref: number,
    kindNo: number, // in KINDS
    doubtful: string | undefined,
    short = 0,
    needsForm = false,
    known = 0,
    knownPath?: Int32Array,
  ): void {
    if (v.cjk && v.tokens.length < 2) return; // one Han character is never a name
    if (v.tokens.length > 255) return;
    let letters = 0;
    for (const tk of v.tokens) letters += tk.length;
    const strict =
      !v.cjk && ((v.tokens.length === 1 && letters <= 4) || v.acronym || (v.tokens.length <= 2 && v.allCaps));
    let common = !v.cjk && !strict;
    for (let i = 0; common && i < v.tokens.length; i++) common = isCommonWord(v.tokens[i] as string, v.hashes[i]);
    // A typo on top of a short form is one guess too many, except where the short form is only a
    // lost space ("Hair ProductCo" for "Hair Products Co.").
    const fuzzy =
      !v.cjk &&
      !strict &&
      v.tokens.length >= 2 &&
      letters >= 14 &&
      (short === 0 || SHORT_KINDS[short] === 'form-joined');
    const pid = this.count++;
    this.pat = growI32(this.pat, (pid + 1) * 4);
    const flags =
      (strict ? P_STRICT : 0) |
      (common ? P_COMMON : 0) |
      (fuzzy ? P_FUZZY : 0) |
      (doubtful ? P_DOUBT : 0) |
      (v.hadForm ? P_FORM : 0) |
      (v.droppedQualifier ? P_DROPPED : 0) |
      (v.cjk ? P_CJK : 0) |
      (needsForm ? P_NEEDS_FORM : 0);
    const sources = this.allSources();
    if (sources[sources.length - 1] !== source) sources.push(source);
    const kindByte = kindNo | (short << 2);
    const doubt = doubtful ? this.reasonId(doubtful) : 0;
    const at = pid * 4;
    this.pat[at + PAT_META] = flags | (kindByte << 8) | (v.tokens.length << 16) | (doubt << 24);
    this.pat[at + PAT_REF] = ref;
    this.pat[at + PAT_SOURCE] = sources.length - 1;
    if (strict) this.pRaw.set(pid, v.raw);
    // The first `known` words are already in the trie along `knownPath` (nodes after each word).
    let n = 0;
    if (knownPath && known > 0) {
      const first = this.nodeToken[knownPath[1] as number] as number;
      this.startCount[first] = (this.startCount[first] as number) + 1;
      n = knownPath[known] as number;
      for (let i = 0; i <= known; i++) this.path[i] = knownPath[i] as number;
    } else known = 0;
    this.path[0] = 0;
    for (let i = known; i < v.tokens.length; i++) {
      const id = this.tokenId(v.tokens[i] as string, v.hashes[i]);
      if (i === 0) {
        // A word's first start marks its spellings in the start filter (startCount says whether).
        if (this.startCount[id] === 0) this.markSpellings(this.startFilter, id, v.hashes[0] as number);
        this.startCount[id] = (this.startCount[id] as number) + 1;
      }
      // As childOf, but a node's child count tells at once whether to probe the table.
      let kids = this.kids as Int32Array<ArrayBuffer>;
      let nx = -1;
      if ((kids[n] as number) > FEW_CHILDREN) nx = this.edges.get(n, id);
      else
        for (let c = this.firstChild[n] as number; c >= 0; c = this.nextSibling[c] as number)
          if (this.nodeToken[c] === id) {
            nx = c;
            break;
          }
      if (nx < 0) {
        nx = this.nodes++;
        kids = this.kids = growI32(kids, nx + 1);
        this.firstChild = growI32(this.firstChild, nx + 1, -1);
        this.nextSibling = growI32(this.nextSibling, nx + 1, -1);
        this.nodeToken = growI32(this.nodeToken, nx + 1);
        this.termHead = growI32(this.termHead, nx + 1, -1);
        this.nodeToken[nx] = id;
        this.nextSibling[nx] = this.firstChild[n] as number;
        this.firstChild[n] = nx;
        const many = (kids[n] = (kids[n] as number) + 1);
        // Past FEW_CHILDREN, all of a node's children go into the table at once.
        if (many === FEW_CHILDREN + 1)
          for (let c = nx; c >= 0; c = this.nextSibling[c] as number) this.edges.set(n, this.nodeToken[c] as number, c);
        else if (many > FEW_CHILDREN) this.edges.set(n, id, nx);
      }
      n = nx;
      this.path[i + 1] = n;
    }
    // (The node's bits are worked out again by the next compact().)
    this.pat[pid * 4 + PAT_NEXT] = firstPid(this.termHead[n] as number);
    this.termHead[n] = pid;
  }

  /**
   * Listed names whose leading words, each pinyin by `isPinyin` and the next word not, spell
   * `reading` from `from` to one of `ends` (the reading of a Chinese name on a page, cut at
   * character boundaries). Walked in the trie word by word, so the cost follows the reading, not
   * the number of names. Local-script and Chinese-character names are left out.
   */
  pinyinPatterns(
    reading: string,
    from: number,
    ends: ReadonlySet<number>,
    isPinyin: (word: string) => boolean,
  ): { pid: number; end: number; words: string }[] {
    const out: { pid: number; end: number; words: string }[] = [];
    const take = (pid: number, end: number, words: string): void => {
      const meta = this.pat[pid * 4 + PAT_META] as number;
      const local = KINDS[(meta >> 8) & 3] === 'local';
      // Short forms are the page's ways of writing a name in Latin letters, not readings of Chinese.
      if (((meta >> 8) & 255) >> 2 === 0 && !local && !(meta & P_CJK) && out.length < 256)
        out.push({ pid, end, words });
    };
    const stack: { n: number; o: number; words: string }[] = [{ n: 0, o: from, words: '' }];
    while (stack.length > 0) {
      const { n, o, words } = stack.pop() as { n: number; o: number; words: string };
      if (n !== 0 && ends.has(o)) {
        // The name is these words alone, or goes on with a word that is not pinyin.
        for (let pid = firstPid(this.termHead[n] as number); pid >= 0; pid = this.pat[pid * 4 + PAT_NEXT] as number)
          take(pid, o, words);
        for (let c = this.firstChild[n] as number; c >= 0; c = this.nextSibling[c] as number)
          if (!isPinyin(this.tokenText[this.nodeToken[c] as number] as string)) this.patternsUnder(c, o, words, take);
      }
      for (let e = o + 1; e <= reading.length; e++) {
        const w = reading.slice(o, e);
        let id = this.vocab.get(hashToken(w));
        if (id >= 0 && this.ambiguous[id] === 1) id = this.clash.get(hash2(w) & 0x7fffffff);
        if (id < 0 || this.tokenText[id] !== w || !isPinyin(w)) continue;
        const nx = this.childOf(n, id);
        if (nx >= 0) stack.push({ n: nx, o: e, words: words ? `${words} ${w}` : w });
      }
    }
    return out.sort((a, b) => a.pid - b.pid);
  }

  private patternsUnder(
    node: number,
    end: number,
    words: string,
    take: (pid: number, end: number, words: string) => void,
  ): void {
    const stack = [node];
    for (let guard = 0; stack.length > 0 && guard < 4096; guard++) {
      const n = stack.pop() as number;
      for (let pid = firstPid(this.termHead[n] as number); pid >= 0; pid = this.pat[pid * 4 + PAT_NEXT] as number)
        take(pid, end, words);
      for (let c = this.firstChild[n] as number; c >= 0; c = this.nextSibling[c] as number) stack.push(c);
    }
  }

  // Token ids are looked up lazily: most tokens only meet the start filter below and never need
  // an id. Those looked up are kept by position in a ring of 1,024 (a walk reads ids at most 256
  // words past where it started; an overwritten position is looked up again): 8 KB that stay in
  // the first-level cache, where an entry per page token (two megabytes for a megabyte of text,
  // touched here and there) missed the cache on most reads. Same-process A/B: scan 6% faster.
  private readonly idPos = new Int32Array(ID_RING).fill(-1);
  private readonly idVal = new Int32Array(ID_RING);
  private curHashes: Int32Array = new Int32Array(0);
  private curText = '';
  private curTokens: Tokens | undefined;
  /** Bit set over token hashes (2^20 bits, 128 KB: stays in cache) of spellings that begin a name. */
  private readonly startFilter = hashBits(20);

  /**
   * Sets the bits of every spelling of a token (a place's variants share one id); `hash`, the
   * token's own hash when the caller has it.
   */
  private markSpellings(bits: Uint8Array, id: number, hash?: number): void {
    const sp = this.spellings.get(id);
    if (sp) for (const h of sp) setHashBit(bits, h);
    else setHashBit(bits, hash ?? hashToken(this.tokenText[id] as string));
  }

  private idAt(j: number): number {
    const slot = j & (ID_RING - 1);
    if (this.idPos[slot] === j) return this.idVal[slot] as number;
    let id = this.vocab.get(this.curHashes[j] as number);
    if (id >= 0 && this.ambiguous[id] === 1)
      id = this.clash.get(
        hash2(canonicalPlaceToken(tokenString(this.curText, this.curTokens as Tokens, j))) & 0x7fffffff,
      );
    this.idPos[slot] = j;
    this.idVal[slot] = id;
    return id;
  }

  /**
   * The child of node n for word id, or -1. A few children side by side (see compact()) are read
   * in place, which is cheaper than a probe into the edge table; a node with many is looked up.
   */
  private childOf(n: number, id: number): number {
    let c = this.firstChild[n] as number;
    for (let steps = 0; c >= 0 && steps < FEW_CHILDREN; steps++) {
      if (this.nodeToken[c] === id) return c;
      c = this.nextSibling[c] as number;
    }
    return c < 0 ? -1 : this.edges.get(n, id);
  }

  /**
   * Renumbers the trie breadth-first, so that each node's children are consecutive ids: the walks
   * over a node's children (typo tolerance) then read neighbouring array entries instead of one
   * scattered entry per child, which was the largest single cost of a scan. Done once after the
   * names are added (on the first scan, or before the index is stored); a pure renumbering.
   */
  private compact(): void {
    if (this.compacted) return;
    this.compacted = true;
    const n = this.nodes;
    const order = new Int32Array(n); // new id -> old id
    const renamed = new Int32Array(n); // old id -> new id
    const parent = new Int32Array(n); // new id -> new id of its parent
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const old = order[head] as number;
      for (let c = this.firstChild[old] as number; c >= 0; c = this.nextSibling[c] as number) {
        renamed[c] = tail;
        parent[tail] = head;
        order[tail++] = c;
      }
    }
    const cap = this.firstChild.length;
    const firstChild = new Int32Array(cap).fill(-1);
    const nextSibling = new Int32Array(cap).fill(-1);
    const nodeToken = new Int32Array(cap);
    const termHead = new Int32Array(cap).fill(-1);
    const kids = new Int32Array(tail);
    for (let id = 1; id < tail; id++) kids[parent[id] as number] = (kids[parent[id] as number] as number) + 1;
    let many = 0;
    for (let id = 1; id < tail; id++) if ((kids[parent[id] as number] as number) > FEW_CHILDREN) many++;
    const edges = new PairMap(Math.max(1024, many));
    for (let id = 0; id < tail; id++) {
      const old = order[id] as number;
      nodeToken[id] = this.nodeToken[old] as number;
      termHead[id] = this.termHead[old] as number;
      const c = this.firstChild[old] as number;
      if (c >= 0) firstChild[id] = renamed[c] as number;
      const sib = this.nextSibling[old] as number;
      if (sib >= 0) nextSibling[id] = renamed[sib] as number;
      if (id > 0 && (kids[parent[id] as number] as number) > FEW_CHILDREN)
        edges.set(parent[id] as number, nodeToken[id] as number, id);
    }
    this.kids = undefined;
    this.firstChild = firstChild;
    this.nextSibling = nextSibling;
    this.nodeToken = nodeToken;
    this.termHead = termHead;
    this.edges = edges;
    this.nodes = tail;
    this.markTerms();
    this.typoFirst = undefined;
    this.typoKeys = undefined;
  }

  /** Each node's number of children (before names are added to a compacted or loaded trie). */
  private countKids(): Int32Array<ArrayBuffer> {
    const kids = new Int32Array(Math.max(1024, this.nodes * 2));
    for (let n = 0; n < this.nodes; n++)
      for (let c = this.firstChild[n] as number; c >= 0; c = this.nextSibling[c] as number)
        kids[n] = (kids[n] as number) + 1;
    return kids;
  }

  /** All name hits in the token stream, overlaps resolved (longest, then best score wins). */
  scan(text: string, t: Tokens): IndexHit[] {
    if (!scanPrimed && text.length > PRIME_ABOVE) this.primeScan();
    this.compact();
    this.idPos.fill(-1);
    this.curHashes = t.hash;
    this.curText = text;
    this.curTokens = t;
    const hits: IndexHit[] = [];
    this.typoFirst ??= this.buildTypoFirst();
    this.typoKeys ??= keyBits(this.typoFirst);
    if (this.tokenLen.length !== this.tokenText.length) {
      this.tokenLen = new Uint8Array(this.tokenText.length);
      this.tokenSet = new Int32Array(this.tokenText.length);
      for (let i = 0; i < this.tokenText.length; i++) {
        const w = this.tokenText[i] as string;
        this.tokenLen[i] = Math.min(255, w.length);
        this.tokenSet[i] = letterSet(w);
      }
      this.placeIds = new Uint8Array(this.tokenText.length);
      for (const id of this.spellings.keys()) this.placeIds[id] = 1;
    }
    this.rootKid ??= this.rootChildren();
    this.stepBits ??= this.stepFilter();
    if (this.kidLens.length !== this.nodes) this.kidLens = new Int32Array(this.nodes);
    this.scanTokens(text, t, hits);
    return resolveOverlaps(hits);
  }

  /**
   * scanTokens() on a short text a few times before the first long page (as the tokenizer's
   * primer: in a freshly woken worker this cost 3 to 6 ms): see there.
   */
  private primeScan(): void {
    scanPrimed = true;
    const pt = tokenize(SCAN_PRIMER);
    for (let i = 0; i < PRIME_RUNS; i++) this.scan(SCAN_PRIMER, pt);
  }

  /**
   * Whether accept() would turn down every pattern of a node with TERM_ bits, for words ending
   * before token j (exact words: the fast path). With no legal form after them (not even a lone
   * "Company": that is the widest test, which accept() makes for names listed with a form), a
   * TERM_NEEDS_FORM node has none; a TERM_BRAND node none when a capitalised word of the same
   * phrase follows.
   */
  private turnedDown(t: Tokens, j: number, head: number): boolean {
    if (legalForms().consume(t, j, false) > 0) return false;
    if (head & TERM_NEEDS_FORM) return true;
    if (j >= t.count) return false;
    const f = t.flags[j] as number;
    return (f & T_UPPER) !== 0 && !(f & (T_BREAK | T_LINE));
  }

  /** Sets each node's TERM_ bits from its patterns (see TERM_PID). */
  private markTerms(): void {
    const { termHead, pat } = this;
    for (let n = 1; n < this.nodes; n++) {
      const head = termHead[n] as number;
      if (head < 0) continue;
      let needsForm = true;
      let brand = true;
      for (let pid = head & TERM_PID; pid >= 0; pid = pat[pid * 4 + PAT_NEXT] as number) {
        const meta = pat[pid * 4 + PAT_META] as number;
        const pf = meta & 255;
        // As accept() turns them down when no legal form follows (a one-word CJK name is none).
        const formOnly =
          (pf & (P_COMMON | P_NEEDS_FORM)) !== 0 ||
          (((meta >> 16) & 255) === 1 && (pf & P_FORM) !== 0 && !(pf & P_CJK));
        if (!formOnly) needsForm = false;
        if (!formOnly && ((meta >> 8) & 255) >> 2 !== PLACE_BRAND) brand = false;
      }
      termHead[n] = (head & TERM_PID) | (needsForm ? TERM_NEEDS_FORM : brand ? TERM_BRAND : 0);
    }
  }

  // Apart from scan(), and primed (primeScan) before the first long page: V8 compiles this loop
  // while the first page is still in it, then the whole function. Code that had not run by then
  // had no type feedback: first the code after the loop (settling overlaps, once in scan()), and
  // then its start, which the first call ran before V8 kept feedback for it (it does so only after
  // a function has run for a while). The function then gave up at its next call, and V8 went on
  // entering the loop's own compiled code for the rest of the process: in two Node processes of
  // eight.
  private scanTokens(text: string, t: Tokens, hits: IndexHit[]): void {
    const count = t.count;
    const hashes = t.hash;
    const filter = this.startFilter;
    const termHead = this.termHead;
    const typoSecond = this.typoSecondBits;
    const typoThird = this.typoThirdBits;
    const rootKid = this.rootKid as Int32Array;
    const steps = this.stepBits as Uint8Array;
    const flags = t.flags;
    // The bit sets' masks (as hasHashBit's) and T_UPPER in locals, for the loop below.
    const startMask = (filter.length << 3) - 1;
    const secondMask = (typoSecond.length << 3) - 1;
    const thirdMask = (typoThird.length << 3) - 1;
    const upper = T_UPPER;
    for (let k = 0; k < count; k++) {
      // Most words begin no name and cannot be a typo's first word: passed over in a loop of their
      // own that calls nothing, its masks and T_UPPER in locals. In the loop below V8 read again,
      // at every word, each array's kind and length, the imported T_UPPER and hasHashBit's binding,
      // and kept little in registers: the scan runs about 40% fewer instructions (callgrind).
      for (; k < count; k++) {
        const h = hashes[k] as number;
        if ((filter[(h & startMask) >>> 3] as number) & (1 << (h & 7))) break;
        if ((flags[k] as number) & upper && k + 2 < count) {
          const h2 = hashes[k + 1] as number;
          const h3 = hashes[k + 2] as number;
          if (
            (typoSecond[(h2 & secondMask) >>> 3] as number) & (1 << (h2 & 7)) &&
            (typoThird[(h3 & thirdMask) >>> 3] as number) & (1 << (h3 & 7))
          )
            break;
        }
      }
      if (k >= count) break;
      // Most words fail the start filter and never need an id.
      const id = hasHashBit(filter, hashes[k] as number) ? this.idAt(k) : -1;
      // The root's child: a word begins a name exactly when it has one.
      let n = id >= 0 ? (rootKid[id] as number) : -1;
      if (n < 0) {
        // Half the words of a page are capitalised: the word's length and the next word's bit are
        // tested here, inline (a typo is looked for in words of five letters or more only).
        if (
          (t.flags[k] as number) & T_UPPER &&
          k + 2 < count &&
          (t.end[k] as number) - (t.start[k] as number) >= 5 &&
          hasHashBit(typoSecond, hashes[k + 1] as number) &&
          hasHashBit(typoThird, hashes[k + 2] as number)
        )
          this.firstWordTypo(text, t, k, hits);
        continue;
      }
      // Fast path: follow exact edges; most walks end after one or two tokens.
      let j = k + 1;
      for (;;) {
        const head = termHead[n] as number;
        if (head >= 0 && !(head & (TERM_NEEDS_FORM | TERM_BRAND) && this.turnedDown(t, j, head)))
          for (let pid = head & TERM_PID; pid >= 0; pid = this.pat[pid * 4 + PAT_NEXT] as number)
            this.accept(text, t, k, j, pid, 0, 0, hits);
        if (j >= count || !hasHashBit(steps, stepKey(n, hashes[j] as number))) break;
        const nid = this.idAt(j);
        const nx = nid >= 0 ? this.childOf(n, nid) : -1;
        if (nx < 0) break;
        n = nx;
        j++;
      }
      // Slow path (typo or extra bracketed qualifier) only where it can apply.
      // The walk branches only where an exact step fails, so it starts where the fast path stopped.
      if (j < count && this.mayBranch(text, t, k, j, n)) this.walk(text, t, k, hits, true, [n, j, 0, 0]);
    }
  }

  // First words with a typo ("Zijing Mining Group" for "Zijin Mining Group Co., Ltd."): made from
  // the trie on the first scan (or before the index is stored; the image carries them). Keys are the hashes of each long,
  // distinctive first word and of that word with one letter deleted; a page word meets them
  // through its own deletions (symmetric deletion: one edit either way, or a swap). The two words
  // after it must be a listed name's second and third words (a typo in the first word counts only
  // with two more that agree): that pair is checked first, since nearly every capitalised page word
  // would otherwise pay for its deletions.
  private typoFirst: IntMap | undefined;
  /** Its keys as bits (2^20, as the start filter): most of a page word's deletions are no key, told without a probe. */
  private typoKeys: Uint8Array | undefined;
  private delBuf = new Int32Array(64);
  // Children one typo away (nearChildren), the first nearCount of them: an array emptied by
  // setting its length called into the runtime at every stop.
  private readonly nearBuf = new Int32Array(66);
  private nearCount = 0;
  private tokenLen = new Uint8Array(0); // word lengths (capped at 255), made on the first scan
  /**
   * Per node, the lengths of its children's words as bits (bit L-5 for L of 5 to 35, longer on bit
   * 30; bit 31: worked out), or only bit 31 past 64 children; 0 until a stop first needs it. Most
   * stops find no child of a length one edit can reach, told here without reading the children.
   */
  private kidLens = NO_LENGTHS;
  private tokenSet = new Int32Array(0); // each word's letterSet, made with tokenLen
  private placeIds = new Uint8Array(0); // 1: a place with other spellings (see spellings), made with tokenLen
  private typoPairs: PairMap | undefined; // (second word, third word) of typo-able names
  // Bit sets over page-token hashes, as the start filter: most page words fail these two tests
  // without a table lookup.
  private typoSecondBits = new Uint8Array(0);
  private typoThirdBits = new Uint8Array(0);

  private buildTypoFirst(): IntMap {
    const firsts: number[] = [];
    for (let c = this.firstChild[0] as number; c >= 0 && firsts.length < 50_000; c = this.nextSibling[c] as number)
      firsts.push(c);
    const map = new IntMap(firsts.length * 8 + 16);
    const pairs = new PairMap(firsts.length * 2 + 16);
    this.typoSecondBits = hashBits(20);
    this.typoThirdBits = hashBits(20);
    const role = new Uint8Array(this.tokenText.length); // 1: a second word, 2: a third word
    for (const c of firsts) {
      const id = this.nodeToken[c] as number;
      const w = this.tokenText[id] as string;
      // A very common first word ("Xinjiang ...") would try hundreds of names per page word.
      if (w.length < 5 || !/^[a-z]+$/u.test(w) || isCommonWord(w) || (this.startCount[id] as number) > 64) continue;
      const keys = deletionHashes(w, this.delBuf);
      for (let i = 0; i < keys; i++) map.set(this.delBuf[i] as number, id);
      for (let d = this.firstChild[c] as number; d >= 0; d = this.nextSibling[d] as number)
        for (let e = this.firstChild[d] as number; e >= 0; e = this.nextSibling[e] as number) {
          const second = this.nodeToken[d] as number;
          const third = this.nodeToken[e] as number;
          role[second] = (role[second] as number) | 1;
          role[third] = (role[third] as number) | 2;
          pairs.set(second, third, 1);
        }
    }
    // Each word's spellings marked once (a word is the second or third of many names).
    for (let id = 0; id < role.length; id++) {
      const r = role[id] as number;
      if (r & 1) this.markSpellings(this.typoSecondBits, id);
      if (r & 2) this.markSpellings(this.typoThirdBits, id);
    }
    this.typoPairs = pairs;
    return map;
  }

  /**
   * The root's child for each word id (-1: no name begins with it), read straight by id: a page's
   * name starts each skip a probe into the large edge table, which mostly misses the cache. Made on
   * the first scan after names were added, or after loading (not stored: one pass over the root).
   */
  private rootKid: Int32Array | undefined;

  /**
   * Bit set over (node, word hash) of every edge below the root: most walks end at their second
   * word, and this says so without the word's id and the node's children, two reads from tables far
   * larger than the cache. 16 bits an edge, at most 2^21 bits (256 KB, from 130,000 edges on).
   * Made on the first scan after names were added, and stored with the image.
   */
  private stepBits: Uint8Array<ArrayBuffer> | undefined;

  private stepFilter(): Uint8Array<ArrayBuffer> {
    const bits = hashBits(Math.min(21, Math.max(13, Math.ceil(Math.log2(this.nodes * 16)))));
    const hashOf = new Int32Array(this.tokenText.length);
    for (let id = 0; id < hashOf.length; id++) hashOf[id] = hashToken(this.tokenText[id] as string);
    for (let n = 1; n < this.nodes; n++)
      for (let c = this.firstChild[n] as number; c >= 0; c = this.nextSibling[c] as number) {
        const id = this.nodeToken[c] as number;
        setHashBit(bits, stepKey(n, hashOf[id] as number));
        // A place's other spellings reach the same child.
        const sp = this.spellings.get(id);
        if (sp) for (const h of sp) setHashBit(bits, stepKey(n, h));
      }
    return bits;
  }

  private rootChildren(): Int32Array {
    const kids = new Int32Array(this.tokenText.length).fill(-1);
    for (let c = this.firstChild[0] as number; c >= 0; c = this.nextSibling[c] as number)
      kids[this.nodeToken[c] as number] = c;
    return kids;
  }

  private firstWordTypo(text: string, t: Tokens, k: number, hits: IndexHit[]): void {
    // The caller tested the word's length and the second and third words' bits.
    const map = this.typoFirst as IntMap;
    const second = this.idAt(k + 1);
    if (second < 0) return;
    const third = this.idAt(k + 2);
    if (third < 0 || (this.typoPairs as PairMap).get(second, third) < 0) return;
    // Its deletions read off the page: the word's string is made only for a listed word it meets.
    let tok: string | undefined;
    let keys = pageDeletionHashes(text, t.start[k] as number, t.end[k] as number, this.delBuf);
    if (keys === -2) keys = deletionHashes((tok = tokenString(text, t, k)), this.delBuf);
    if (keys < 0) return;
    let tried0 = -1;
    let tried1 = -1;
    const keyBits = this.typoKeys as Uint8Array;
    for (let i = 0; i < keys; i++) {
      if (!hasHashBit(keyBits, this.delBuf[i] as number)) continue;
      const id = map.get(this.delBuf[i] as number);
      // One word rarely meets more than two listed first words through its deletions.
      if (id < 0 || id === tried0 || id === tried1) continue;
      tried1 = tried0;
      tried0 = id;
      const want = this.tokenText[id] as string;
      const node = (this.rootKid as Int32Array)[id] as number;
      // The walk from there takes the page's second word exactly (typos are spent), unless it
      // skips a bracket: most first words one letter away go on differently.
      if (node < 0 || (this.childOf(node, second) < 0 && !((t.flags[k + 1] as number) & T_PAREN))) continue;
      tok ??= tokenString(text, t, k);
      if (want === tok || !editDistanceAtMost1(tok, want)) continue;
      this.walk(text, t, k, hits, false, [node, k + 1, 25, 5]);
    }
  }

  /**
   * Whether the walk that stopped at (node n, token j) could continue with a typo or a skip. Most
   * stops could only take a typo and no child is one edit away: that is found here, without
   * setting up the walk (which then looks again, for the few that go on).
   */
  private mayBranch(text: string, t: Tokens, k: number, j: number, n: number): boolean {
    if (n === 0) return false;
    const f = t.flags[j] as number;
    if (f & T_PAREN) return true;
    if (f & T_AMP || t.hash[j] === AND_HASH) return true;
    if (f & T_CJK) return false;
    if (j - k < 2 && (this.startCount[this.idAt(k)] as number) > 64) return false;
    if ((t.end[j] as number) - (t.start[j] as number) < 5) return false;
    return this.nearChildren(text, t, j, n);
  }

  /**
   * The children of node n whose word is one edit from page word j (of five letters or more), into
   * nearBuf (nearCount of them); false when there are none, or more than 64 children (too many to
   * try). A child is read only when its length and its set of letters allow one edit (letterSet),
   * and the page word is made a string only then: most stops have no such child.
   */
  private nearChildren(text: string, t: Tokens, j: number, n: number): boolean {
    const near = this.nearBuf;
    let found = 0;
    this.nearCount = 0;
    let fit = this.kidLens[n] as number;
    if (fit === 0) fit = this.kidLens[n] = this.childLengths(n);
    // No child of five letters or more (bit 31 alone: worked out): none can be one edit away.
    if (fit === 1 << 31) return false;
    let tok: string | undefined;
    // The folded word's length and letter set, read off the page for a word of ASCII letters and
    // digits (folding lower-cases it and drops apostrophes); from its string otherwise.
    let len = 0;
    let set = 0;
    for (let i = t.start[j] as number, e = t.end[j] as number; i < e; i++) {
      let c = text.charCodeAt(i);
      if (c >= 128) {
        tok = tokenString(text, t, j);
        len = tok.length;
        set = letterSet(tok);
        break;
      }
      if (c === 39) continue;
      if (c >= 65 && c <= 90) c += 32;
      len++;
      set |= letterBit(c);
    }
    if (len < 5) return false;
    const lo = Math.min(len - 1, 35) - 5; // -1 at five letters: a four-letter child has no bit
    const hi = Math.min(len + 1, 35) - 5;
    if ((fit & ((2 << hi) - 1) & ~((1 << Math.max(lo, 0)) - 1)) === 0) return false;
    let children = 0;
    const lens = this.tokenLen;
    const sets = this.tokenSet;
    for (let c = this.firstChild[n] as number; c >= 0 && children <= 64; c = this.nextSibling[c] as number) {
      children++;
      const id = this.nodeToken[c] as number;
      const wl = lens[id] as number;
      if (wl < 5 || wl > len + 1 || wl + 1 < len || bitCount((sets[id] as number) ^ set) > 2) continue;
      tok ??= tokenString(text, t, j);
      if (editDistanceAtMost1(tok, this.tokenText[id] as string)) near[found++] = c;
    }
    this.nearCount = found;
    return children <= 64 && found > 0;
  }

  private childLengths(n: number): number {
    let bits = 1 << 31;
    let children = 0;
    for (let c = this.firstChild[n] as number; c >= 0; c = this.nextSibling[c] as number) {
      if (++children > 64) return 1 << 31;
      const wl = this.tokenLen[this.nodeToken[c] as number] as number;
      if (wl >= 5) bits |= 1 << (Math.min(wl, 35) - 5);
    }
    return bits;
  }

  private walk(text: string, t: Tokens, k: number, hits: IndexHit[], branchOnly: boolean, from: number[]): void {
    // Depth-first over (node, position, penalty); branching only on typos and skipped bracketed
    // qualifiers, both bounded, so the walk stays small.
    // node, position, penalty*100, bits: typo 1, qualifier 2, typo in the first word 4, joining word 8
    const stack = from; // each caller passes a fresh array: it becomes the stack
    let guard = 0;
    // With branchOnly, the first frame is where the fast path's exact step just failed.
    let stepFailed = branchOnly;
    while (stack.length > 0 && guard++ < 64) {
      const bits = stack.pop() as number;
      const pen = (stack.pop() as number) / 100;
      const j = stack.pop() as number;
      const n = stack.pop() as number;
      // Exact terminals were accepted by the fast path already.
      // A skipped bracket or "and" must be followed by more of the name or its legal form: a
      // bracket that ends the name is the page's own remark ("Marange Diamond Fields (Zimbabwe)":
      // a place, not part of the name), unless it is an acronym ("... Corps (XPCC)").
      const ends = !(bits & SKIPPED_LAST) || legalForms().consume(t, j) > 0;
      if (j > k && ends && (!branchOnly || bits !== 0)) {
        for (let pid = firstPid(this.termHead[n] as number); pid >= 0; pid = this.pat[pid * 4 + PAT_NEXT] as number)
          this.accept(text, t, k, j, pid, pen, bits, hits);
      }
      if (j >= t.count) continue;
      const id = stepFailed ? -1 : this.idAt(j);
      stepFailed = false;
      const nx = id >= 0 ? this.childOf(n, id) : -1;
      if (nx >= 0) {
        stack.push(nx, j + 1, pen * 100, bits & ~SKIPPED_LAST);
        continue;
      }
      if (n === 0) continue;
      const f = t.flags[j] as number;
      // A joining "and" the list does not have: "Education and Training Center", inside a name
      // already two words long, so two names are not read as one ("Zijin and Mining Group").
      if (!(bits & 8) && j - k >= 2 && (f & T_AMP || (t.hash[j] === AND_HASH && tokenString(text, t, j) === 'and')))
        stack.push(n, j + 1, (pen + 0.05) * 100, bits | 8 | SKIPPED_LAST);
      // An extra bracketed qualifier on the page: "Haolin (Hotan) Hair Accessories".
      if (f & T_PAREN) {
        let e = j;
        while (e < t.count && (t.flags[e] as number) & T_PAREN && e - j < 4) e++;
        const acronym = e === j + 1 && f & T_ALLCAPS && (t.end[j] as number) - (t.start[j] as number) <= 5;
        stack.push(n, e, (pen + 0.1) * 100, bits | 2 | (acronym ? 0 : SKIPPED_LAST));
      }
      // One typo in a long word of a long name, unless the name so far is a very common start
      // ("Shenzhen ..."), where trying every continuation would cost more than it finds.
      if (f & T_CJK || bits & 1) continue;
      const first = this.idAt(k);
      if (j - k < 2 && (this.startCount[first] as number) > 64) continue;
      // (A folded word is never longer than the page's spelling of it.)
      if ((t.end[j] as number) - (t.start[j] as number) < 5) continue;
      if (!this.nearChildren(text, t, j, n)) continue;
      for (let i = 0; i < this.nearCount; i++)
        stack.push(this.nearBuf[i] as number, j + 1, (pen + 0.15) * 100, (bits | 1) & ~SKIPPED_LAST);
    }
  }

  /** A hit's notes ("typo, legal form"), by the fields accept() keys them on. */
  private readonly whyOf = new Map<number, string>();

  private notesFor(
    bits: number,
    kind: NameKind,
    short: ShortFormKind | undefined,
    pf: number,
    form: number,
    meta: number,
    preceded: boolean,
  ): string {
    const notes: string[] = [];
    if (bits & 4) notes.push('typo in the first word');
    else if (bits & 1) notes.push('typo');
    if (bits & 8) notes.push('joining word added');
    if (bits & 2) notes.push('extra qualifier');
    if (short) notes.push(SHORT_NOTES[short]);
    if (kind !== 'name')
      notes.push(kind === 'local' ? 'local-script name' : kind === 'former' ? 'former name' : 'alias');
    if (pf & P_DROPPED) notes.push('qualifier missing');
    if (form === 1) notes.push('no legal form on page');
    else if (form === 2) notes.push('legal form added');
    else if (form === 3) notes.push('legal form');
    if (pf & P_STRICT) notes.push('short name, exact case');
    if (pf & P_DOUBT) notes.push(this.reasons[(meta >>> 24) - 1] ?? 'doubtful name');
    if (preceded) notes.push('preceded by another name word');
    return notes.join(', ') || 'exact';
  }

  private accept(
    text: string,
    t: Tokens,
    k: number,
    j: number,
    pid: number,
    pen: number,
    bits: number,
    hits: IndexHit[],
  ): void {
    const meta = this.pat[pid * 4 + PAT_META] as number;
    const pf = meta & 255;
    if (bits & 1 && !(pf & P_FUZZY)) return;
    const len = (meta >> 16) & 255;
    const kindByte = (meta >> 8) & 255;
    // A typo in the distinctive first word only with at least two more words that agree.
    if (bits & 4 && len < 3) return;
    if (bits === 0 && j - k !== len) return;
    const cjk = ((t.flags[k] as number) & T_CJK) !== 0;
    if (pf & P_STRICT) {
      // Short names and acronyms: exact case as listed.
      const raw = this.pRaw.get(pid) ?? [];
      for (let i = 0; i < raw.length; i++) if (text.slice(t.start[k + i], t.end[k + i]) !== raw[i]) return;
      // Standing alone: not glued to a code ("KTX-200", "SKU/KTX", "KTX_2").
      if (gluedCode(text, t.start[k] as number, t.end[j - 1] as number)) return;
    }
    if (pf & P_COMMON && !cjk) for (let i = k; i < j; i++) if (!((t.flags[i] as number) & T_UPPER)) return;
    const lf = legalForms();
    // A lone "Corporation"/"Company" is no legal form in general ("Camel Company" may be a brand),
    // but after a name listed with a legal form it is that form ("Ninestar Corporation").
    const formLen = lf.consume(t, j) || (pf & P_FORM ? lf.consume(t, j, false) : 0);
    if (pf & (P_COMMON | P_NEEDS_FORM) && formLen === 0) return;
    // "Baotou Meike" stands for the listed firm only when the name ends there, not when it goes
    // on ("Baotou Meike Glass", another firm of the same town and brand).
    if (kindByte >> 2 === PLACE_BRAND && formLen === 0 && j < t.count) {
      const nf = t.flags[j] as number;
      if (nf & T_UPPER && !(nf & (T_BREAK | T_LINE))) return;
    }
    // "Meike Co." is listed; "Meike lenses" is a brand, not the company.
    if (len === 1 && !cjk && pf & P_FORM && formLen === 0) return;
    if (formLen === 0 && longerName(t, j, cjk)) return;
    // Verify tokens against hash collisions (second hash), where no typo/skip was allowed; last,
    // since it builds the words' strings.
    if (bits === 0)
      for (let i = k; i < j; i++) {
        const id = this.idAt(i);
        // A place's other spellings ("Peking") are checked through their canonical word's hash;
        // any other word is compared with the listed word in place, without building a string.
        if (this.placeIds[id] === 1) {
          if (hash2(canonicalPlaceToken(tokenString(text, t, i))) !== this.tokenH2[id]) return;
        } else if (!tokenEquals(text, t, i, this.tokenText[id] as string)) return;
      }
    const to = j + formLen;
    let score = 1 - pen;
    const kind = KINDS[kindByte & 3] as NameKind;
    const short = SHORT_KINDS[kindByte >> 2];
    // A lost space is the same name; a left-out word is a little less sure.
    if (short && short !== 'form-joined') score -= 0.05;
    if (pf & P_DROPPED) score -= 0.05;
    // 1: listed with a legal form, none on the page; 2: a form on the page only; 3: on both.
    const form = pf & P_FORM ? (formLen === 0 ? 1 : 3) : formLen > 0 ? 2 : 0;
    // A lone word ("Meike") without its legal form is as likely a brand or another firm.
    if (form === 1) score -= len === 1 && !cjk ? 0.35 : 0.03;
    if (pf & P_DOUBT) score -= 0.25;
    // A one-word name right after a capitalised word of the same phrase is likely part of a
    // longer name ("Shenzhen Meike Co., Ltd." vs "Meike Co.").
    let preceded = 0;
    if (len === 1 && !cjk && k > 0) {
      const f = t.flags[k] as number;
      const prev = t.flags[k - 1] as number;
      if (!(f & (T_BREAK | T_LINE)) && prev & T_UPPER && !(prev & T_CJK)) {
        preceded = 1;
        score -= 0.3;
      }
    }
    // The notes depend on these few fields alone: made once per combination, not per hit.
    const noteKey =
      (bits & 15) |
      (kindByte << 4) |
      (form << 12) |
      (pf & P_DROPPED ? 1 << 14 : 0) |
      (pf & P_STRICT ? 1 << 15 : 0) |
      (preceded << 16) |
      ((pf & P_DOUBT ? meta >>> 24 : 0) << 17) |
      (pf & P_DOUBT ? 1 << 25 : 0);
    let why = this.whyOf.get(noteKey);
    if (why === undefined) {
      why = this.notesFor(bits, kind, short, pf, form, meta, preceded === 1);
      this.whyOf.set(noteKey, why);
    }
    const start = t.start[k] as number;
    let end = t.end[to - 1] as number;
    if (formLen > 0 && text.charCodeAt(end) === 46 && dotBelongs(t, to - 1)) end++; // "Ltd." keeps its dot
    // Keep the closing bracket of a bracketed last word: "... Corps (XPCC)".
    if ((t.flags[to - 1] as number) & T_PAREN) {
      const c = text.charCodeAt(end);
      if (c === 41 || c === 0xff09 || c === 93) end++;
    }
    hits.push({
      ref: this.pat[pid * 4 + PAT_REF] as number,
      kind,
      source: this.patternSource(pid),
      from: k,
      to,
      start,
      end,
      score: Math.max(0, Math.min(1, score)),
      why,
    });
  }
}

/**
 * True when the match is only the start of a longer company name: more name words follow in the
 * same phrase and end in a legal form ("Meike" + "Digital Technology Co., Ltd.").
 */
function longerName(t: Tokens, j: number, cjk: boolean): boolean {
  const lf = legalForms();
  const max = cjk ? 10 : 4;
  for (let e = j; e < t.count && e - j < max; e++) {
    const f = t.flags[e] as number;
    if (f & T_BREAK) return false;
    const isCjk = (f & T_CJK) !== 0;
    if (isCjk !== cjk) return false;
    if (!isCjk && !(f & T_UPPER)) return false;
    if (e > j && lf.consume(t, e) > 0) return true;
    if (f & T_LINE && e > j) return false;
  }
  return false;
}

/** Whether [s, e) is joined to letters/digits by '-', '_', '/' or '.' on either side. */
function gluedCode(text: string, s: number, e: number): boolean {
  if (s >= 2 && joiner(text.charCodeAt(s - 1)) && isAsciiAlnum(text.charCodeAt(s - 2))) return true;
  return e + 1 < text.length && joiner(text.charCodeAt(e)) && isAsciiAlnum(text.charCodeAt(e + 1));
}

const joiner = (c: number): boolean => c === 45 || c === 95 || c === 47 || c === 46;

/**
 * The hits to keep: where hits overlap, the longest, then the best score, then the first. Overlaps
 * are local, so the hits are taken in order of their first word and each run of hits overlapping
 * one another is settled alone: the choice a sort of all the hits would make (a hit is only ever
 * weighed against hits it overlaps), without sorting a thousand hits when most stand alone.
 */
function resolveOverlaps(hits: IndexHit[]): IndexHit[] {
  if (hits.length < 2) return hits;
  for (let i = 1; i < hits.length; i++)
    if ((hits[i] as IndexHit).from < (hits[i - 1] as IndexHit).from) {
      hits.sort(byFrom); // stable: hits with one first word keep their order
      break;
    }
  const out: IndexHit[] = [];
  for (let i = 0; i < hits.length;) {
    let end = (hits[i] as IndexHit).to;
    let j = i + 1;
    for (; j < hits.length && (hits[j] as IndexHit).from < end; j++) end = Math.max(end, (hits[j] as IndexHit).to);
    if (j === i + 1) out.push(hits[i] as IndexHit);
    else settleRun(hits.slice(i, j), out);
    i = j;
  }
  return out.sort(byStart);
}

const byFrom = (a: IndexHit, b: IndexHit): number => a.from - b.from;
const byStart = (a: IndexHit, b: IndexHit): number => a.start - b.start;
const byRank = (a: IndexHit, b: IndexHit): number =>
  b.to - b.from - (a.to - a.from) || b.score - a.score || a.from - b.from;

/** Settles hits that overlap one another, adding those kept to `out`. */
function settleRun(run: IndexHit[], out: IndexHit[]): void {
  run.sort(byRank);
  // Kept hits never overlap unless they cover exactly the same words (one name on two lists).
  const kept: IndexHit[] = [];
  for (const h of run) {
    let ok = true;
    for (const a of kept) {
      if (a.to <= h.from || h.to <= a.from) continue;
      // Same words: one hit per party (the first is the best variant).
      if (a.from !== h.from || a.to !== h.to || a.ref === h.ref) ok = false;
    }
    if (ok) kept.push(h);
  }
  for (const h of kept) out.push(h);
}

function seenBefore(seen: readonly string[][], count: number, tokens: readonly string[]): boolean {
  for (let i = 0; i < count; i++) if (sameWords(seen[i] as string[], tokens)) return true;
  return false;
}

/** The step filter's key for (node, word hash): a hash of the pair, for hasHashBit. */
const stepKey = (n: number, hash: number): number => Math.imul(n, 0x9e3779b1) ^ hash;

/** A character's bit in a letterSet: a-z one each, anything else one of six more. */
const letterBit = (c: number): number => 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));

/**
 * The set of a word's characters as bits: one edit (a letter added, dropped, changed, or two
 * swapped) changes at most two of them, so words whose sets differ in three or more are further
 * apart, told without reading either word.
 */
function letterSet(w: string): number {
  let bits = 0;
  for (let i = 0; i < w.length; i++) bits |= letterBit(w.charCodeAt(i));
  return bits;
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** The keys of a table as bits over their hash (see MatchIndex.typoKeys). */
function keyBits(map: IntMap): Uint8Array {
  const bits = hashBits(20);
  for (const k of map.image().keys) if (k !== -1) setHashBit(bits, k);
  return bits;
}
