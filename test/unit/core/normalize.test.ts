import { describe, expect, it } from 'vitest';
import {
  foldText,
  hashToken,
  tokenize,
  tokenizeInSteps,
  tokenString,
  T_ALLCAPS,
  T_AMP,
  T_BREAK,
  T_CJK,
  T_LINE,
  T_PAREN,
  T_UPPER,
} from '../../../src/core/text/normalize';
import { splitName, splitNameInto, type NameToken } from '../../../src/core/text/split-name';
import { hasWord, isPageWord, wordSet } from '../../../src/core/text/word-sets';
import { tradSimpPairs, tradToSimp } from '../../../src/core/text/cjk-fold';
import { LOOKALIKE_PAIRS } from '../../../src/core/text/lookalike-data';
import { pairTable } from '../../../src/core/text/pair-table';
import { canonicalPlaceToken, placeVariantGroups } from '../../../src/core/names/place-variants';
import { isCommonWord } from '../../../src/core/names/common-words';

const words = (s: string): string[] => {
  const t = tokenize(s);
  return Array.from({ length: t.count }, (_, k) => tokenString(s, t, k));
};

describe('foldText', () => {
  it.each([
    ['Société Générale', 'societe generale'],
    ['ÜRÜMQI', 'urumqi'],
    ['Ｈｅｔｉａｎ　Ｔａｉｄａ', 'hetian taida'],
    ['Co.,Ltd', 'co ltd'],
    ['CO LTD', 'co ltd'],
    ['Procter & Gamble', 'procter and gamble'],
    ['AT＆T', 'at and t'],
    ["O'Brien Xi'an", 'obrien xian'],
    ['Straße', 'strasse'],
    ['新疆中泰化學', '新疆中泰化学'],
    ['和田浩林髮飾有限公司', '和田浩林发饰有限公司'],
    ['Açaí', 'acai'],
    ['ﬁne', 'fine'],
    ['６１０９．１０', '6109 10'],
  ])('%j -> %j', (input, out) => {
    expect(foldText(input)).toBe(out);
  });
  it('decomposed (NFD) and composed input fold alike', () => {
    expect(foldText('Ac\u0327ai\u0301 Berries')).toBe(foldText('Açaí Berries'));
  });
});

