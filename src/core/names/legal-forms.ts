// Legal-form recognition over token streams: "Co., Ltd." / "Co.,Ltd" / "CO LTD" / "Company Limited" /
// "GmbH" / "S.A. de C.V." / "Sdn. Bhd." / 有限公司 ... all become token sequences of the same folded
// tokens, so one small trie keyed by token hash recognises them in names and in page text alike.
import { RIGOUR_FORMS } from './legal-forms-data';
import { hashToken, T_ALLCAPS, T_CJK, T_UPPER, type Tokens } from '../text/normalize';
import { tokenStrings } from '../text/split-name';
import { hashBits, hasHashBit, setHashBit } from '../text/hash-bits';

// Forms missing from rigour's table or spelled differently in Asian trade pages. Chained forms
// ("Co., Ltd.", "Pvt. Ltd.") are handled by consuming forms repeatedly, so parts suffice.
const EXTRA = [
  'co',
  'company',
  'corp',
  'corporation',
  'company limited',
  'co limited',
  'co ltd',
  'co ltd co',
  'pvt',
  'pvt ltd',
  'private limited',
  'tbk',
  'oao',
  'zao',
  'pao',
  'kk',
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'l l c',
  'plc',
  'gmbh',
  'ag',
  'sa',
  's a',
  'sa de cv',
  's de rl',
  's de rl de cv',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'sdn bhd',
  'bhd',
  'berhad',
  'pt',
  'jsc',
  'ojsc',
  'cjsc',
  'pjsc',
  'jv',
  'pte',
  'pte ltd',
  'pty',
  'pty ltd',
  'ltda',
  'eireli',
  'dooel',
  'doo',
  'd o o',
  'as',
  'asa',
  'ab',
  'oy',
  'oyj',
  'kg',
  'ohg',
  'lp',
  'llp',
  'trading co',
  'group co',
  'group company',
  'holdings co',
  'joint stock company',
  'stock company',
  'ooo',
  'company ltd',
  'corp ltd',
  'co inc',
  'o o o',
  'p t',
  'pt tbk',
  '有限公司',
  '股份有限公司',
  '有限责任公司',
  '股份公司',
  '集团有限公司',
  '集团股份有限公司',
  '集团公司',
  '公司',
  '有限会社',
  '株式会社',
  '合资公司',
  '无限公司',
  '分公司',
];

/** Forms too short or too common to accept in page text unless written in capitals. */
const WORDY = new Set([
  'as',
  'at',
  'is',
  'in',
  'on',
  'an',
  'no',
  'so',
  'do',
  'go',
  'us',
  'me',
  'we',
  'he',
  'it',
  'of',
  'or',
  'to',
  'up',
  'be',
  'by',
  'my',
  'am',
  'if',
  'pa',
  'pe',
  'pr',
  'ok',
  'ad',
  'ag',
  'ab',
  'se',
  'sa',
  'ca',
  'na',
  'ii',
  'im',
  'ip',
  'ps',
  'pc',
  'pp',
  'rt',
  'ei',
  'ky',
  'uu',
  'ou',
  'og',
  'od',
  'eg',
  'ek',
  'ev',
  'gp',
  'dd',
  'ae',
  'ao',
  'ay',
  'bt',
  'hf',
  'ik',
  'kb',
  'kd',
  'ks',
  'ku',
  'kv',
  'lc',
  'll',
  'lt',
  'nl',
  'qk',
  'rf',
  'rp',
  'rs',
  'ry',
  'sb',
  'sc',
  'sd',
  'sf',
  'tu',
  'ug',
  'xk',
  'xt',
  'yk',
  'yu',
  'zs',
  'co',
]);
// Generic words that are forms only in a chain ("Trading Co."), never alone.
const NOT_ALONE = new Set(['company', 'corporation', '公司', '分公司']);

interface Node {
  next: Map<number, Node>;
  /** Length of the form ending here (tokens), 0 when none. */
  end: number;
  form: string;
}

function node(): Node {
  return { next: new Map(), end: 0, form: '' };
}

export class LegalForms {
  private readonly root = node();
  private readonly wordy = new Set<number>();

  /**
   * Bit set (2^17 bits) over the hashes of the words forms begin with: most words a caller asks
   * about begin none, and the bit says so without a lookup in the root's map.
   */
  private readonly firstBits = hashBits(17);
  /** NOT_ALONE as hash sequences (made with the table, not when the module loads: it folds CJK). */
  private readonly notAloneH: readonly number[][] = [...NOT_ALONE].map((w) => tokenStrings(w).map(hashToken));

  /** `folded`: forms already folded and their words joined by single spaces (RIGOUR_FORMS). */
  constructor(forms: Iterable<string>, folded: Iterable<string> = []) {
    // Split as they are, not folded again: folding 1,700 forms letter by letter was most of a woken
    // worker's first scan (10 to 20 ms); a unit test holds them equal to their folded words.
    for (const f of folded) this.add(f, f.split(' '));
    for (const f of forms) this.add(f);
    for (const w of WORDY) this.wordy.add(hashToken(w));
    for (const h of this.root.next.keys()) setHashBit(this.firstBits, h);
  }

  private add(form: string, toks: readonly string[] = tokenStrings(form)): void {
    if (toks.length === 0) return;
    // Cyrillic or Greek forms that fold to Latin letters ("но", "ро", "ао") would turn ordinary
    // Latin words ("Ho", "PO", "AO") into legal forms: keep only those that stay non-Latin.
    if (/[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]/u.test(form) && toks.every((t) => /^[a-z0-9]+$/u.test(t))) return;
    let n = this.root;
    for (const tk of toks) {
      const h = hashToken(tk);
      let nx = n.next.get(h);
      if (!nx) {
        nx = node();
        n.next.set(h, nx);
      }
      n = nx;
    }
    n.end = toks.length;
    n.form = toks.join(' ');
  }

