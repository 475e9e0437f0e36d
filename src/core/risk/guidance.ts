// Remediation guidance for buyers, by kind of finding. Plain language, each step with its source.
// Kept in core so the popup, the in-page card, the options page and the CLI say the same thing.
import type { Finding } from '../engine/engine-api';

export interface GuidanceSource {
  label: string;
  url: string;
}
export interface Guidance {
  id: 'uflpa' | 'wro' | 'dol' | 'xinjiang' | 'tip' | 'review' | 'cleared' | 'detected';
  title: string;
  /** One sentence: what the finding means for the shipment. */
  summary: string;
  steps: string[];
  sources: GuidanceSource[];
}

const SRC = {
  uflpaGuidance: {
    label: 'CBP: UFLPA Operational Guidance for Importers (Publication 1793-0522, 2022-06-13)',
    url: 'https://www.cbp.gov/trade/forced-labor/UFLPA',
  },
  uflpaStrategy: {
    label:
      'DHS/FLETF: Strategy to Prevent the Importation of Goods Mined, Produced, or Manufactured with Forced Labor in the PRC',
    url: 'https://www.dhs.gov/uflpa',
  },
  uflpaList: { label: 'DHS: UFLPA Entity List', url: 'https://www.dhs.gov/uflpa-entity-list' },
  wro: {
    label: 'CBP: Withhold Release Orders and Findings list',
    url: 'https://www.cbp.gov/trade/forced-labor/withhold-release-orders-and-findings',
  },
  cfr1243: {
    label: '19 CFR 12.42-12.44 (detention, proof of admissibility, modification)',
    url: 'https://www.ecfr.gov/current/title-19/section-12.43',
  },
  usc1307: { label: '19 U.S.C. 1307', url: 'https://www.law.cornell.edu/uscode/text/19/1307' },
  dolList: {
    label: 'DOL ILAB: List of Goods Produced by Child Labor or Forced Labor',
    url: 'https://www.dol.gov/agencies/ilab/reports/child-labor/list-of-goods',
  },
  comply: {
    label: 'DOL ILAB: Comply Chain, business tools for labor compliance in global supply chains',
    url: 'https://www.dol.gov/ilab/complychain/',
  },
  iloIndicators: {
    label: 'ILO: Indicators of Forced Labour (11 indicators)',
    url: 'https://www.ilo.org/publications/ilo-indicators-forced-labour',
  },
  ilo29: {
    label: 'ILO Forced Labour Convention, 1930 (No. 29) and its 2014 Protocol',
    url: 'https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:P029',
  },
  tip: {
    label: 'U.S. Department of State: Trafficking in Persons Report',
    url: 'https://www.state.gov/trafficking-in-persons-report/',
  },
  coac: {
    label: 'CBP: forced labor, including the trade advisory committee (COAC) recommendations on remediation',
    url: 'https://www.cbp.gov/trade/forced-labor',
  },
} satisfies Record<string, GuidanceSource>;

const ENGAGE = [
  'Engage the supplier before exiting: ask for its own due-diligence records and a corrective action plan; exiting first can leave workers worse off.',
  'Agree remediation with time-bound steps that reach the workers (for example repayment of recruitment fees, return of identity documents, freedom to resign).',
  'Verify through worker interviews and an independent audit that covers the ILO indicators, then record the evidence, who checked it and when.',
];

