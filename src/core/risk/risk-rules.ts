// Severity and plain-language explanations for HS-code and origin findings, from what the whole
// page shows: goods (HS codes via the risk map, or product words) and origins.
//   high:   a DOL forced-labor pair (good + country) shown on the page; anything in Xinjiang;
//           a region/country-wide order covering the good and origin shown (Xinjiang cotton/tomatoes,
//           Turkmenistan cotton)
//   medium: a DOL child-labor-only pair; an HS code in a UFLPA high-priority sector with no origin
//           shown; an origin in a TIP Tier 3 country
//   info:   detected, no risk; lifted orders never rise above info.
import type { FindingRef } from '../engine/engine-api';
import type { HsRiskEntry, ListId, Severity, WroEntry } from '../lists/types';
import { riskRowsFor, type RiskContext } from './risk-context';
import { SEVERITY_RANK } from '../suppliers/supplier-rules';

export interface PageFacts {
  /** Origin keys shown on the page (ISO alpha-2, CN-XJ). */
  origins: Set<string>;
  /** DOL goods (and "UFLPA: ..." sectors) shown, with how: "HS 610910" or "the word cotton". */
  goods: Map<string, string>;
}

export interface RuleVerdict {
  severity: Severity;
  explanation: string;
  list: ListId | null;
  refs: FindingRef[];
}

interface Reason {
  severity: Severity;
  text: string;
  list: ListId | null;
  ref?: FindingRef;
  /** Reasons with the same key say one thing about several goods: written as one sentence. */
  group?: { key: string; item: string; say: (items: string[]) => string };
}

const joinAnd = (xs: string[]): string =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

/** One sentence per group ("DOL lists textiles and cotton from China..."), in first-seen order. */
function merged(reasons: Reason[]): Reason[] {
  const out: Reason[] = [];
  const groups = new Map<string, { at: number; items: string[]; say: (items: string[]) => string }>();
  for (const r of reasons) {
    if (!r.group) {
      out.push(r);
      continue;
    }
    const g = groups.get(r.group.key);
    if (g) {
      if (!g.items.includes(r.group.item)) g.items.push(r.group.item);
      continue;
    }
    groups.set(r.group.key, { at: out.length, items: [r.group.item], say: r.group.say });
    out.push(r);
  }
  for (const g of groups.values()) {
    const r = out[g.at] as Reason;
    out[g.at] = { ...r, text: g.say(g.items) };
  }
  return out;
}

const LIFTED = new Set(['modified', 'revoked', 'inactive', 'superseded']);

function best(reasons: Reason[], fallback: string): RuleVerdict {
  if (reasons.length === 0) return { severity: 'info', explanation: fallback, list: null, refs: [] };
  // One verdict per card: at equal severity the rule that binds most comes first (the UFLPA
  // presumption for Xinjiang, then CBP orders, then DOL's risk signals, then country context), so
  // the card's advice is the strongest rule's.
  reasons.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || strength(a.list) - strength(b.list));
  const top = reasons[0] as Reason;
  const seen = new Set<string>();
  const texts: string[] = [];
  for (const r of merged(reasons)) {
    if (seen.has(r.text)) continue;
    seen.add(r.text);
    texts.push(r.text);
    if (texts.length >= 3) break;
  }
  const refs = reasons.flatMap((r) => (r.ref ? [r.ref] : []));
  return { severity: top.severity, explanation: texts.join(' '), list: top.list, refs: dedupeRefs(refs) };
}

const STRENGTH: Partial<Record<string, number>> = {
  'xinjiang-places': 0,
  'cbp-wro': 1,
  'dol-eo13126': 2,
  'dol-tvpra': 3,
  'hs-risk-map': 4,
  'tip-tiers': 5,
};
const strength = (l: ListId | null): number => (l === null ? 9 : (STRENGTH[l] ?? 6));

