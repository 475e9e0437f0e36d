// Tokens of short strings (list names, phrases, legal forms) for index building: the same tokens
// and flags as tokenize() + tokenString() give on page text, produced directly as strings.
import {
  C_CJK,
  C_JOIN,
  C_SEP,
  C_WORD,
  AND_HASH,
  finishHash,
  foldChar,
  hashStep,
  hashToken,
  isAsciiBreak,
  T_ALLCAPS,
  T_AMP,
  T_BREAK,
  T_CJK,
  T_DIGIT,
  T_LINE,
  T_PAREN,
  T_UPPER,
  type Folded,
} from './normalize';

// Called through the function itself: `raw.toLowerCase` is looked up on strings of many kinds to V8
// (copied, sliced, two-byte), a lookup that gives up caching past four and cost 3% of an index build.
const toLower = String.prototype.toLowerCase;

export interface NameToken {
  /** Folded token. */
  s: string;
  /** As written. */
  raw: string;
  flags: number;
  /** hashToken(s), worked out on the way. */
  h: number;
}

/**
 * The same tokens as tokenize() + tokenString(), for short strings (list names, phrases) at index
 * build time. A separate function so building 100,000 names leaves the page tokenizer's JIT
 * profile alone (short-string calls made it a third slower on page text).
 */
export function splitName(text: string): NameToken[] {
  const out: NameToken[] = [];
  splitNameInto(text, out);
  return out;
}

/** out[i] becomes the token (an object already there is written over). */
function put(out: NameToken[], i: number, s: string, raw: string, flags: number, h: number): void {
  const o = out[i];
  if (o === undefined) out[i] = { s, raw, flags, h };
  else {
    o.s = s;
    o.raw = raw;
    o.flags = flags;
    o.h = h;
  }
}

/**
 * splitName's tokens into out[0..count), the count returned: the objects in `out` are written
 * over, and those past the count are left as they are. For the index build, which reads one
 * name's tokens before the next (100,000 names made 5 objects and an array each).
 */
export function splitNameInto(text: string, out: NameToken[]): number {
  let count = 0;
  let cur = ''; // folded text of a word with non-ASCII letters or apostrophes; '' while plain ASCII
  let plain = true;
  let h = 7; // hash of a plain word so far
  let wStart = -1;
  let letters = 0;
  let uppers = 0;
  let wFlags = 0;
  let pending = 0;
  let depth = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    let c = i < n ? text.charCodeAt(i) : 32;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    let f: Folded | undefined;
    let cls: number;
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) cls = C_WORD;
      else if (c === 39) cls = C_JOIN;
      else cls = C_SEP;
    } else {
      f = foldChar(c);
      cls = f.cls;
    }
    if (cls === C_WORD) {
      if (wStart < 0) {
        wStart = i;
        letters = 0;
        uppers = 0;
        wFlags = 0;
        plain = true;
        h = 7;
        cur = '';
        if (f ? f.upper : c >= 65 && c <= 90) wFlags = T_UPPER;
      }
      if (f) {
        if (plain) {
          cur = text.slice(wStart, i).replace(/'/gu, '').toLowerCase();
          plain = false;
        }
        letters++;
        if (f.upper) uppers++;
        for (let k = 0; k < f.s.length; k++) {
          const cc = f.s.charCodeAt(k);
          if (cc >= 48 && cc <= 57) wFlags |= T_DIGIT;
        }
        cur += f.s;
      } else if (c >= 48 && c <= 57) {
        wFlags |= T_DIGIT;
        if (!plain) cur += text[i];
        else h = hashStep(h, c);
      } else {
        letters++;
        if (c <= 90) uppers++;
        if (!plain) cur += String.fromCharCode(c <= 90 ? c + 32 : c);
        else h = hashStep(h, c <= 90 ? c + 32 : c);
      }
      i += width - 1;
      // The rest of a plain word's run of ASCII letters and digits, in a loop of its own: what
      // the steps above would do, one character at a time (most of a name is such runs).
      if (plain)
        for (let d = i + 1 < n ? text.charCodeAt(i + 1) : 32; ; d = i + 1 < n ? text.charCodeAt(i + 1) : 32) {
          if (d >= 97 && d <= 122) letters++;
          else if (d >= 65 && d <= 90) {
            letters++;
            uppers++;
            d += 32;
          } else if (d >= 48 && d <= 57) wFlags |= T_DIGIT;
          else break;
          h = hashStep(h, d);
          i++;
        }
      continue;
    }
    if (cls === C_JOIN && wStart >= 0) {
      // Apostrophes and combining marks stay inside the word and fold to nothing.
      if (plain) {
        cur = text.slice(wStart, i).replace(/'/gu, '').toLowerCase();
        plain = false;
      }
      i += width - 1;
      continue;
    }
    if (wStart >= 0) {
      const raw = text.slice(wStart, i);
      put(
        out,
        count++,
        plain ? (uppers === 0 ? raw : toLower.call(raw)) : cur,
        raw,
        wFlags | pending | (depth > 0 ? T_PAREN : 0) | (letters >= 2 && uppers === letters ? T_ALLCAPS : 0),
        plain ? finishHash(h) : hashToken(cur),
      );
      pending = 0;
      wStart = -1;
    }
    if (i >= n) break;
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85) pending |= T_LINE;
    else if (c === 38 || c === 0xff06) {
      put(out, count++, 'and', text.slice(i, i + width), T_AMP | pending | (depth > 0 ? T_PAREN : 0), AND_HASH);
      pending = 0;
    } else if (f?.cls === C_CJK) {
      put(out, count++, f.s, text.slice(i, i + width), T_CJK | pending | (depth > 0 ? T_PAREN : 0), hashToken(f.s));
      pending = 0;
    } else if (c === 40 || c === 91 || c === 123 || f?.open === 1) depth++;
    else if (c === 41 || c === 93 || c === 125 || f?.open === -1) depth = depth > 0 ? depth - 1 : 0;
    else if (isAsciiBreak(c) || f?.brk) pending |= T_BREAK;
    i += width - 1;
  }
  return count;
}

/** Folded token strings of a short text (names, list entries). */
export function tokenStrings(text: string): string[] {
  return splitName(text).map((x) => x.s);
}
