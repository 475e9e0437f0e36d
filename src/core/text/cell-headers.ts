// The column headers the engine reads a table cell by: a supplier's name, an HS code, a place of
// origin (or a place that is not one: destination, market). A cell under any other header
// (item, price, quantity) tells the engine nothing, so a page reader need not send it: on a
// 10,000-row supplier table the cells were most of one scan message, and one long task to send.
export const HS_HEADER = /\b(?:hs|hts|htsus|tariff|customs|commodity)\b|海关|编码|税则|税号/iu;
export const ORIGIN_HEADER = /origin|made in|coo\b|产地|原产|country of manufacture|产国/iu;
export const NOT_ORIGIN_HEADER = /destination|market|consignee|buyer|ship to|目的|市场|收货/iu;
export const SUPPLIER_HEADER =
  /supplier|vendor|manufacturer|shipper|exporter|seller|factory|company name|供应商|制造商|生产商|发货人|出口商|卖家|厂家|公司名称/iu;

// A table repeats its few headers on every row: each is tested once.
const known = new Map<string, boolean>();

/** Whether the engine reads cells under this header at all. */
export function headerRead(header: string): boolean {
  let read = known.get(header);
  if (read === undefined) {
    read =
      SUPPLIER_HEADER.test(header) ||
      HS_HEADER.test(header) ||
      ORIGIN_HEADER.test(header) ||
      NOT_ORIGIN_HEADER.test(header);
    if (known.size > 1000) known.clear();
    known.set(header, read);
  }
  return read;
}
