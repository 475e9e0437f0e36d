// Which column of a supplier file holds the supplier names, whatever the ERP calls it.

const EXACT = [
  'name',
  'supplier',
  'supplier name',
  'suppliername',
  'supplier_name',
  'vendor',
  'vendor name',
  'vendorname',
  'vendor_name',
  'company',
  'company name',
  'company_name',
  'manufacturer',
  'manufacturer name',
  'factory',
  'factory name',
  'legal name',
  'entity',
  'entity name',
  'organisation',
  'organization',
  'party',
  'party name',
  'seller',
  'exporter',
  'shipper',
  'business partner',
  'account name',
  'name 1',
  '供应商',
  '供应商名称',
  '公司名称',
  '企业名称',
  '名称',
];
// Columns that say "name" but are not the company's (a contact, a product, a file).
const NOT_COMPANY =
  /\b(contact|person|product|item|article|material|file|user|buyer|owner|first|last|short|alias|aliases|no|nr|id|number|num|code|country|city|address|e-?mail|phone|type|group|category|status)\b|#/;

export const headerKey = (h: string): string =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

export interface ColumnGuess {
  index: number;
  /** exact: a usual name for the column; partial: a header that contains supplier/vendor/name. */
  confidence: 'exact' | 'partial';
}

/** The supplier-name column of a header row, or null when no column is recognisably it. */
export function guessNameColumn(header: readonly string[]): ColumnGuess | null {
  const keys = header.map(headerKey);
  for (const want of EXACT) {
    const i = keys.indexOf(want);
    if (i >= 0) return { index: i, confidence: 'exact' };
  }
  const i = keys.findIndex((k) => /supplier|vendor|company|manufacturer|name/.test(k) && !NOT_COMPANY.test(k));
  return i >= 0 ? { index: i, confidence: 'partial' } : null;
}

/** True when a single cell is a usual header of a names column (so it is never screened). */
export const isNameHeader = (cell: string): boolean => EXACT.includes(headerKey(cell));