describe('tokenize', () => {
  it('keeps UTF-16 offsets into the original text', () => {
    const s = 'ＡＢ 新疆 x';
    const t = tokenize(s);
    expect(Array.from({ length: t.count }, (_, k) => s.slice(t.start[k], t.end[k]))).toEqual(['ＡＢ', '新', '疆', 'x']);
  });
  it('splits CJK per character and marks it', () => {
    const t = tokenize('供应商新疆');
    expect(t.count).toBe(5);
    for (let k = 0; k < t.count; k++) expect((t.flags[k] ?? 0) & T_CJK).toBeTruthy();
  });
  it('sets flags for case, brackets, breaks and lines', () => {
    const t = tokenize('ACME Corp (Shanshan), x\nY');
    expect((t.flags[0] ?? 0) & T_ALLCAPS).toBeTruthy();
    expect((t.flags[1] ?? 0) & T_UPPER).toBeTruthy();
    expect((t.flags[2] ?? 0) & T_PAREN).toBeTruthy();
    expect((t.flags[3] ?? 0) & T_BREAK).toBeTruthy();
    expect((t.flags[4] ?? 0) & T_LINE).toBeTruthy();
  });
  // tokenize() reads the text as UTF-8, a stretch at a time: the seams must not show.
  const pieces = [
    'Zijin',
    'mining',
    "O'Brien",
    'café',
    'ÉCOLE',
    '中国',
    '𝐀𝐁c',
    'x\ud800y',
    '\udc00',
    '12,5',
    '&',
    '＆',
    '(Hotan)',
    '[a',
    'b]',
    'Straße',
    '\n',
    ', ',
    '. ',
    '  ',
    'Ｆｕｌｌ',
    'نص',
    '\u0085',
    '\u2028',
    '😀',
    'Ltd.',
  ];
  function mixedText(length: number, seed: number): string {
    let x = seed;
    const pick = (n: number): number => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return (x >>> 8) % n;
    };
    let text = '';
    while (text.length < length) text += (pieces[pick(pieces.length)] as string) + (pick(3) === 0 ? '' : ' ');
    return text;
  }
  const tokensOf = (t: ReturnType<typeof tokenize>): number[][] =>
    Array.from({ length: t.count }, (_, k) => [t.hash[k], t.start[k], t.end[k], t.flags[k]] as number[]);

  it('gives the same tokens whatever the stretch: words, surrogate pairs and brackets across the seams', () => {
    for (const seed of [1, 2, 3]) {
      const text = mixedText(3000, seed);
      const whole = tokensOf(tokenizeInSteps(text, text.length));
      expect(whole.length).toBeGreaterThan(500);
      for (const step of [2, 3, 5, 64, 1001]) expect(tokensOf(tokenizeInSteps(text, step))).toEqual(whole);
    }
  });
  it('keeps offsets right after characters of two to four bytes, over many stretches', () => {
    const text = mixedText(80_000, 9);
    const t = tokenize(text);
    for (let k = 0; k < t.count; k++)
      if (!((t.flags[k] ?? 0) & T_AMP)) expect(hashToken(tokenString(text, t, k))).toBe(t.hash[k]);
    // A surrogate pair on the first stretch's last unit, inside a word that runs on into the next.
    const seam = 'a'.repeat(32_767) + '𝐀bc d';
    const s = tokenize(seam);
    expect(s.count).toBe(2);
    expect([s.start[0], s.end[0], s.start[1]]).toEqual([0, 32_771, 32_772]);
    expect(s.hash[0]).toBe(hashToken('a'.repeat(32_768) + 'bc'));
    expect(tokensOf(s)).toEqual(tokensOf(tokenizeInSteps(seam, 7)));
  });
  it('handles astral characters and lone surrogates without throwing', () => {
    expect(words('a\ud83d\ude00b \ud800 c')).toEqual(['a', 'b', 'c']);
  });
  it('reuses a buffer and grows it', () => {
    const a = tokenize('x y');
    const long = 'word '.repeat(10000);
    const b = tokenize(long, a);
    expect(b.count).toBe(10000);
    const c = tokenize('p q', b);
    expect(c).toBe(b);
    expect(c.count).toBe(2);
  });
  it("gives each page token its folded word's hash (word sets are asked by hash first)", () => {
    const text =
      "L'Oréal S.A. & Co — ＸＹＺ　Ｃｏ．, 新疆中泰(集團) Straße ÆON Şahin İstanbul O'Brien's x2 \ud835\udc00BC " +
      'Ⅻ ﬁne ǅemal Κόσμος Москва Zürich 5205.33';
    const t = tokenize(text);
    for (let k = 0; k < t.count; k++)
      expect(t.hash[k], tokenString(text, t, k)).toBe(hashToken(tokenString(text, t, k)));
  });
  it('splitName agrees with tokenize on tokens and flags', () => {
    for (const s of [
      'Hetian Taida Apparel Co.,Ltd.',
      'A.B.C. (Hong Kong) Ltd & Co',
      '新疆中泰(集团)有限责任公司',
      "L'Oréal S.A.",
      'ＸＹＺ　Ｃｏ．',
    ]) {
      const t = tokenize(s);
      const n = splitName(s);
      expect(n.map((x) => x.s)).toEqual(words(s));
      expect(n.map((x) => x.flags)).toEqual(Array.from(t.flags.slice(0, t.count)));
      // The hash worked out on the way is the folded word's, and the page tokenizer's.
      expect(n.map((x) => x.h)).toEqual(n.map((x) => hashToken(x.s)));
      expect(n.map((x) => x.h)).toEqual(Array.from(t.hash.slice(0, t.count)));
    }
  });
  it('splitNameInto writes over the tokens of a longer name before it', () => {
    const reused: NameToken[] = [];
    for (const s of ['Zhuhai Apex Microelectronics (HK) Co., Ltd.', 'A & B 深圳', 'Meike', '', "O'Brien Trading"]) {
      const count = splitNameInto(s, reused);
      expect(reused.slice(0, count)).toEqual(splitName(s));
    }
  });
});

describe('word sets', () => {
  // Two words with one hashToken(): found by hash first, each must still be itself.
  const [a, b] = ['qjefnqk', 'xrztkjru'] as const;
  it('tell apart words that share a hash', () => {
    expect(hashToken(a)).toBe(hashToken(b));
    const both = wordSet([a, b]);
    const one = wordSet([a, 'meike']);
    expect([hasWord(both, a, hashToken(a)), hasWord(both, b, hashToken(b))]).toEqual([true, true]);
    expect([hasWord(one, a, hashToken(a)), hasWord(one, b, hashToken(b))]).toEqual([true, false]);
    const text = `${b.toUpperCase()} and ${a} Meike`;
    const t = tokenize(text);
    expect([0, 1, 2, 3].map((k) => isPageWord(text, t, k, one))).toEqual([false, false, true, true]);
    expect([0, 1, 2, 3].map((k) => isPageWord(text, t, k, both))).toEqual([true, false, true, false]);
    expect(isPageWord(text, t, 4, one)).toBe(false);
  });
});

