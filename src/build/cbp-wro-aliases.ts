// Names on CBP's list are written for lawyers: several parties in one cell, "a/k/a" chains and
// "and its subsidiaries" tails. The engine matches names one by one, so each party becomes an alias.
// Rows the rules cannot split well get hand-written aliases here (keyed by CBP's exact text).

const CURATED: Readonly<Record<string, readonly string[]>> = {
  'Kumar Carpet Pvt., Singhe Carpet Pvt., Ltd., Norsang Carpet Industries Pvt., Ltd., Annapurna Carpet, Everest Carpet, Valley Carpet, and K.K. Carpet Industries; Kathmandu.':
    // Annapurna, Everest, K.K. and Norsang were removed from the order (CBP remarks): not aliases.
    ['Kumar Carpet Pvt.', 'Singhe Carpet Pvt., Ltd.', 'Valley Carpet'],
  'Top Glove Sdn Bhd and TG Medical Sdn Bhd (subsidiaries of Top Glove Corporation Bhd)': [
    'Top Glove Sdn Bhd',
    'TG Medical Sdn Bhd',
  ],
  'Yili Zhuowan Garment Manufacturing Co., Ltd. and Baoding LYSZD Trade and Business Co., Ltd.': [
    'Yili Zhuowan Garment Manufacturing Co., Ltd.',
    'Baoding LYSZD Trade and Business Co., Ltd.',
  ],
  'Agropecuarios Tom S.A. de C.V. and Horticola Tom S.A. de C.V. and their subsidiaries': [
    'Agropecuarios Tom S.A. de C.V.',
    'Horticola Tom S.A. de C.V.',
  ],
  'Supermax Corporation Bhd. and its wholly owned subsidiaries (Supermax Glove Manufacturing, Maxter Glove Manufacturing Sdn. Bhd., Maxwell Glove Manufacturing Bhd.)':
    [
      'Supermax Corporation Bhd.',
      'Supermax Glove Manufacturing',
      'Maxter Glove Manufacturing Sdn. Bhd.',
      'Maxwell Glove Manufacturing Bhd.',
    ],
  'Smart Glove Corporation Sdn Bhd, GX Corporation Sdn Bhd, GX3 Specialty Plant, Sigma Glove Industries, and Platinum Glove Industries Sdn Bhd (Smart Glove)':
    [
      'Smart Glove Corporation Sdn Bhd',
      'GX Corporation Sdn Bhd',
      'GX3 Specialty Plant',
      'Sigma Glove Industries',
      'Platinum Glove Industries Sdn Bhd',
    ],
  'Brightway Holdings Sdn. Bhd., Laglove (M) Sdn. Bhd., and Biopro (M) Sdn. Bhd. (Brightway Group)': [
    'Brightway Holdings Sdn. Bhd.',
    'Laglove (M) Sdn. Bhd.',
    'Biopro (M) Sdn. Bhd.',
    'Brightway Group',
  ],
  'YTY Industry Holdings Sdn Bhd (YTY Group), including YTY Industry Sdn Bhd, Green Prospect Sdn Bhd, and GP Lumut': [
    'YTY Industry Holdings Sdn Bhd',
    'YTY Group',
    'YTY Industry Sdn Bhd',
    'Green Prospect Sdn Bhd',
    'GP Lumut',
  ],
  'Shanghai Select Safety Products Company, Limited and its two subsidiaries from China, Select (Nantong) Safety Products Co. Limited and Select Protective Technology (HK) Limited.':
    [
      'Shanghai Select Safety Products Company, Limited',
      'Select (Nantong) Safety Products Co. Limited',
      'Select Protective Technology (HK) Limited',
    ],
  'Nanhu Tree Farm, Zhejiang Sanmei Tea Co., Ltd.; Imaizumi Tea Manufacturing & Trading Co., Ltd. (of Nagoya, Japan)': [
    'Nanhu Tree Farm',
    'Zhejiang Sanmei Tea Co., Ltd.',
    'Imaizumi Tea Manufacturing & Trading Co., Ltd.',
  ],
  'Xinjiang Production and Construction Corporation (XPCC) and its subordinates': [
    'Xinjiang Production and Construction Corporation',
    'XPCC',
  ],
  'Hoshine Silicon Industry Co. Ltd. and Subsidiaries': ['Hoshine Silicon Industry Co. Ltd.'],
  'No. 4 Vocational Skills Education Training Center (VSETC)': ['No. 4 Vocational Skills Education Training Center'],
  // The order is on the company's vessels: the owner's name is what a seafood page would show.
  'Fishing Vessels owned by Dalian Ocean Fishing Co. Ltd.': ['Dalian Ocean Fishing Co. Ltd.'],
  'Wulin (or Wuling) Machinery Works, a/k/a Hangzhou Wulin Machinery Plant, a/k/a Hangzhou Wulin Machinery Works, a/k/a Zhejiang Province No. 4 Prison':
    [
      'Wulin Machinery Works',
      'Wuling Machinery Works',
      'Hangzhou Wulin Machinery Plant',
      'Hangzhou Wulin Machinery Works',
      'Zhejiang Province No. 4 Prison',
    ],
};

const TAILS = [
  / and its subsidiaries(,)? joint ventures(,)? and affiliated entities$/i,
  /, its subsidiaries, and joint ventures$/i,
  / and its subsidiaries and joint ventures$/i,
  / and its subsidiaries$/i,
  / and subsidiaries$/i,
];

const VESSEL = /^Fishing Vessel:\s*/;

/** Aliases for a CBP entity cell (never includes the cell itself). */
export function wroAliases(entity: string): string[] {
  // Own keys only: an entity cell reading "constructor" or "hasOwnProperty" is not curated.
  const curated = Object.hasOwn(CURATED, entity) ? CURATED[entity] : undefined;
  if (curated) return [...curated];
  if (VESSEL.test(entity)) return [entity.replace(VESSEL, '')];
  const parts = entity
    .split(/;\s*/)
    .flatMap((p) => p.split(/,? a\/k\/a /))
    .map((p) => p.trim().replace(/[,;]+$/, ''));
  const out = parts.length > 1 ? parts : [];
  for (const tail of TAILS) {
    if (tail.test(entity)) out.push(entity.replace(tail, ''));
  }
  return out.filter((a) => a !== entity && a !== '');
}
