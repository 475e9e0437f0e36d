import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { readPinyin } from '../../../src/core/names/pinyin-reading';

const ROOT = join(import.meta.dirname, '../../..');
const read = (s: string): string[] => pinyin(s, { toneType: 'none', type: 'array' }).map((r) => r.replace(/ü/gu, 'v'));

/** Every run of two or more Chinese characters in a file. */
const runs = (path: string): string[] =>
  [...readFileSync(path, 'utf8').matchAll(/\p{Script=Han}{2,}/gu)].map((m) => m[0]);

describe('readPinyin (tables generated from pinyin-pro)', () => {
  it('reads every Chinese name in the bundled lists as pinyin-pro does', () => {
    const names = ['uflpa.json', 'xinjiang-places.json', 'countries.json'].flatMap((f) =>
      runs(join(ROOT, 'public/data', f)),
    );
    expect(names.length).toBeGreaterThan(400);
    const differ = names.filter((n) => readPinyin(n).join(' ') !== read(n).join(' '));
    expect(differ).toEqual([]);
  });

  it('agrees with pinyin-pro on the Chinese text of the eval pages (phrases with a reading of their own included)', () => {
    const dir = join(ROOT, 'test/fixtures/eval');
    const files = [
      ...readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .map((f) => join(dir, f)),
      ...readdirSync(join(dir, 'real')).map((f) => join(dir, 'real', f)),
    ];
    const all = files.flatMap(runs);
    expect(all.length).toBeGreaterThan(50);
    const differ = all.filter((n) => readPinyin(n).join(' ') !== read(n).join(' '));
    // pinyin-pro reads 了 after a verb as "le" by a rule of its own; a company name has no such 了.
    expect(differ.filter((n) => !n.includes('了'))).toEqual([]);
  });

  it('prefers a phrase reading to its characters, and keeps one reading per character', () => {
    expect(readPinyin('中国银行')).toEqual(['zhong', 'guo', 'yin', 'hang']);
    expect(readPinyin('行走')).toEqual(['xing', 'zou']);
    expect(readPinyin('绿色')).toEqual(['lv', 'se']);
    // Anything the tables do not know stands for itself, one UTF-16 unit each, so lengths line up.
    expect(readPinyin('和田𠀀')).toEqual(['he', 'tian', '\ud840', '\udc00']);
    expect(readPinyin('')).toEqual([]);
  });
});
