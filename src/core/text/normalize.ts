// Character folding and word tokenisation shared by every detector. One pass over the text, no
// regexes on the hot path: ASCII is folded with arithmetic, everything else through a per-code-point
// cache (NFKC, diacritics stripped, case folded, look-alike letters read as Latin, traditional
// Chinese folded to simplified).
import { tradToSimp } from './cjk-fold';
import { LOOKALIKE_PAIRS } from './lookalike-data';
import { pairTable } from './pair-table';

/** Token flags (bit set). */
export const T_CJK = 1; // a single Han/kana character (CJK has no spaces, so one char = one token)
export const T_BREAK = 2; // preceded by sentence punctuation (, . ; : | / ! ?) since the last token
export const T_LINE = 4; // preceded by a newline (block boundary of flattened page text)
export const T_PAREN = 8; // inside (...) / （...） / [...] / 【...】
export const T_UPPER = 16; // first letter is upper case in the page text
export const T_ALLCAPS = 32; // every letter is upper case (and at least two letters)
export const T_DIGIT = 64; // contains a digit
export const T_AMP = 128; // the '&' sign (folded to "and")

export interface Tokens {
  count: number;
  /** 30-bit hash of the folded token (collisions are verified by callers that need certainty). */
  hash: Int32Array;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
}

// Character classes of folded output: 0 separator, 1 word char, 2 CJK char, 3 apostrophe (joins).
export const C_SEP = 0;
export const C_WORD = 1;
export const C_CJK = 2;
export const C_JOIN = 3;

export interface Folded {
  s: string; // folded text ('' for combining marks)
  cls: number;
  upper: boolean;
  open: number; // +1 opening bracket, -1 closing bracket
  brk: boolean; // sentence punctuation
}

// By code point, in pages of 256 made as they are first needed: read from bytes, a Chinese
// megabyte took 15 ms through a Map and 7.5 through these pages. Every page's slot, and each
// page's 256, made at once: an array given a slot far past its end turns into a slower dictionary.
const cache: ((Folded | undefined)[] | undefined)[] = new Array<(Folded | undefined)[] | undefined>(0x1100).fill(
  undefined,
);
const combining = /\p{M}/gu;
const wordRe = /^[\p{L}\p{N}]+$/u;
const cjkRe = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々〇]$/u;
const upperRe = /\p{Lu}/u;
const OPEN = new Set(['(', '[', '{', '【', '〔', '〖', '「', '『', '《', '〈']);
const CLOSE = new Set([')', ']', '}', '】', '〕', '〗', '」', '』', '》', '〉']);
const BREAKS = new Set([',', '.', ';', ':', '|', '/', '!', '?', '、', '。', '，', '；', '：', '·', '•', '\t']);

/**
 * Letters drawn like Latin ones, from Unicode's confusables (src/core/text/lookalike-data.ts):
 * "Hetiаn" with a Cyrillic "а", "Zhօngtai" with an Armenian "օ" or "Zhᴏngtai" with a small capital
 * read as the Latin name. Keys are folded (lower-case) letters; lists and pages fold alike, so
 * names written in those scripts still match each other.
 */
let LOOKALIKE: Map<string, string> | undefined; // made on the first fold of a non-ASCII letter (foldChar)

/**
 * NFKC, diacritics dropped, lower case: the fold before the look-alike and Chinese tables
 * (test/tools/gen-text-tables.ts keys the look-alike table with it).
 */
export function foldBase(raw: string): string {
  // NFKD to split diacritics off, then drop the marks; NFC again to recompose anything left.
  const s = raw.normalize('NFKC').normalize('NFKD').replace(combining, '').normalize('NFC').toLowerCase();
  return s === 'ß' ? 'ss' : s;
}