function dedupeRefs(refs: FindingRef[]): FindingRef[] {
  const out = new Map<string, FindingRef>();
  for (const r of refs) out.set(`${r.list}|${r.entryId}`, r);
  return [...out.values()];
}

function countryLabel(ctx: RiskContext, iso: string): string {
  return ctx.countryName.get(iso) ?? iso;
}

/** Goods an area order covers, read from CBP's merchandise text. */
export function orderGoods(o: WroEntry): string[] {
  const m = o.merchandise.toLowerCase();
  const out: string[] = [];
  if (m.includes('cotton'))
    out.push('Cotton', 'Garments', 'Textiles', 'Thread/Yarn', 'UFLPA: cotton, cotton products and apparel');
  if (m.includes('tomato')) out.push('Tomatoes', 'Tomato Products', 'UFLPA: tomatoes and downstream products');
  if (m.includes('tobacco')) out.push('Tobacco');
  if (m.includes('gold')) out.push('Gold');
  return out;
}

function areaKey(o: WroEntry): string | undefined {
  if (o.scope === 'region') return o.region;
  if (o.scope === 'country') return o.country;
  return undefined;
}

/** Reasons from DOL pairs and area orders for one good at the page's origins. */
function goodReasons(ctx: RiskContext, good: string, origins: Set<string>, how: string): Reason[] {
  const out: Reason[] = [];
  const isos = new Set(origins);
  if (isos.has('CN-XJ')) isos.add('CN');
  const dolMeta = ctx.meta['dol-tvpra'];
  for (const e of ctx.tvpra.get(good) ?? []) {
    if (!isos.has(e.iso2)) continue;
    const forced = e.forcedLabor || e.forcedChildLabor;
    const kind = forced ? (e.childLabor ? 'forced labor and child labor' : 'forced labor') : 'child labor';
    const edition = dolMeta?.asOf ? `edition as of ${dolMeta.asOf}` : '2022 edition';
    const origin = countryLabel(ctx, e.iso2);
    out.push({
      severity: forced ? 'high' : 'medium',
      list: 'dol-tvpra',
      ...(e.downstream
        ? {}
        : {
            group: {
              key: `dol|${e.iso2}|${how}`,
              item: `${good}\u0000${kind}`,
              say: (items: string[]) => {
                const parts = items.map((i) => i.split('\u0000') as [string, string]);
                const oneKind = parts.every(([, k]) => k === parts[0]?.[1]);
                const goods = joinAnd(parts.map(([g, k]) => (oneKind ? g : `${g} (${k})`)));
                return (
                  `The US Department of Labor lists ${goods} from ${e.country}${oneKind ? ` as made with ${kind}` : ''} ` +
                  `(List of Goods Produced by Child Labor or Forced Labor, ${edition}); the page shows ${how} and origin ${origin}.`
                );
              },
            },
          }),
      text:
        `${good} from ${e.country} is on the US Department of Labor's List of Goods Produced by Child Labor or Forced Labor ` +
        `(${kind}; ${dolMeta?.asOf ? `edition as of ${dolMeta.asOf}` : '2022 edition'}); the page shows ${how} and origin ${countryLabel(ctx, e.iso2)}.` +
        (e.downstream && e.inputCountry ? ` Listed as a downstream good made with inputs from ${e.inputCountry}.` : ''),
      ref: {
        list: 'dol-tvpra',
        entryId: `${e.good}|${e.iso2}`,
        label: `${e.good} (${e.country})`,
        ...(dolMeta?.asOf ? { date: dolMeta.asOf } : {}),
        detail: kind,
      },
    });
  }
  for (const e of ctx.eo.get(good) ?? []) {
    if (!isos.has(e.iso2)) continue;
    out.push({
      severity: 'high',
      list: 'dol-eo13126',
      text: `${good} from ${e.country} is on the EO 13126 list of products made with forced or indentured child labor${e.uncertain ? ' (listing uncertain)' : ''}.`,
      ref: { list: 'dol-eo13126', entryId: `${e.product}|${e.iso2}`, label: `${e.product} (${e.country})` },
    });
  }
  for (const o of ctx.areaOrders) {
    const key = areaKey(o);
    if (!key || !origins.has(key) || !orderGoods(o).includes(good)) continue;
    const lifted = LIFTED.has(o.status);
    out.push({
      severity: lifted ? 'info' : 'high',
      list: 'cbp-wro',
      text: lifted
        ? `A CBP ${o.type} of ${o.date ?? '?'} on ${o.merchandise} from ${countryLabel(ctx, key)} was ${o.status}${o.liftedOn ? ` on ${o.liftedOn}` : ''}; it no longer applies as issued.`
        : `CBP ${o.type === 'Finding' ? 'Finding' : 'Withhold Release Order'} of ${o.date ?? '?'} covers ${o.merchandise} from ${countryLabel(ctx, key)}` +
          `${o.status === 'partially-modified' ? ' (partially modified)' : ''}; the page shows ${how} with that origin.`,
      ref: {
        list: 'cbp-wro',
        entryId: o.id,
        label: o.name,
        ...(o.date ? { date: o.date } : {}),
        detail: `${o.merchandise}; status ${o.status}`,
      },
    });
  }
  return out;
}