  /** Longest single form starting at token k (strict: page-text rules on capitals apply). */
  private one(t: Tokens, k: number, strict: boolean): number {
    if (k >= t.count || !hasHashBit(this.firstBits, t.hash[k] as number)) return 0;
    let n: Node | undefined = this.root;
    let best = 0;
    for (let j = k; j < t.count && n; j++) {
      n = n.next.get(t.hash[j] ?? 0);
      if (!n) break;
      if (n.end) {
        const len = j - k + 1;
        if (strict && len === 1) {
          const f = t.flags[k] ?? 0;
          const w = t.end[k]! - t.start[k]!;
          if (!(f & T_CJK)) {
            if (w <= 3 && !(f & T_UPPER)) continue;
            if (this.wordy.has(t.hash[k] ?? 0) && !(f & T_ALLCAPS) && (t.hash[k] ?? 0) !== CO) continue;
            if (this.wordy.has(t.hash[k] ?? 0) && (t.hash[k] ?? 0) === CO && !(f & T_UPPER)) continue;
          }
        }
        best = len;
      }
    }
    return best;
  }

  // Compared hash by hash: this runs for every name hit, and a key string of the hashes cost more
  // than the rest of the legal-form test.
  private notAlone(t: Tokens, k: number, j: number): boolean {
    for (const hs of this.notAloneH) {
      if (hs.length !== j - k) continue;
      let i = 0;
      while (i < hs.length && hs[i] === t.hash[k + i]) i++;
      if (i === hs.length) return true;
    }
    return false;
  }

  /** Forms chained from token k on ("Co., Ltd." = co + ltd). Returns tokens consumed (0 = none). */
  consume(t: Tokens, k: number, strict = true): number {
    let j = k;
    for (let guard = 0; guard < 4 && j < t.count; guard++) {
      const len = this.one(t, j, strict);
      if (!len) break;
      j += len;
    }
    // Asked of every page token by the supplier extraction: most begin no form.
    if (j === k) return 0;
    if (strict && j - k <= 3 && this.notAlone(t, k, j)) return 0;
    return j - k;
  }

  /** Longest form in hashes[from..to) starting at `from` (0 when none). */
  prefixLengthH(hashes: readonly number[], from: number, to: number): number {
    if (from >= to || !hasHashBit(this.firstBits, hashes[from] as number)) return 0;
    let n: Node | undefined = this.root;
    let best = 0;
    for (let j = from; j < to && n; j++) {
      n = n.next.get(hashes[j] as number);
      if (n?.end) best = j - from + 1;
    }
    return best;
  }

  /** Whether hashes[from..to) is exactly one form. */
  isFormH(hashes: readonly number[], from: number, to: number): boolean {
    if (from >= to || !hasHashBit(this.firstBits, hashes[from] as number)) return false;
    let n: Node | undefined = this.root;
    for (let j = from; j < to && n; j++) n = n.next.get(hashes[j] as number);
    return n !== undefined && n.end > 0;
  }
}

const CO = hashToken('co');
// Forms written with a full stop ("Ltd.", "Inc.", "S.A."): a dot right after them belongs to the name.
const DOTTED = new Set(
  ['ltd', 'inc', 'co', 'corp', 'bhd', 'pte', 'pty', 'pvt', 'sdn', 'tbk', 'cia', 'ltda', 'mfg', 'intl', 'bros'].map(
    hashToken,
  ),
);
/** Whether a '.' right after token k is part of the legal form. */
export function dotBelongs(t: Tokens, k: number): boolean {
  const h = t.hash[k] ?? 0;
  const len = (t.end[k] ?? 0) - (t.start[k] ?? 0);
  return DOTTED.has(h) || (len === 1 && !((t.flags[k] ?? 0) & T_CJK));
}

let shared: LegalForms | undefined;
/** The process-wide table (built once: about 1,800 forms, a few ms). */
export function legalForms(): LegalForms {
  shared ??= new LegalForms(EXTRA, RIGOUR_FORMS.split('|'));
  return shared;
}

/**
 * Split folded name tokens into [leading form, core, trailing forms]. Trailing forms are stripped
 * repeatedly so chained forms ("Co., Ltd.", "Group Co., Ltd.") go; one leading form ("PT", "OOO").
 */
const LEADING = new Set([
  'pt',
  'ooo',
  'oao',
  'zao',
  'pao',
  'jsc',
  'ojsc',
  'cjsc',
  'pjsc',
  'cv',
  'tov',
  'ao',
  'tbk',
  'p t',
  'o o o',
]);

/** The range of toks[0..n) left when leading and trailing legal forms are taken off. */
export function stripForms(
  toks: readonly string[],
  hashes?: readonly number[],
  n = toks.length,
): { from: number; to: number } {
  const lf = legalForms();
  const hs = hashes ?? toks.map(hashToken);
  let from = 0;
  let to = n;
  const lead = lf.prefixLengthH(hs, 0, to);
  if (lead > 0 && lead < to && LEADING.has(toks.slice(0, lead).join(' '))) from = lead;
  // Strip from the end: the earliest p such that toks[p..to) is one form, repeatedly (chains).
  for (let guard = 0; guard < 4; guard++) {
    let cut = -1;
    for (let p = Math.max(from + 1, to - 6); p < to; p++) {
      if (lf.isFormH(hs, p, to)) {
        cut = p;
        break;
      }
    }
    if (cut < 0) break;
    to = cut;
  }
  return { from, to };
}