/** Fold one code point (cached). Exported for tests. */
export function foldChar(cp: number): Folded {
  const hit = cache[cp >> 8]?.[cp & 255];
  if (hit) return hit;
  const raw = String.fromCodePoint(cp);
  const upper = upperRe.test(raw.normalize('NFKC'));
  let s = foldBase(raw);
  s = (LOOKALIKE ??= pairTable(LOOKALIKE_PAIRS)).get(s) ?? tradToSimp(s);
  let cls = C_SEP;
  let open = 0;
  let brk = false;
  if (s === '')
    cls = C_JOIN; // a lone combining mark stays inside the word
  else if (s === "'" || s === '’' || s === 'ʼ' || s === '‘') cls = C_JOIN;
  else if (cjkRe.test(s)) cls = C_CJK;
  else if (wordRe.test(s)) cls = C_WORD;
  else {
    const n = raw.normalize('NFKC');
    if (OPEN.has(n) || OPEN.has(raw)) open = 1;
    else if (CLOSE.has(n) || CLOSE.has(raw)) open = -1;
    else if (BREAKS.has(n) || BREAKS.has(raw)) brk = true;
  }
  const f: Folded = { s: cls === C_WORD || cls === C_CJK ? s : '', cls, upper, open, brk };
  (cache[cp >> 8] ??= new Array<Folded | undefined>(256).fill(undefined))[cp & 255] = f;
  return f;
}

const H_MASK = 0x3fffffff;
/** Hash step used for tokens; exported so other modules hash strings identically. */
// FNV-1a, not the 31-polynomial: that one maps whole families of short tokens to one value
// ("1n" and "30", "Aa" and "BB"), and two listed words sharing a hash lost both names.
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
export function finishHash(h: number): number {
  return h & H_MASK;
}
/** Hash of an already folded token string. */
export function hashToken(s: string): number {
  let h = 7;
  for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i));
  return finishHash(h);
}
export const AND_HASH = hashToken('and');

function grow(t: Tokens): void {
  const n = t.hash.length * 2;
  const h = new Int32Array(n);
  h.set(t.hash);
  const s = new Int32Array(n);
  s.set(t.start);
  const e = new Int32Array(n);
  e.set(t.end);
  const f = new Uint8Array(n);
  f.set(t.flags);
  t.hash = h;
  t.start = s;
  t.end = e;
  t.flags = f;
}

/** UTF-16 code units encoded at a time by tokenize(): at most 96 KB of UTF-8, which stays in cache. */
const STEP = 32_768;
let utf8 = new Uint8Array(0); // tokenize()'s bytes, reused from call to call
let encoder: TextEncoder | undefined;

/**
 * Split text into folded word tokens. Linear in the text; ASCII letters/digits never leave the fast
 * path. Offsets are UTF-16 indexes into the original text, so findings can quote it exactly.
 *
 * The text is read as UTF-8, encoded a stretch at a time (TextEncoder.encodeInto, native): Node
 * 20's V8 checks the string's representation at every charCodeAt, and reads a typed array's byte
 * for less. Encoding included, the bench's megabyte took 4.3 ms against 4.55 through charCodeAt,
 * and a page with fewer non-ASCII letters 4.2 against 4.8; in Chromium 150 the bench's megabyte
 * took the same either way, and Chinese text less (HISTORY.md: the 02:11 session).
 */
export function tokenize(text: string, reuse?: Tokens): Tokens {
  return tokenizeInSteps(text, STEP, reuse);
}

/** Every kind of character readTokens() tells apart (see primeReadTokens). */
const PRIMER = "Ab cd'e 12 x&y (Zz) [q] {w}, . ; : | / ! ? \t\n\r Àé ß Москва 北京 😀 ＆ （x）。、 \u2028 \u0085 ﬁ Zz";
let primed = false;
/** Texts longer than this (UTF-16 units) are read after priming (primeReadTokens, primeScan). */
export const PRIME_ABOVE = 65_536;
/** How often a primer is read: V8 keeps type feedback only once a function has run for a while. */
export const PRIME_RUNS = 12;

