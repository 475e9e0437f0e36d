// Lookup tables the risk rules need, compiled once from RiskData.
import type {
  Eo13126Entry,
  HsEntry,
  HsRiskEntry,
  ListMeta,
  RiskData,
  TipEntry,
  TvpraEntry,
  WroEntry,
} from '../lists/types';

export interface RiskContext {
  hs: Set<string>;
  hsDescription: Map<string, string>;
  /** hs-risk-map rows by their code (2, 4 or 6 digits). */
  hsRisk: Map<string, HsRiskEntry[]>;
  /** Codes of the risk map by heading, for 4-digit page codes that only *may* fall in a row. */
  hsRiskByHeading: Map<string, HsRiskEntry[]>;
  tvpra: Map<string, TvpraEntry[]>; // by good
  eo: Map<string, Eo13126Entry[]>; // by product
  tip: Map<string, TipEntry>;
  /** Region- and country-wide orders (Xinjiang, Turkmenistan cotton, Malawi tobacco). */
  areaOrders: WroEntry[];
  meta: Partial<Record<string, ListMeta>>;
  countryName: Map<string, string>;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

export function buildRiskContext(data: RiskData): RiskContext {
  const b = data.builtin;
  const hs = new Set<string>();
  const hsDescription = new Map<string, string>();
  for (const e of (b.hs?.entries ?? []) as HsEntry[]) {
    hs.add(e.code);
    hsDescription.set(e.code, e.description);
  }
  const hsRisk = new Map<string, HsRiskEntry[]>();
  const hsRiskByHeading = new Map<string, HsRiskEntry[]>();
  for (const r of b['hs-risk-map']?.entries ?? []) {
    if (!r.code) continue;
    push(hsRisk, r.code, r);
    if (r.code.length === 6) push(hsRiskByHeading, r.code.slice(0, 4), r);
  }
  const tvpra = new Map<string, TvpraEntry[]>();
  for (const e of b['dol-tvpra']?.entries ?? []) push(tvpra, e.good.normalize('NFC'), e);
  const eo = new Map<string, Eo13126Entry[]>();
  for (const e of b['dol-eo13126']?.entries ?? []) push(eo, e.product.normalize('NFC'), e);
  const tip = new Map<string, TipEntry>();
  for (const e of b['tip-tiers']?.entries ?? []) tip.set(e.iso2, e);
  const areaOrders = (b['cbp-wro']?.entries ?? []).filter((e) => e.scope !== 'entity');
  const meta: Partial<Record<string, ListMeta>> = {};
  for (const [id, s] of Object.entries(b)) if (s) meta[id] = s.meta;
  const countryName = new Map<string, string>();
  for (const c of b.countries?.entries ?? []) countryName.set(c.iso2, c.name);
  countryName.set('CN-XJ', 'Xinjiang (China)');
  return { hs, hsDescription, hsRisk, hsRiskByHeading, tvpra, eo, tip, areaOrders, meta, countryName };
}

/** Risk-map rows for a page code: exact prefix rows, and (for a bare heading) possible rows. */
export function riskRowsFor(ctx: RiskContext, digits: string): { rows: HsRiskEntry[]; possible: HsRiskEntry[] } {
  const rows: HsRiskEntry[] = [];
  for (const len of [2, 4, 6]) {
    if (digits.length < len) break;
    rows.push(...(ctx.hsRisk.get(digits.slice(0, len)) ?? []));
  }
  const possible = digits.length === 4 ? (ctx.hsRiskByHeading.get(digits) ?? []) : [];
  return { rows, possible };
}