interface Mapped {
  good: string;
  direct: boolean;
  maybe: boolean;
  weak?: string;
}

const goodName = (g: string) =>
  g.startsWith('UFLPA: ') ? `${g.slice(7)} (a UFLPA high-priority sector)` : g.toLowerCase();

/** How a code relates to risk goods, in a buyer's words: what it covers, what it often contains. */
function mappingWords(items: readonly Mapped[]): string {
  const list = (xs: Mapped[]) => xs.map((m) => goodName(m.good)).join(', ');
  const direct = items.filter((m) => m.direct && !m.maybe);
  const maybe = items.filter((m) => m.direct && m.maybe);
  const contains = items.filter((m) => !m.direct);
  const parts: string[] = [];
  if (direct.length) parts.push(`this code covers ${list(direct)}`);
  if (maybe.length) parts.push(`it may cover ${list(maybe)}`);
  if (contains.length) parts.push(`goods under it often contain ${list(contains)}`);
  const loose = items.filter((m) => m.weak);
  // A loose mapping says why it is loose, so the buyer can judge it.
  const note = loose.length
    ? ` Loosely mapped: ${loose.map((m) => `${m.good.replace(/^UFLPA: /u, '')} (${(m.weak as string).replace(/\.$/u, '')})`).join('; ')}.`
    : '';
  return `${parts.join('; ')}.${note}`;
}

/** The nomenclature's text up to its first clause: enough for a buyer to recognise the goods. */
function shortDescription(desc: string): string {
  const first = desc.split(/;\s/u)[0] as string;
  return first.length > 70 ? `${first.slice(0, 67).trimEnd()}…` : first;
}