/**
 * Reads PRIMER PRIME_RUNS times (V8 keeps no type feedback for a function's first calls), into
 * arrays of one so that they grow, before the first long text: see readTokens() for why. Only
 * before a long one (PRIME_ABOVE): a page's text is read in a fraction of a millisecond either way,
 * and in a freshly woken worker, where nothing is compiled yet, priming cost about 1 ms (Node 20).
 */
function primeReadTokens(): void {
  primed = true;
  const one = emptyTokens(1);
  for (let i = 0; i < PRIME_RUNS; i++) readTokens(PRIMER, STEP, one);
}

function emptyTokens(cap: number): Tokens {
  return {
    count: 0,
    hash: new Int32Array(cap),
    start: new Int32Array(cap),
    end: new Int32Array(cap),
    flags: new Uint8Array(cap),
  };
}

/** tokenize(), encoding `step` UTF-16 units at a time (at most STEP). Exported for tests. */
export function tokenizeInSteps(text: string, step: number, reuse?: Tokens): Tokens {
  const cap = Math.max(16, (text.length >> 2) + 16);
  // A caller that scans page after page passes its previous buffer: no large allocation per scan.
  const t = reuse && reuse.hash.length >= cap ? reuse : emptyTokens(cap);
  if (!primed && text.length > PRIME_ABOVE) primeReadTokens();
  readTokens(text, step, t);
  return t;
}

/**
 * tokenizeInSteps()'s loop. V8 compiles it while the first text is still in it (on-stack
 * replacement), then the whole function; any code that had not run by then had no type feedback
 * (the caller's choice of buffer when there was none to reuse, the code after the loop, kinds of
 * characters the first text had not had yet). The whole function then gave up at once, and V8 went
 * on entering the loop's own compiled code, which ran a quarter slower (5.4 against 4.3 ms on the
 * bench's megabyte), for the rest of the process: in one process of eight to sixteen. Hence a
 * function of its own, and primeReadTokens() before the first long text.
 */