export const GUIDANCE: Record<Guidance['id'], Guidance> = {
  uflpa: {
    id: 'uflpa',
    title: 'UFLPA rebuttable presumption',
    summary:
      'Goods made wholly or in part by an entity on the UFLPA Entity List, or in Xinjiang, are presumed to be made with forced labor and barred from US entry unless CBP grants an exception.',
    steps: [
      'Do not place or ship the order while the presumption applies; talk to your customs counsel.',
      "To rebut the presumption an importer must fully respond to CBP, show by clear and convincing evidence that no forced labor was used, and show it followed the FLETF strategy's due diligence guidance.",
      'Trace the supply chain to raw materials: purchase orders, invoices, production and transport records, and the identity of every supplier at each tier.',
      'If the goods have no link to Xinjiang or a listed entity (a name clash, a different plant), prepare an applicability review: documents showing where and by whom the goods and their inputs were made.',
      ...ENGAGE,
    ],
    sources: [SRC.uflpaList, SRC.uflpaGuidance, SRC.uflpaStrategy, SRC.usc1307],
  },
  xinjiang: {
    id: 'xinjiang',
    title: 'Production in Xinjiang',
    summary:
      'Anything mined, produced or manufactured wholly or in part in Xinjiang falls under the UFLPA presumption, whoever the supplier is.',
    steps: [
      'Ask where each input is made, down to raw material (cotton, polysilicon, aluminium, PVC, tomatoes...), and get documents, not declarations.',
      'Treat a Xinjiang address, factory or input as barred unless CBP grants an exception; look for an alternative source.',
      'Where the place on the page is wrong (a sales office, a namesake), keep the evidence for an applicability review.',
    ],
    sources: [SRC.uflpaGuidance, SRC.uflpaStrategy],
  },
  wro: {
    id: 'wro',
    title: 'CBP Withhold Release Order or Finding',
    summary: 'CBP detains goods covered by an active Withhold Release Order or Finding under 19 U.S.C. 1307.',
    steps: [
      'Detained goods can be exported instead, or released only if the importer proves admissibility to CBP (19 CFR 12.43): a certificate of origin and a detailed statement tracing the goods and showing no forced labor was used.',
      "Under a Finding, CBP may seize the goods; check the order's merchandise and scope against your product.",
      "A supplier can come off the list: it remediates (for example repays recruitment fees to workers and fixes the practices CBP found) and petitions CBP for modification or revocation. Check the order's status and date before acting.",
      ...ENGAGE,
    ],
    sources: [SRC.wro, SRC.cfr1243, SRC.usc1307],
  },
  dol: {
    id: 'dol',
    title: 'Good and country on the DOL list',
    summary:
      'The Department of Labor has reason to believe this good is produced with child or forced labor in this country. It is a risk signal, not a ban.',
    steps: [
      'Take a risk-based approach: map which of your suppliers and sub-suppliers make this good in this country.',
      "Screen for the ILO's eleven indicators of forced labour: abuse of vulnerability, deception, restriction of movement, isolation, physical and sexual violence, intimidation and threats, retention of identity documents, withholding of wages, debt bondage, abusive working and living conditions, excessive overtime.",
      'Follow DOL Comply Chain: engage stakeholders, assess risks, develop a code of conduct, communicate and train, monitor, remediate violations, verify independently, report.',
      ...ENGAGE,
    ],
    sources: [SRC.dolList, SRC.comply, SRC.iloIndicators, SRC.ilo29],
  },
  tip: {
    id: 'tip',
    title: 'Country context: Trafficking in Persons report',
    summary:
      'The State Department places this country on Tier 3: its government does not fully meet the minimum standards to eliminate trafficking and is not making significant efforts to do so.',
    steps: [
      'Raise the level of due diligence for suppliers in this country: recruitment practices, migrant workers, fees, passports.',
      'Read the country narrative in the TIP report for the sectors where forced labor is reported.',
    ],
    sources: [SRC.tip, SRC.iloIndicators],
  },
  review: {
    id: 'review',
    title: "Possible match: needs a person's review",
    summary:
      'The name is close to a listed entity but not the same. It may be the listed company written differently, or a different company.',
    steps: [
      'Compare the full legal name, address and registration number with the list entry.',
      'Mark the supplier "false match" or "under review" so your team sees your decision next time.',
    ],
    sources: [SRC.uflpaList, SRC.wro],
  },
  cleared: {
    id: 'cleared',
    title: 'Cleared by your team',
    summary:
      'Your team recorded evidence that this supplier was cleared or has remediated. Recognising genuine remediation is part of a risk-based approach.',
    steps: ['Check that the evidence note is current, and re-verify on your review cycle.'],
    sources: [SRC.coac],
  },
  detected: {
    id: 'detected',
    title: 'Detected, no risk found',
    summary: 'LaborLens found this on the page but it matches no risk list that is switched on.',
    steps: ['No list is complete: ask suppliers about their own sources, especially for high-risk goods.'],
    sources: [SRC.dolList],
  },
};

/** Which guidance fits a finding: the list behind it first, then its kind and severity. */
export function guidanceFor(f: Pick<Finding, 'kind' | 'key' | 'list' | 'severity'>): Guidance {
  if (f.list?.startsWith('custom:') && f.severity === 'info') return GUIDANCE.cleared;
  if (f.severity === 'low') return GUIDANCE.review;
  if (f.list === 'uflpa') return GUIDANCE.uflpa;
  if (f.list === 'cbp-wro') return GUIDANCE.wro;
  if ((f.kind === 'origin' && f.key === 'CN-XJ') || f.list === 'xinjiang-places') return GUIDANCE.xinjiang;
  if (f.list === 'dol-tvpra' || f.list === 'dol-eo13126' || f.list === 'hs-risk-map') return GUIDANCE.dol;
  if (f.list === 'tip-tiers') return GUIDANCE.tip;
  if (f.kind === 'supplier' && f.severity === 'high') return GUIDANCE.xinjiang;
  return GUIDANCE.detected;
}
