// Words that say a following country/place is where goods or a supplier are (positive cues) or
// where they go / who reports (negative cues). A cue covers the rest of its line; a cue that ends
// its line (a label: "Place of Origin" / "Shipper:") also covers the next few lines.
export type CueKind = 'origin' | 'address' | 'not';

export const ORIGIN_CUES = [
  'made in', 'origin', 'place of origin', 'country of origin', 'origin country', 'coo', 'c o o', 'manufactured in',
  'produced in', 'grown in', 'product of', 'sourced from', 'made by', 'assembled in', 'country of manufacture',
  'country of production', 'origin of goods', 'origin of the goods', 'from xinjiang', 'harvested in', 'spun in',
  '产地', '原产地', '原产国', '生产地', '产自', '出产地', '制造地', '原产', '来自', '產地', '原產地',
];
export const ADDRESS_CUES = [
  'address', 'factory address', 'company address', 'registered address', 'business address', 'manufacturer',
  'manufacturer address', 'shipper', 'exporter', 'seller', 'supplier', 'vendor', 'factory', 'located in',
  'based in', 'location', 'head office', 'headquarters', 'production base', 'plant', 'mill', 'warehouse',
  '地址', '厂址', '公司地址', '发货人', '出口商', '制造商', '生产商', '供应商', '工厂', '所在地', '厂家', '生产厂家', '卖家',
];
export const NEGATIVE_CUES = [
  'export markets', 'export market', 'main markets', 'main market', 'markets', 'ships to', 'ship to', 'shipping to',
  'shipped to', 'deliver to', 'delivery to', 'deliver', 'consignee', 'buyer', 'notify party', 'notify', 'destination',
  'port of discharge', 'port of destination', 'final destination', 'importer', 'bill to', 'sold to', 'customers in',
  'customer', 'exports to', 'exported to', 'export to', 'we export', 'reuters', 'afp', 'associated press',
  'bloomberg', 'xinhua', 'reported', 'reports', 'said', 'according to', 'place of delivery', 'destination country',
  'country of destination', 'imported into', 'import into', 'sales to', 'distribution in', 'available in',
  'shipment to', 'for shipment', 'ships worldwide', 'ship worldwide', 'sold in', 'we ship', 'delivery in', 'lieferung',
  '出口市场', '主要市场', '收货人', '目的地', '目的港', '目的国', '进口商', '买家', '销往', '出口到', '通知人',
];

/** Header text of a table column that holds origins / destinations. */
export const ORIGIN_HEADER = /origin|made in|coo\b|产地|原产|country of manufacture|产国/iu;
export const NOT_ORIGIN_HEADER = /destination|market|consignee|buyer|ship to|目的|市场|收货/iu;