describe('traditional -> simplified (OpenCC table)', () => {
  it.each([
    ['綠', '绿'],
    ['華', '华'],
    ['髮', '发'],
    ['業', '业'],
    ['團', '团'],
    ['蘭', '兰'], // not in the old hand list
    ['鄧', '邓'],
    ['薴', '苎'], // a chain in OpenCC (薴 -> 苧 -> 苎), folded to its end
    ['経', '经'], // variant forms added beside OpenCC's table
    ['矽', '硅'],
    ['绿', '绿'],
    ['a', 'a'],
  ])('%s -> %s', (a, b) => expect(tradToSimp(a)).toBe(b));
  it('maps Han characters to other Han characters, each to a form that folds no further', () => {
    const pairs = [...tradSimpPairs()];
    expect(pairs.length).toBeGreaterThan(2500);
    for (const [t, s] of pairs) {
      expect(t).not.toBe(s);
      expect(t + s).toMatch(/^\p{Script=Han}{2}$/u);
      expect(tradToSimp(s), `${t} -> ${s}`).toBe(s);
    }
  });
  it('folds a traditional name to its simplified form', () => {
    expect(foldText('新疆東方希望有色金屬有限公司')).toBe(foldText('新疆东方希望有色金属有限公司'));
  });
});

describe('look-alike letters (Unicode confusables)', () => {
  it.each([
    ['Armenian o', 'Xinjiang Zh\u0585ngtai'],
    ['small capital O', 'Xinjiang Zh\u1D0Fngtai'],
    ['Cyrillic a and e', 'Xinji\u0430ng Zhongt\u0430i'],
    ['Greek omicron', 'Xinjiang Zh\u03BFngtai'],
    ['Cherokee and Lisu capitals', 'XINJIANG \uA4DCHONGTAI'],
    ['dotless i', 'X\u0131njiang Zhongtai'],
  ])('%s', (_label, text) => expect(foldText(text)).toBe('xinjiang zhongtai'));
  it('keys are folded non-ASCII letters, values one Latin letter', () => {
    const table = pairTable(LOOKALIKE_PAIRS);
    expect(table.size).toBeGreaterThan(250);
    for (const [k, v] of table) {
      expect(k.codePointAt(0)).toBeGreaterThan(127);
      expect(v).toMatch(/^[a-z]$/);
      expect(foldText(k), k).toBe(v);
    }
  });
  it('folds capitals and small letters of one script alike', () => {
    for (const k of pairTable(LOOKALIKE_PAIRS).keys()) {
      const upper = k.toUpperCase();
      if (Array.from(upper).length !== 1 || upper === k || upper.toLowerCase() !== k) continue;
      expect(foldText(upper), `${upper} / ${k}`).toBe(foldText(k));
    }
    expect(foldText('МЕТАЛЛ ТРЕЙД')).toBe(foldText('металл трейд'));
  });
  it('leaves letters with no Latin look-alike alone', () => {
    // Ω and ж have no Latin look-alike (г is drawn like r, м like m).
    expect(foldText('Ωмега ж')).toBe('ωmera ж');
    expect(foldText('中泰')).toBe('中泰');
  });
});

describe('place spellings', () => {
  it.each([
    ['hotan', 'hetian'],
    ['khotan', 'hetian'],
    ['kashgar', 'kashi'],
    ['aksu', 'akesu'],
    ['ili', 'yili'],
    ['urumqi', 'wulumuqi'],
    ['shenzhen', 'shenzhen'],
  ])('%s -> %s', (a, b) => {
    expect(canonicalPlaceToken(a)).toBe(b);
    expect(canonicalPlaceToken(a, hashToken(a))).toBe(b);
  });
  it('gives every spelling the same answer with its hash as without', () => {
    const words = [...placeVariantGroups().flat(), 'shenzhen', 'textile', 'taida', 'co'];
    for (const w of words) expect(canonicalPlaceToken(w, hashToken(w))).toBe(canonicalPlaceToken(w));
  });
});

describe('common words', () => {
  it('gives every word the same answer with its hash as without', () => {
    const text =
      'global international trading import export textile garment apparel digital smart green blue red ' +
      'white machinery equipment energy oil gas mining the and of for co ltd limited inc corp ' +
      'hetian taida meike zijin shenzhen haolin ninestar xinjiang';
    let common = 0;
    for (const w of text.split(' ')) {
      expect(isCommonWord(w, hashToken(w))).toBe(isCommonWord(w));
      if (isCommonWord(w)) common++;
    }
    expect(common).toBeGreaterThan(20);
  });
});
