// Abbreviations that company names are commonly written with on invoices, ERP exports and trade
// portals ("Hoshine Silicon Ind.", "Zhongtai Chem.", "Acme Mfg."). Folded like place spellings, so
// the page index and screening read them as the word they stand for. Only abbreviations that mean
// one word inside a company name are listed ("Ind." is taken as Industry, the commoner form).
export const ABBREVIATION_GROUPS: readonly (readonly string[])[] = [
  ['industry', 'ind', 'indus'],
  ['industries', 'inds'],
  ['chemical', 'chem'],
  ['chemicals', 'chems'],
  ['manufacturing', 'mfg'],
  ['manufacturer', 'mfr'],
  ['international', 'intl'],
  ['holdings', 'hldgs'],
];
