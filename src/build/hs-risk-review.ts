// Review of the curated hs_risk_map.csv rows that PROVENANCE.md section 6b names as weak.
// A weak row stays in the map (dropping it would lose recall) but carries a short reason that the
// UI shows next to the finding. Each decision is recorded here, one rule per line.
import type { HsRiskEntry } from '../core';

interface WeakRule {
  good: RegExp;
  /** Codes this rule covers; absent = every code of the good. */
  codes?: readonly string[];
  weak: string;
}

const SHARED_GEMS = 'shared gemstone bucket: also other precious and semi-precious stones';
const FISH_BUCKET = 'shared bucket: also tilapia, catfish, carp, eels and Nile perch';

export const WEAK_RULES: readonly WeakRule[] = [
  // 6b "shared n.e.c. buckets"
  { good: /^Açaí Berries$/, weak: 'n.e.c. fruit bucket: acai has no code of its own' },
  { good: /^Khat/, weak: 'n.e.c. plant bucket (1211.90): also other medicinal and aromatic plants' },
  { good: /^Amber$/, codes: ['253090'], weak: 'n.e.c. mineral bucket (2530.90): also other minerals' },
  { good: /^Trona/, weak: 'n.e.c. mineral bucket (2530.90); classification not confirmed by a ruling' },
  { good: /^Palm Thatch$/, weak: 'low confidence: n.e.c. plaiting-material bucket, rarely traded' },
  { good: /^Sisal$/, codes: ['5305'], weak: 'shared fibre heading: also coir, abaca, ramie and other fibres' },
  { good: /^Cabbages$/, weak: 'n.e.c. brassica bucket: also kale, kohlrabi and other brassicas' },
  { good: /^Tantalum ore/, weak: 'shared ore bucket: also niobium and vanadium ores' },
  { good: /^Surgical Instruments$/, weak: 'n.e.c. bucket: also other medical and dental instruments' },
  { good: /^Soccer Balls$/, weak: 'shared bucket: all inflatable balls' },
  { good: /^Glass Bangles$/, weak: 'shared bucket: all imitation jewellery not of base metal' },
  { good: /^(Emeralds|Rubies|Sapphires|Jade|Tanzanite)/, codes: ['710310', '710399'], weak: SHARED_GEMS },
  {
    good: /^(Tilapia|Nile Perch)/,
    codes: ['030451', '030493', '030531', '030544', '030552', '030564'],
    weak: FISH_BUCKET,
  },
  {
    good: /^UFLPA: red dates$/,
    weak: 'n.e.c. dried-fruit bucket: dried jujubes (red dates) have no code of their own',
  },
  // 6b "undefined DOL goods mapped by judgement to groups"
  { good: /^Textiles$/, weak: 'DOL does not define "Textiles": mapped to whole textile chapters' },
  { good: /^Electronics$/, weak: 'DOL does not define "Electronics": mapped to a few electronics headings' },
  { good: /^Fashion Accessories$/, weak: 'DOL does not define "Fashion Accessories": mapped to accessory groups' },
  { good: /^Stones$/, weak: 'DOL does not say which stones: mapped to building and monumental stone' },
  { good: /^Ceramics$/, weak: 'DOL does not say which ceramics: mapped to common ceramic headings' },
  { good: /^Meat$/, weak: 'DOL does not say which meat: mapped to the whole meat chapter' },
  { good: /^Dairy Products$/, weak: 'DOL does not define "Dairy Products": mapped to headings 0401-0406' },
  { good: /^Thread\/Yarn$/, weak: 'DOL does not say which fibre: mapped to all yarn headings' },
  { good: /^Beans/, weak: 'DOL does not say which beans: mapped to all bean subheadings' },
  // 6b "unconfirmed classifications" and the photovoltaic chain
  { good: /^Bidis/, weak: 'classification as 2402.20 not confirmed by a ruling' },
  {
    good: /Ingots/,
    codes: ['280461'],
    weak: 'follows one US ruling; other customs services may classify doped ingots in 3818',
  },
  { good: /^UFLPA: silica/, codes: ['250510'], weak: 'silica sand: also glass, foundry and construction sand' },
  // Found in review (not named in 6b): whole chapters or shared headings for a narrow good.
  { good: /^Footwear \(sandals\)$/, weak: 'sandals have no code of their own: whole footwear chapter' },
  { good: /^Brassware$/, codes: ['830629'], weak: 'shared bucket: ornaments of any base metal, not only brass' },
  {
    good: /^Amber$/,
    codes: ['9602'],
    weak: 'shared heading: also gelatin capsules and carvings of wax, jet and other materials',
  },
];

/**
 * Fixes to clear errors in the draft. Amber 9602 (worked amber) was marked `direct`, but DOL lists
 * amber for its mining; carved amber is a downstream product, so the row becomes `contains`.
 */
const FIXES: readonly { good: RegExp; code: string; set: Partial<Pick<HsRiskEntry, 'match'>>; why: string }[] = [
  { good: /^Amber$/, code: '9602', set: { match: 'contains' }, why: 'worked amber is downstream of the listed mining' },
];

/** No clear false alarm was found that dropping would fix better than a weak flag; kept for future reviews. */
const DROPS: readonly { good: RegExp; code: string; why: string }[] = [];

export function reviewHsRiskRow(entry: HsRiskEntry): HsRiskEntry | null {
  if (DROPS.some((d) => d.good.test(entry.good) && d.code === entry.code)) return null;
  const out: HsRiskEntry = { ...entry };
  for (const f of FIXES) if (f.good.test(out.good) && f.code === out.code) Object.assign(out, f.set);
  const rule = WEAK_RULES.find((r) => r.good.test(out.good) && (!r.codes || r.codes.includes(out.code)));
  if (rule) out.weak = rule.weak;
  return out;
}
