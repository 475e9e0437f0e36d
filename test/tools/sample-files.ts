// The demo's sample quote (PDF) and supplier master (XLSX): invented companies beside real listed
// entities. Shared by the generator (gen-sample-files.ts), the tests and the bench, so what the
// tests expect is written next to what the files hold.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writePdf, type PdfText } from './pdf-writer';

export interface QuoteItem {
  description: string;
  supplier: string;
  hs: string;
  origin: string;
  qty: string;
  price: string;
}

export const QUOTE_ITEMS: QuoteItem[] = [
  {
    description: 'Metallurgical silicon 553#',
    supplier: 'Hoshine Silicon Industry (Shanshan) Co., Ltd',
    hs: '2804.69',
    origin: 'Xinjiang, China',
    qty: '25 t',
    price: '1,950.00',
  },
  {
    description: 'Knitted cotton T-shirts',
    supplier: 'Hetian Taida Apparel Co., Ltd',
    hs: '6109.10',
    origin: 'China',
    qty: '5,000 pcs',
    price: '2.10',
  },
  {
    description: 'PVC resin SG-5',
    supplier: 'Lotus Polymer Vietnam Co., Ltd',
    hs: '3904.10',
    origin: 'Vietnam',
    qty: '40 t',
    price: '780.00',
  },
  {
    description: 'Steel hex bolts M12',
    supplier: 'Harbor Lane Fasteners Inc.',
    hs: '7318.15',
    origin: 'United States',
    qty: '20,000 pcs',
    price: '0.14',
  },
  {
    description: 'Mountain bicycles 27.5"',
    supplier: 'Giant Manufacturing Co., Ltd.',
    hs: '8712.00',
    origin: 'Taiwan',
    qty: '300 pcs',
    price: '310.00',
  },
];

/** What checking the sample quote must find (kind:key), and what it must not. */
export const QUOTE_EXPECTED = [
  'supplier:Hoshine Silicon Industry (Shanshan) Co., Ltd',
  'supplier:Hetian Taida Apparel Co., Ltd',
  'supplier:Giant Manufacturing Co., Ltd.',
  'origin:CN-XJ',
  'hs:280469',
];

const COLS = [30, 45, 172, 352, 398, 470, 530];
const HEAD = ['No', 'Description', 'Supplier', 'HS code', 'Origin', 'Qty', 'Price USD'];

function itemRow(i: number, it: QuoteItem, y: number): PdfText[] {
  const cells = [String(i), it.description, it.supplier, it.hs, it.origin, it.qty, it.price];
  return cells.map((text, c) => ({ x: COLS[c] as number, y, text, size: 7 }));
}

/** A quote of `pages` pages: a header, the line items, terms; each page repeats the items. */
export function quotePdf(pages = 2, opts: { password?: string; imageOnly?: boolean } = {}): Buffer {
  const out: PdfText[][] = [];
  for (let p = 0; p < pages; p++) {
    const runs: PdfText[] = [
      { x: 30, y: 800, text: 'NORDVIK TRADING GMBH - QUOTATION', size: 14 },
      { x: 30, y: 780, text: `Quotation No. Q-2026-0412   Page ${p + 1} of ${pages}`, size: 9 },
    ];
    let y = 740;
    runs.push(...HEAD.map((text, c) => ({ x: COLS[c] as number, y, text, size: 7 })));
    const items = p === 0 || pages <= 2 ? QUOTE_ITEMS : repeatItems(p);
    items.forEach((it, i) => {
      y -= 16;
      runs.push(...itemRow(p * 100 + i + 1, it, y));
    });
    y -= 30;
    runs.push(
      {
        x: 30,
        y,
        text: 'Terms: FOB Shanghai. Prices valid 30 days. Payment 30% deposit, 70% against B/L copy.',
        size: 8,
      },
      { x: 30, y: y - 14, text: 'Yarn for item 2 is spun by our partner mill, certified to OEKO-TEX 100.', size: 8 },
      { x: 30, y: y - 40, text: 'Prepared for: Westhaven Outdoor Ltd, Bristol, United Kingdom', size: 8 },
    );
    out.push(runs);
  }
  return writePdf(out, opts);
}