function readTokens(text: string, step: number, t: Tokens): void {
  t.count = 0;
  if (utf8.length === 0) utf8 = new Uint8Array(STEP * 3 + 1);
  encoder ??= new TextEncoder();
  const B = utf8;
  // Locals mirror t's arrays so the hot loop touches no object fields; refreshed after grow().
  let H = t.hash;
  let S = t.start;
  let E = t.end;
  let F = t.flags;
  let count = 0;
  let h = 7;
  let inWord = false;
  let wStart = 0;
  let wFlags = 0;
  let letters = 0;
  let uppers = 0;
  let pending = 0; // flags collected from separators since the last token
  let depth = 0;
  const total = text.length;
  for (let base = 0; base < total;) {
    let stop = Math.min(total, base + Math.max(2, Math.min(step, STEP)));
    // A surrogate pair is never split between two stretches (each half alone would read as U+FFFD).
    if (stop < total) {
      const last = text.charCodeAt(stop - 1);
      if (last >= 0xd800 && last <= 0xdbff) stop--;
    }
    const n = encoder.encodeInto(base === 0 && stop === total ? text : text.substring(base, stop), B).written;
    B[n] = 0; // ends the runs of letters and digits below without a test of their own
    // The UTF-16 index of byte i is i - shift: each character of two to four bytes adds to it.
    let shift = -base;
    for (let i = 0; i < n; i++) {
      let c = B[i] as number;
      if (c < 128) {
        // Letters and digits: the hot path. The word-start block is written out in each branch on
        // purpose, so that each character class costs one range test and no call (bench: matcher ms per MB).
        if (c >= 97 && c <= 122) {
          if (!inWord) {
            inWord = true;
            wStart = i - shift;
            h = 7;
            letters = 0;
            uppers = 0;
            wFlags = 0;
          }
          h = Math.imul(h ^ c, 0x01000193);
          // The rest of a run of small letters (most of a word) in a loop of its own.
          const from = i;
          for (;;) {
            const d = B[i + 1] as number;
            if (d < 97 || d > 122) break;
            i++;
            h = Math.imul(h ^ d, 0x01000193);
          }
          letters += i - from + 1;
          continue;
        }
        if (c >= 65 && c <= 90) {
          if (!inWord) {
            inWord = true;
            wStart = i - shift;
            h = 7;
            letters = 0;
            uppers = 0;
            wFlags = T_UPPER;
          }
          letters++;
          uppers++;
          h = Math.imul(h ^ (c + 32), 0x01000193);
          continue;
        }
        if (c >= 48 && c <= 57) {
          if (!inWord) {
            inWord = true;
            wStart = i - shift;
            h = 7;
            letters = 0;
            uppers = 0;
            wFlags = 0;
          }
          wFlags |= T_DIGIT;
          h = Math.imul(h ^ c, 0x01000193);
          // Prices and quantities: the rest of a run of digits, as small letters above.
          for (;;) {
            const d = B[i + 1] as number;
            if (d < 48 || d > 57) break;
            i++;
            h = Math.imul(h ^ d, 0x01000193);
          }
          continue;
        }
        if (c === 39 && inWord) continue; // O'Brien, Xi'an
        if (inWord) {
          if (count === H.length) {
            grow(t);
            H = t.hash;
            S = t.start;
            E = t.end;
            F = t.flags;
          }
          H[count] = h & H_MASK;
          S[count] = wStart;
          E[count] = i - shift;
          F[count] =
            wFlags | pending | (depth > 0 ? T_PAREN : 0) | (letters >= 2 && uppers === letters ? T_ALLCAPS : 0);
          count++;
          pending = 0;
          inWord = false;
        }
        if (c === 32) continue;
        if (c === 10 || c === 13) pending |= T_LINE;
        else if (c === 40 || c === 91 || c === 123) depth++;
        else if (c === 41 || c === 93 || c === 125) depth = depth > 0 ? depth - 1 : 0;
        else if (c === 38) {
          t.count = count;
          emitOne(t, i - shift, i - shift + 1, AND_HASH, T_AMP | pending | (depth > 0 ? T_PAREN : 0));
          count = t.count;
          H = t.hash;
          S = t.start;
          E = t.end;
          F = t.flags;
          pending = 0;
        } else if (isAsciiBreak(c)) pending |= T_BREAK;
        continue;
      }
      // Two to four bytes (encodeInto writes whole, well-formed sequences): one code point, which
      // is two UTF-16 units from four bytes on.
      const at = i - shift;
      let width = 1;
      if (c < 0xe0) {
        c = ((c & 0x1f) << 6) | ((B[i + 1] as number) & 0x3f);
        i += 1;
        shift += 1;
      } else if (c < 0xf0) {
        c = ((c & 0x0f) << 12) | (((B[i + 1] as number) & 0x3f) << 6) | ((B[i + 2] as number) & 0x3f);
        i += 2;
        shift += 2;
      } else {
        c =
          ((c & 0x07) << 18) |
          (((B[i + 1] as number) & 0x3f) << 12) |
          (((B[i + 2] as number) & 0x3f) << 6) |
          ((B[i + 3] as number) & 0x3f);
        i += 3;
        shift += 2;
        width = 2;
      }
      const f = foldChar(c);
      if (f.cls === C_WORD) {
        if (!inWord) {
          inWord = true;
          wStart = at;
          h = 7;
          letters = 0;
          uppers = 0;
          wFlags = f.upper ? T_UPPER : 0;
        }
        letters++;
        if (f.upper) uppers++;
        for (let k = 0; k < f.s.length; k++) {
          const cc = f.s.charCodeAt(k);
          if (cc >= 48 && cc <= 57) wFlags |= T_DIGIT;
          h = hashStep(h, cc);
        }
      } else if (f.cls === C_JOIN && inWord) {
        // stays in the word
      } else {
        t.count = count;
        if (inWord) {
          emitOne(
            t,
            wStart,
            at,
            h & H_MASK,
            wFlags | pending | (depth > 0 ? T_PAREN : 0) | (letters >= 2 && uppers === letters ? T_ALLCAPS : 0),
          );
          pending = 0;
          inWord = false;
        }
        if (f.cls === C_CJK) {
          let hh = 7;
          for (let k = 0; k < f.s.length; k++) hh = hashStep(hh, f.s.charCodeAt(k));
          emitOne(t, at, at + width, finishHash(hh), T_CJK | pending | (depth > 0 ? T_PAREN : 0));
          pending = 0;
        } else if (f.open === 1) depth++;
        else if (f.open === -1) depth = depth > 0 ? depth - 1 : 0;
        else if (c === 0xff06) {
          emitOne(t, at, at + width, AND_HASH, T_AMP | pending | (depth > 0 ? T_PAREN : 0));
          pending = 0;
        } else if (c === 0x2028 || c === 0x2029 || c === 0x85) pending |= T_LINE;
        else if (f.brk) pending |= T_BREAK;
        count = t.count;
        H = t.hash;
        S = t.start;
        E = t.end;
        F = t.flags;
      }
    }
    base = stop;
  }
  t.count = count;
  if (inWord)
    emitOne(
      t,
      wStart,
      total,
      h & H_MASK,
      wFlags | pending | (depth > 0 ? T_PAREN : 0) | (letters >= 2 && uppers === letters ? T_ALLCAPS : 0),
    );
}

