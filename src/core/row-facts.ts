// Which goods and origins belong together. On a quote table or an invoice each row has its own
// HS code and origin, and html-to-text / the content script put a row on one line: pair codes and
// origins on the same line first, and fall back to the whole page only when a line has no partner.
import type { HsHit } from './hs-detect';
import type { OriginHit } from './origin-detect';
import { riskRowsFor, type RiskContext } from './risk-context';
import type { PageFacts } from './risk-rules';

export class LineIndex {
  private readonly breaks: number[] = [];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.breaks.push(i);
  }

  /** 0-based line number of a text offset. */
  lineOf(pos: number): number {
    let lo = 0;
    let hi = this.breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.breaks[mid] as number) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
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

/** Facts for each HS hit and each origin hit: its own line's partners, else the page's. */
export function rowFacts(
  ctx: RiskContext,
  text: string,
  hs: readonly HsHit[],
  origins: readonly OriginHit[],
  page: PageFacts,
): { forHs: (h: HsHit) => PageFacts; forOrigin: (o: OriginHit) => PageFacts } {
  if (hs.length === 0 || origins.length === 0) return { forHs: () => page, forOrigin: () => page };
  const lines = new LineIndex(text);
  const hsLines = byLine(hs, lines);
  const originLines = byLine(origins, lines);
  return {
    forHs: (h) => {
      const own = originLines.get(lines.lineOf(h.start));
      return own ? { origins: new Set(own.map((o) => o.ref.key)), goods: page.goods } : page;
    },
    forOrigin: (o) => {
      const own = hsLines.get(lines.lineOf(o.start));
      if (!own) return page;
      const goods = new Map<string, string>();
      for (const h of own) for (const r of riskRowsFor(ctx, h.digits).rows) if (!goods.has(r.good)) goods.set(r.good, `HS ${h.digits}`);
      return { origins: page.origins, goods };
    },
  };
}
