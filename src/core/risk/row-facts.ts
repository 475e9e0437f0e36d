// Which goods and origins belong together. On a quote table or an invoice each row has its own
// HS code and origin, and the page reader (the content script's, in the CLI too) puts a table row
// on one line with its cells separated by tabs: pair codes and origins on the same line first. A
// listing's lines may borrow from the lines around them; a table row never borrows from another
// row, and falls back to the whole page only on a page that shows a single origin.
import type { HsHit } from '../detect/hs-detect';
import type { OriginHit } from '../detect/origin-detect';
import { riskRowsFor, type RiskContext } from './risk-context';
import { firstAtLeast } from '../text/spans';
import type { PageFacts } from './risk-rules';

export class LineIndex {
  private readonly breaks: number[] = [];
  private readonly rows = new Map<number, boolean>();

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.breaks.push(i);
  }

  /** The line is a table row (cells joined by tabs): it has its own facts or none. */
  isRow(line: number): boolean {
    let v = this.rows.get(line);
    if (v === undefined) {
      const s = line === 0 ? 0 : (this.breaks[line - 1] as number) + 1;
      const e = line < this.breaks.length ? (this.breaks[line] as number) : this.text.length;
      // The first tab at or after the line's start (found once per page: searching from each line
      // read a tabless 1 MB page to its end once per line).
      const tabs = (this.tabs ??= tabsOf(this.text));
      const tab = tabs[firstAtLeast(tabs, s)];
      this.rows.set(line, (v = tab !== undefined && tab < e));
    }
    return v;
  }

  private tabs: number[] | undefined;

  /** 0-based line number of a text offset. */
  lineOf(pos: number): number {
    return firstAtLeast(this.breaks, pos);
  }
}

function tabsOf(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\t'); i >= 0; i = text.indexOf('\t', i + 1)) out.push(i);
  return out;
}

function byLine<T extends { start: number }>(items: readonly T[], lines: LineIndex): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const it of items) {
    const l = lines.lineOf(it.start);
    const a = m.get(l);
    if (a) a.push(it);
    else m.set(l, [it]);
  }
  return m;
}

/** A good the page shows, where it shows it. */
export interface GoodHit {
  start: number;
  good: string;
  how: string;
}

/**
 * Lines around a line that still belong to the same listing (a card's title, product, origin and
 * code lines). Marketplace pages list many suppliers: pairing a good in one card with an origin
 * in the next would be a false alarm in front of a buyer.
 */
export const NEAR_LINES = 3;

/**
 * Facts for each HS hit and each origin hit: partners on its own line, else within a few lines,
 * else the whole page's, but only on a page that shows a single origin (a product page).
 */
export function rowFacts(
  ctx: RiskContext,
  text: string,
  hs: readonly HsHit[],
  origins: readonly OriginHit[],
  goods: readonly GoodHit[],
  page: PageFacts,
): { forHs: (h: HsHit) => PageFacts; forOrigin: (o: OriginHit) => PageFacts } {
  if (origins.length === 0) return { forHs: () => page, forOrigin: () => page };
  const lines = new LineIndex(text);
  const hsLines = byLine(hs, lines);
  const originLines = byLine(origins, lines);
  const goodLines = byLine(goods, lines);
  const onePlace = page.origins.size <= 1;
  const near = <T>(m: Map<number, T[]>, line: number): T[] => {
    const out: T[] = [];
    for (let l = line - NEAR_LINES; l <= line + NEAR_LINES; l++) out.push(...(m.get(l) ?? []));
    return out;
  };
  const goodsOf = (hsHits: readonly HsHit[], words: readonly GoodHit[]): Map<string, string> => {
    const m = new Map<string, string>();
    for (const h of hsHits)
      for (const r of riskRowsFor(ctx, h.digits).rows) if (!m.has(r.good)) m.set(r.good, `HS ${h.digits}`);
    for (const g of words) if (!m.has(g.good)) m.set(g.good, g.how);
    return m;
  };
  // Per line, computed once: a one-line page of 20,000 listings must stay linear.
  const hsCache = new Map<number, PageFacts>();
  const originCache = new Map<number, PageFacts>();
  const forHsLine = (line: number): PageFacts => {
    const own = originLines.get(line) ?? (lines.isRow(line) ? [] : near(originLines, line));
    if (own.length) return { origins: new Set(own.map((o) => o.ref.key)), goods: page.goods };
    return onePlace ? page : { origins: new Set(), goods: page.goods };
  };
  const forOriginLine = (line: number): PageFacts => {
    const ownHs = hsLines.get(line);
    const ownWords = goodLines.get(line);
    if (ownHs || ownWords) return { origins: page.origins, goods: goodsOf(ownHs ?? [], ownWords ?? []) };
    const nearGoods = lines.isRow(line)
      ? new Map<string, string>()
      : goodsOf(near(hsLines, line), near(goodLines, line));
    if (nearGoods.size) return { origins: page.origins, goods: nearGoods };
    return onePlace ? page : { origins: page.origins, goods: new Map() };
  };
  const cached = (cache: Map<number, PageFacts>, line: number, make: (l: number) => PageFacts): PageFacts => {
    let v = cache.get(line);
    if (!v) cache.set(line, (v = make(line)));
    return v;
  };
  return {
    forHs: (h) => cached(hsCache, lines.lineOf(h.start), forHsLine),
    forOrigin: (o) => cached(originCache, lines.lineOf(o.start), forOriginLine),
  };
}