/** Line items of a long quote's later pages: the invented suppliers, so a bench scans real rows. */
function repeatItems(p: number): QuoteItem[] {
  return Array.from({ length: 30 }, (_, i) => {
    const base = QUOTE_ITEMS[(p + i) % QUOTE_ITEMS.length] as QuoteItem;
    return { ...base, description: `${base.description} lot ${p}-${i}` };
  });
}

export interface MasterRow {
  no: string;
  name: string;
  country: string;
  category: string;
}

export const MASTER_ROWS: MasterRow[] = [
  { no: 'V-10001', name: 'Harbor Lane Fasteners Inc.', country: 'United States', category: 'Fasteners' },
  { no: 'V-10002', name: 'Lotus Polymer Vietnam Co., Ltd', country: 'Vietnam', category: 'Resins' },
  { no: 'V-10003', name: 'HOSHINE SILICON INDUSTRY (SHANSHAN) CO., LTD', country: 'China', category: 'Silicon' },
  { no: 'V-10004', name: 'Maple Ridge Packaging Inc.', country: 'Canada', category: 'Packaging' },
  { no: 'V-10005', name: 'Hetian Haolin Hair Accessories Co. Ltd.', country: 'China', category: 'Hair goods' },
  { no: 'V-10006', name: 'Kestrel Electronics Sdn Bhd', country: 'Malaysia', category: 'Electronics' },
  { no: 'V-10007', name: 'Xinjiang Zhongtai Chemical Co. Ltd.', country: 'China', category: 'PVC' },
  { no: 'V-10008', name: 'Olivetta Foods S.r.l.', country: 'Italy', category: 'Food' },
  { no: 'V-10009', name: 'Giant Manufacturing Co., Ltd.', country: 'Taiwan', category: 'Bicycles' },
  { no: 'V-10010', name: 'Fjordline Cable AS', country: 'Norway', category: 'Cable' },
  { no: 'V-10011', name: 'Sunrise Ceramics Pvt Ltd', country: 'India', category: 'Ceramics' },
  { no: 'V-10012', name: 'Bluewater Textiles Ltd', country: 'Bangladesh', category: 'Apparel' },
];

/** Entries of the supplier master that must screen as listed (input name -> listed name). */
export const MASTER_LISTED: Record<string, string> = {
  'HOSHINE SILICON INDUSTRY (SHANSHAN) CO., LTD': 'Hoshine Silicon Industry (Shanshan) Co., Ltd',
  'Hetian Haolin Hair Accessories Co. Ltd.': 'Hetian Haolin Hair Accessories Co. Ltd.',
  'Xinjiang Zhongtai Chemical Co. Ltd.': 'Xinjiang Zhongtai Chemical Co. Ltd.',
  'Giant Manufacturing Co., Ltd.': 'Giant Manufacturing Co., Ltd.',
};

/** A supplier master workbook: the sample rows, then `extra` generated invented suppliers. */
export async function masterXlsx(extra = 0): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Suppliers');
  ws.addRow(['Vendor No', 'Supplier Name', 'Country', 'Category', 'Annual spend (USD)']);
  MASTER_ROWS.forEach((r, i) => ws.addRow([r.no, r.name, r.country, r.category, 25_000 + i * 1_250]));
  for (let i = 0; i < extra; i++) ws.addRow([`V-${20000 + i}`, inventedName(i), 'Germany', 'Components', 1_000 + i]);
  ws.getColumn(2).width = 48;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const A = ['Nord', 'Sud', 'Alpen', 'Rhein', 'Weser', 'Elb', 'Main', 'Isar', 'Mosel', 'Havel'];
const B = ['brook', 'feld', 'stein', 'wald', 'berg', 'tal', 'hof', 'burg', 'au', 'bach'];
const C = ['Werkzeug', 'Metall', 'Kunststoff', 'Verpackung', 'Elektro', 'Textil', 'Holz', 'Glas'];
const D = ['GmbH', 'AG', 'KG', 'GmbH & Co. KG'];

/** Invented German-style supplier names, distinct for each i (for big masters). */
export function inventedName(i: number): string {
  return `${A[i % 10]}${B[Math.floor(i / 10) % 10]} ${C[Math.floor(i / 100) % 8]} ${Math.floor(i / 800) + 1} ${D[i % 4]}`;
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal Word document (one paragraph a line), for the DOCX reader's tests. */
export async function docxOf(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlText(p)}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}