export function hsVerdict(ctx: RiskContext, digits: string, facts: PageFacts): RuleVerdict {
  const { rows, possible } = riskRowsFor(ctx, digits);
  const desc = ctx.hsDescription.get(digits.slice(0, 6)) ?? ctx.hsDescription.get(digits.slice(0, 4)) ?? '';
  const label = `HS ${digits}${desc ? ` (${shortDescription(desc)})` : ''}`;
  const reasons: Reason[] = [];
  const mapped = new Map<string, Mapped>(); // good -> how the code relates to it
  const consider = (r: HsRiskEntry, maybe: boolean): void => {
    if (!mapped.has(r.good))
      mapped.set(r.good, { good: r.good, direct: r.match === 'direct', maybe, ...(r.weak ? { weak: r.weak } : {}) });
    const ref: FindingRef = {
      list: 'hs-risk-map',
      entryId: `${r.good}|${r.sourceList}|${r.code}`,
      label: r.good,
      detail: `${r.match}; ${r.rationale}`,
    };
    if (r.sourceList === 'uflpa-sector') {
      const sector = r.good.replace(/^UFLPA: /u, '');
      if (facts.origins.has('CN-XJ')) {
        // The Xinjiang presumption decides this card (and its advice), not the sector mapping.
        reasons.push({
          severity: 'high',
          list: 'xinjiang-places',
          ref,
          text: `The page places these goods in Xinjiang: under the UFLPA, goods made wholly or in part in Xinjiang are presumed made with forced labor and barred from US import.`,
        });
      } else if (facts.origins.size === 0) {
        reasons.push({
          severity: 'medium',
          list: 'hs-risk-map',
          ref,
          text: `${sector[0]?.toUpperCase()}${sector.slice(1)} is a UFLPA high-priority sector and the page shows no origin: ask where the goods and their inputs are made.`,
        });
      } else if (facts.origins.has('CN')) {
        reasons.push({
          severity: 'medium',
          list: 'hs-risk-map',
          ref,
          text: `${sector[0]?.toUpperCase()}${sector.slice(1)} is a UFLPA high-priority sector and the goods come from China: trace the inputs to rule out Xinjiang.`,
        });
      }
    }
    reasons.push(...goodReasons(ctx, r.good, facts.origins, `HS ${digits}`));
  };
  for (const r of rows) consider(r, false);
  for (const r of possible) consider(r, true);
  if (mapped.size === 0) return best([], `${label}: no listed forced-labor good for this code.`);
  const head = `${label}: ${mappingWords([...mapped.values()])}`;
  const v = best(reasons, `${head} No origin on the page is listed for these goods.`);
  if (reasons.length > 0) v.explanation = `${head} ${v.explanation}`;
  if (v.refs.length === 0) {
    const r = (rows[0] ?? possible[0]) as HsRiskEntry;
    v.refs.push({
      list: 'hs-risk-map',
      entryId: `${r.good}|${r.sourceList}|${r.code}`,
      label: r.good,
      detail: `${r.match}; ${r.rationale}`,
    });
  }
  return v;
}

export function originVerdict(ctx: RiskContext, key: string, facts: PageFacts): RuleVerdict {
  const reasons: Reason[] = [];
  const name = countryLabel(ctx, key);
  if (key === 'CN-XJ') {
    const order = ctx.areaOrders.find((o) => o.region === 'CN-XJ');
    reasons.push({
      severity: 'high',
      list: 'xinjiang-places',
      text:
        'The page places goods or a supplier in Xinjiang. Under the Uyghur Forced Labor Prevention Act (in force 2022-06-21) goods made wholly or in part in Xinjiang are presumed made with forced labor and barred from US import.' +
        (order ? ` CBP's ${order.type} of ${order.date ?? '?'} also covers ${order.merchandise} from the region.` : ''),
      ...(order
        ? {
            ref: {
              list: 'cbp-wro' as const,
              entryId: order.id,
              label: order.name,
              ...(order.date ? { date: order.date } : {}),
              detail: order.merchandise,
            },
          }
        : {}),
    });
  }
  const single = new Set([key]);
  for (const [good, how] of facts.goods) for (const r of goodReasons(ctx, good, single, how)) reasons.push(r);
  const iso = key === 'CN-XJ' ? 'CN' : key;
  const tip = ctx.tip.get(iso);
  if (tip?.tier === 'Tier 3') {
    reasons.push({
      severity: 'medium',
      list: 'tip-tiers',
      text: `${countryLabel(ctx, iso)} is Tier 3 in the State Department's ${tip.year} Trafficking in Persons Report (does not meet minimum standards and is not making significant efforts).`,
      ref: { list: 'tip-tiers', entryId: tip.iso2, label: tip.country, detail: tip.tier },
    });
  }
  return best(reasons, `Origin ${name}: no listed risk for the goods shown.`);
}