function emitOne(t: Tokens, start: number, end: number, hash: number, flags: number): void {
  if (t.count === t.hash.length) grow(t);
  const k = t.count++;
  t.hash[k] = hash;
  t.start[k] = start;
  t.end[k] = end;
  t.flags[k] = flags;
}

/**
 * Sentence punctuation in ASCII (BREAKS' ASCII members, by code): what sets T_BREAK on the next
 * word, in page text (tokenize) and in listed names (splitNameInto) alike.
 */
export function isAsciiBreak(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 58 || c === 124 || c === 47 || c === 33 || c === 63 || c === 9;
}

/** An ASCII letter or digit (code unit). */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Folded form of a text slice, tokens joined by single spaces (CJK characters unspaced). */
export function foldText(text: string): string {
  const t = tokenize(text);
  return tokensToString(text, t, 0, t.count);
}

/** Folded string of one token (slow path; used for verification and for building indexes). */
export function tokenString(text: string, t: Tokens, k: number): string {
  if ((t.flags[k] ?? 0) & T_AMP) return 'and';
  const s = t.start[k] ?? 0;
  const e = t.end[k] ?? 0;
  // Plain ASCII letters and digits (most words): one slice, lower-cased, not a string per letter.
  let upper = false;
  let i = s;
  for (; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || c === 39) break;
    if (c <= 90 && c >= 65) upper = true;
  }
  if (i === e) return upper ? text.slice(s, e).toLowerCase() : text.slice(s, e);
  let out = '';
  for (let i = s; i < e; i++) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
      else if (c !== 39) out += text[i];
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < e) {
      c = ((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000;
      i++;
    }
    out += foldChar(c).s;
  }
  return out;
}

/** Whether token k folds to `word`, without building the token's string when it is plain ASCII. */
export function tokenEquals(text: string, t: Tokens, k: number, word: string): boolean {
  if ((t.flags[k] ?? 0) & T_AMP) return word === 'and';
  const s = t.start[k] ?? 0;
  const e = t.end[k] ?? 0;
  let w = 0;
  for (let i = s; i < e; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return tokenString(text, t, k) === word;
    if (c === 39) continue;
    if (c >= 65 && c <= 90) c += 32;
    if (word.charCodeAt(w++) !== c) return false;
  }
  return w === word.length;
}

export function tokensToString(text: string, t: Tokens, from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const cjk = ((t.flags[k] ?? 0) & T_CJK) !== 0;
    const prevCjk = k > from && ((t.flags[k - 1] ?? 0) & T_CJK) !== 0;
    if (k > from && !(cjk && prevCjk)) out += ' ';
    out += tokenString(text, t, k);
  }
  return out;
}
