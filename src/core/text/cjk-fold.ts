// Traditional -> simplified Chinese fold for name matching, from OpenCC's character table
// (trad-simp-data.ts, generated). Lists and pages fold alike, so 新疆中泰化學 and 新疆中泰化学 match.
import { TRAD_SIMP_PAIRS } from './trad-simp-data';
import { pairTable } from './pair-table';

// Made on first use: every wake of the service worker runs the modules' top level, and most
// never fold a Chinese character.
let MAP: Map<string, string> | undefined;
function table(): Map<string, string> {
  if (MAP) return MAP;
  MAP = pairTable(TRAD_SIMP_PAIRS);
  // Variant forms seen in company names that OpenCC's character table leaves alone: Japanese
  // shinjitai (経 広 沢), the old factory form 厰, and Taiwan's 矽 for silicon (mainland 硅).
  for (const [t, s] of [
    ['経', '经'],
    ['広', '广'],
    ['沢', '泽'],
    ['厰', '厂'],
    ['矽', '硅'],
  ] as const)
    MAP.set(t, s);
  return MAP;
}

/** Simplified form of one character (identity when unknown or already simplified). */
export function tradToSimp(ch: string): string {
  return table().get(ch) ?? ch;
}

/** Every traditional (or variant) character the fold knows, for tests. */
export function tradSimpPairs(): ReadonlyMap<string, string> {
  return table();
}
