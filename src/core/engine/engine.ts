// createEngine: compiles RiskData once (name index, HS tables, place and country names, product
// words) and scans page text against it in one tokenisation pass. Pure: no browser or node APIs,
// so the service worker and the CLI share it (the content script only sends text and draws).
import type { Engine, Finding, NameMatch, ScanHints } from './engine-api';
import { detectHs } from '../detect/hs-detect';
import type { RiskData } from '../lists/types';
import { MatchIndex } from '../names/match-index';
import { tokenize, type Tokens } from '../text/normalize';
import { detectOrigins, type OriginHit, type OriginTables } from '../detect/origin-detect';
import { placeTables, type PlaceTables } from './place-tables';
import { collectParties, indexParties, type Party } from '../suppliers/parties';
import type { PhraseIndex } from '../names/phrase-index';
import { buildRiskContext, riskRowsFor, type RiskContext } from '../risk/risk-context';
import { hsVerdict, originVerdict, type PageFacts } from '../risk/risk-rules';
import { rowFacts, type GoodHit } from '../risk/row-facts';
import { nearestNames, screenName } from '../screen/screen';
import { noteCloseNames } from '../screen/near';
import { hasInvisible, mergeStripped, stripInvisible } from '../text/invisible';
import { SpanSet } from '../text/spans';
import { extractedFindings } from '../suppliers/supplier-findings';
import type { PinyinIndex } from '../names/pinyin-names';
import { supplierFindings } from '../suppliers/supplier-match';

export interface EngineInternals {
  countryWords: Set<string>;
  index: MatchIndex;
  parties: Party[];
  ctx: RiskContext;
  origin: OriginTables;
  goods: PhraseIndex<string>;
  /** Token buffer reused from scan to scan (scans never overlap: JS is single-threaded). */
  tokens?: Tokens;
  /** Listed pinyin names, built when a page first shows a Chinese company name. */
  pinyin?: PinyinIndex;
}

export interface LaborLensEngine extends Engine {
  readonly internals: EngineInternals;
}

export interface EngineOptions {
  /**
   * The compiled name index of exactly these lists, loaded from storage (MatchIndex.fromImage):
   * used instead of indexing every name again. Ignored when it names parties the lists lack.
   */
  index?: MatchIndex;
  /**
   * The parties of exactly these lists in collectParties' order, when the caller has them another
   * way (the worker's stored copy, read lazily): then `data`'s name lists are not read for parties
   * and may come without entries. Only with `index`, which must fit them.
   */
  parties?: Party[];
  /** engineTables(data), when the caller made them already. */
  tables?: EngineTables;
}

/** The engine's tables made from the lists other than the names: the risk rules, places, goods. */
export interface EngineTables {
  countryWords: Set<string>;
  ctx: RiskContext;
  origin: OriginTables;
  goods: PhraseIndex<string>;
}

/**
 * The engine's tables that do not depend on the name lists (createEngine makes them when not
 * given), so a caller can make them while it waits for something else, such as a stored index.
 * `made`: the place tables of exactly these lists, made before (the extension's packaged copy).
 */
export function engineTables(data: RiskData, made?: PlaceTables): EngineTables {
  const ctx = buildRiskContext(data);
  return { ctx, ...(made ?? placeTables(data, ctx)) };
}

/**
 * Makes what a name index still builds on its first scan (the word lengths, the root's children,
 * the step filter; an index made from lists rather than a stored image also its renumbered trie
 * and first-word typo tables), so a caller can pay for it while it waits for something else rather
 * than on the first page's scan.
 */
export function warmIndex(index: MatchIndex): void {
  // One Chinese character: its fold makes the look-alike and traditional-Chinese tables, which no
  // longer load with their modules (most wakes never fold a letter), before the first page needs them.
  const text = '中';
  index.scan(text, tokenize(text));
}

/**
 * A listing in the shape pages have (a Latin and a Chinese company name, a code, an origin), named
 * after no listed party: a first scan of it compiles the detectors' code and makes the index's
 * first-scan tables (see warmIndex) while the caller waits for something else.
 */
export const WARM_TEXT =
  'Supplier: Shenzhen Example Garment Trading Co., Ltd.\nCotton T-shirts, HS code 6109.10.00, ' +
  'Origin: Hotan, Xinjiang, China. MOQ 500 pieces.\n供应商：深圳市示例服装贸易有限公司 原产地：新疆和田\n';

export function warmEngine(engine: LaborLensEngine): void {
  engine.scan(WARM_TEXT);
}

