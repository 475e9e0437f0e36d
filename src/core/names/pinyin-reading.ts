// Toneless pinyin for Chinese characters, from the generated tables in pinyin-data.ts: a phrase
// read otherwise than its characters (银行 yin hang) wins, longest first; else each character's
// own reading; a character with none stands for itself. Decoded on first use: a woken service
// worker that meets no Chinese name never builds the 21,000-entry map.
import { PINYIN_CHARS, PINYIN_PHRASES } from './pinyin-data';

interface Tables {
  chars: Map<string, string>;
  phrases: Map<string, string[]>;
  longest: number;
}
let tables: Tables | undefined;

function decode(): Tables {
  const chars = new Map<string, string>();
  for (const group of PINYIN_CHARS.split('|')) {
    const syllable = /^[a-z]+/u.exec(group)?.[0] ?? '';
    for (let i = syllable.length; i < group.length; i++) chars.set(group[i] as string, syllable);
  }
  const phrases = new Map<string, string[]>();
  let longest = 1;
  for (const item of PINYIN_PHRASES.split('|')) {
    const [phrase = '', reading = ''] = item.split(':');
    phrases.set(phrase, reading.split(' '));
    longest = Math.max(longest, phrase.length);
  }
  return { chars, phrases, longest };
}

/** One reading per UTF-16 unit of `han` (a run of Chinese characters). */
export function readPinyin(han: string): string[] {
  const t = (tables ??= decode());
  const out: string[] = [];
  for (let i = 0; i < han.length;) {
    let n = Math.min(t.longest, han.length - i);
    for (; n > 1; n--) {
      const r = t.phrases.get(han.slice(i, i + n));
      if (r) {
        out.push(...r);
        break;
      }
    }
    if (n > 1) {
      i += n;
      continue;
    }
    const c = han[i] as string;
    out.push(t.chars.get(c) ?? c);
    i++;
  }
  return out;
}