export function createEngine(data: RiskData, opts: EngineOptions = {}): LaborLensEngine {
  const parties = opts.parties && opts.index ? opts.parties : collectParties(data);
  let index = opts.index;
  if (!index || !index.refsBelow(parties.length)) {
    index = new MatchIndex(
      parties.reduce((n, p) => n + 1 + p.entry.aliases.length + (p.entry.localNames?.length ?? 0), 0),
    );
    indexParties(index, parties);
  }
  const { countryWords, ctx, origin, goods } = opts.tables ?? engineTables(data);
  const internals: EngineInternals = { countryWords, index, parties, ctx, origin, goods };
  return {
    // The worker stores the compiled index and the CLI reports the list size from these.
    internals,
    scan(text: string, hints?: ScanHints): Finding[] {
      const base = scanText(internals, text, hints);
      if (!hasInvisible(text)) return base;
      const stripped = stripInvisible(text);
      return mergeStripped(
        text,
        base,
        stripped,
        scanText(internals, stripped.text, hints?.organisations ? { organisations: hints.organisations } : undefined),
      );
    },
    screen(name: string): NameMatch[] {
      return screenName(name, internals);
    },
    nearest(name: string, limit?: number): NameMatch[] {
      return nearestNames(name, internals, limit);
    },
  };
}

function scanText(e: EngineInternals, text: string, hints?: ScanHints): Finding[] {
  const t: Tokens = tokenize(text, e.tokens);
  e.tokens = t;
  const listed = supplierFindings(text, e.index.scan(text, t), e.parties);
  const hs = detectHs(text, { has: (c) => e.ctx.hs.has(c) }, hints, t);
  const origins = detectOrigins(text, t, e.origin, hints);
  const facts: PageFacts = { origins: new Set(origins.map((o) => o.ref.key)), goods: new Map() };
  for (const h of hs) {
    const { rows } = riskRowsFor(e.ctx, h.digits);
    for (const r of rows) if (!facts.goods.has(r.good)) facts.goods.set(r.good, `HS ${h.digits}`);
  }
  // A name repeated down a page (every listing of one seller) is looked up once per scan. The
  // closest entry is named even when whole-name screening would call it a match: the scan did
  // not, and a lead is what the note gives (no screening index is built for a page scan).
  const near = new Map<string, ReturnType<typeof nearestNames>>();
  const nearest = (n: string): ReturnType<typeof nearestNames> => {
    let got = near.get(n);
    if (!got) near.set(n, (got = nearestNames(n, e, 1, false)));
    return got;
  };
  const extracted = noteCloseNames(extractedFindings(text, t, hints, e, listed, origins), nearest);
  // A good named inside a company name ("... Garment Co., Ltd.") counts for the page, but does
  // not pair with an origin a few lines away: that may be the next listing's.
  const inNames = new SpanSet([...listed, ...extracted].filter((f) => f.kind === 'supplier'));
  const goodHits: GoodHit[] = [];
  for (const g of e.goods.scan(text, t)) {
    const how = `the word "${text.slice(g.start, g.end)}"`;
    if (!inNames.contains(g.start, g.end)) goodHits.push({ start: g.start, good: g.ref, how });
    if (!facts.goods.has(g.ref)) facts.goods.set(g.ref, how);
  }
  const out: Finding[] = [...listed];
  const rows = rowFacts(e.ctx, text, hs, origins, goodHits, facts);
  for (const h of hs) {
    const v = hsVerdict(e.ctx, h.digits, rows.forHs(h));
    out.push({
      kind: 'hs',
      text: text.slice(h.start, h.end),
      key: h.digits,
      severity: v.severity,
      explanation: v.explanation,
      list: v.list,
      score: h.context ? 1 : 0.85,
      why: h.context ? 'HS keyword or column' : 'tariff-code format',
      start: h.start,
      end: h.end,
      refs: v.refs,
    });
  }
  const verdicts = new Map<string, ReturnType<typeof originVerdict>>();
  out.push(...extracted);
  const names = new SpanSet(out.filter((f) => f.kind === 'supplier'));
  const inName = (o: OriginHit): boolean => names.contains(o.start, o.end);
  for (const o of origins) {
    // A place inside a company name is reported through the supplier, not twice.
    if (inName(o)) continue;
    const f = rows.forOrigin(o);
    const cacheKey = f === facts ? o.ref.key : `${o.ref.key}@${o.start}`;
    let v = verdicts.get(cacheKey);
    if (!v) verdicts.set(cacheKey, (v = originVerdict(e.ctx, o.ref.key, f)));
    out.push(originFinding(text, o, v));
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function originFinding(text: string, o: OriginHit, v: ReturnType<typeof originVerdict>): Finding {
  return {
    kind: 'origin',
    text: text.slice(o.start, o.end),
    key: o.ref.key,
    severity: v.severity,
    explanation: v.explanation,
    list: v.list,
    score: o.ref.weak ? 0.8 : 1,
    why: o.why,
    start: o.start,
    end: o.end,
    refs: v.refs,
  };
}
