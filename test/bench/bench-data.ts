// Synthetic but realistic benchmark data: supplier names in the shape of Chinese, Malaysian and
// other exporters' legal names, and marketplace listing text with listed names planted in the
// spellings seen in the wild (case, "Co.,Ltd" / "CO LTD" / "Company Limited", line breaks).
// Deterministic (seeded), so runs compare.

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  'Shenzhen',
  'Guangzhou',
  'Ningbo',
  'Yiwu',
  'Hangzhou',
  'Suzhou',
  'Xiamen',
  'Qingdao',
  'Dongguan',
  'Foshan',
  'Wuxi',
  'Changzhou',
  'Jinhua',
  'Wenzhou',
  'Shaoxing',
  'Tianjin',
  'Hebei',
  'Shandong',
  'Jiangsu',
  'Zhejiang',
  'Fujian',
  'Anhui',
  'Henan',
  'Hubei',
  'Hunan',
  'Sichuan',
  'Chongqing',
  'Shanghai',
  'Beijing',
  'Nantong',
  'Taizhou',
  'Quanzhou',
  'Penang',
  'Selangor',
  'Johor',
  'Dhaka',
  'Tiruppur',
  'Karachi',
  'Hanoi',
  'Binh Duong',
  'Istanbul',
  'Izmir',
];
const SYL = [
  'hua',
  'xin',
  'da',
  'tai',
  'feng',
  'long',
  'sheng',
  'jia',
  'hong',
  'kai',
  'yuan',
  'mei',
  'rui',
  'tian',
  'heng',
  'bao',
  'jin',
  'fu',
  'cheng',
  'yi',
  'an',
  'kang',
  'de',
  'li',
  'hai',
  'wei',
  'guang',
  'ming',
  'xing',
  'yu',
  'zhong',
  'chuang',
  'bo',
  'run',
  'qi',
  'shun',
  'tong',
  'hui',
  'yong',
  'jun',
  'sen',
  'lan',
  'ke',
  'hao',
  'chang',
  'ying',
  'ze',
  'ding',
  'sheng',
];
const INDUSTRY = [
  'Textile',
  'Garment',
  'Apparel',
  'Knitting',
  'Cotton',
  'Electronic Technology',
  'Digital Technology',
  'Trading',
  'Import and Export',
  'Industrial',
  'Plastic Products',
  'Metal Products',
  'Hair Products',
  'Solar Energy',
  'New Energy',
  'Photovoltaic Technology',
  'Chemical',
  'Food',
  'Agricultural Products',
  'Rubber Products',
  'Gloves',
  'Packaging',
  'Furniture',
  'Toys',
  'Shoes',
  'Lighting',
  'Machinery',
  'Auto Parts',
  'Household Products',
  'Arts and Crafts',
  'Silk',
  'Home Textile',
];
const FORMS = [
  'Co., Ltd.',
  'Co.,Ltd',
  'Co., Ltd',
  'Company Limited',
  'Limited',
  'Sdn. Bhd.',
  'Industry Co., Ltd.',
  'Group Co., Ltd.',
  'Inc.',
  'LLC',
  'Pvt. Ltd.',
  'Trading Co., Ltd.',
];

function pick<T>(r: () => number, a: readonly T[]): T {
  return a[Math.floor(r() * a.length)] as T;
}
function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function companyName(r: () => number): string {
  const brand = cap(pick(r, SYL) + pick(r, SYL) + (r() < 0.3 ? pick(r, SYL) : ''));
  const place = r() < 0.85 ? `${pick(r, PLACES)} ` : '';
  const ind = r() < 0.9 ? ` ${pick(r, INDUSTRY)}` : '';
  return `${place}${brand}${ind} ${pick(r, FORMS)}`;
}

/** `count` distinct generated names, none equal to any of `avoid` (folded by lower case). */
export function generateNames(count: number, seed: number, avoid: ReadonlySet<string> = new Set()): string[] {
  const r = rng(seed);
  const out = new Set<string>();
  let guard = 0;
  while (out.size < count && guard++ < count * 20) {
    const n = companyName(r);
    if (!avoid.has(n.toLowerCase())) out.add(n);
  }
  return [...out];
}

const PRODUCTS = [
  "Men's 100% Cotton T-Shirt",
  'Ladies Summer Dress',
  'Wireless Earbuds Bluetooth 5.3',
  'Stainless Steel Water Bottle',
  'Human Hair Wig Lace Front',
  'Monocrystalline Solar Panel 550W',
  'Nitrile Examination Gloves',
  'Tomato Paste 28-30% Brix',
  'LED Strip Light 5050',
  'Kids Plush Toy',
  'PVC Vinyl Flooring',
  'Aluminium Profile 6063',
  'Cotton Yarn Ne 30/1',
  'Polyester Hoodie Blank',
  'Running Shoes Breathable',
  'Ceramic Coffee Mug',
  'Bamboo Cutting Board',
  'Lithium Battery Pack 48V',
];
const BADGES = [
  'Verified Supplier',
  'Gold Supplier',
  'Trade Assurance',
  'Audited Factory',
  'Ready to Ship',
  'Customizable',
];

/** Spellings a listed name takes on real pages. */
export function variant(name: string, r: () => number): string {
  const k = Math.floor(r() * 6);
  switch (k) {
    case 0:
      return name;
    case 1:
      return name.toUpperCase();
    case 2:
      return name.replace(/Co\., ?Ltd\.?/u, 'Co.,Ltd').replace(/ Limited$/u, ' Ltd.');
    case 3:
      return name.replace(/Co\., ?Ltd\.?/u, 'CO LTD').toUpperCase();
    case 4: {
      // A block boundary inside the name (flattened page text).
      const words = name.split(' ');
      const cut = Math.max(1, Math.floor(words.length / 2));
      return `${words.slice(0, cut).join(' ')}\n${words.slice(cut).join(' ')}`;
    }
    default:
      return name.replace(/Co\., ?Ltd\.?/u, 'Company Limited').replace(/ +/gu, '  ');
  }
}

export interface Plant {
  name: string;
  start: number;
  end: number;
}

/** About `bytes` of listing text with `plants` names planted; returns the text and the plants. */
export function marketplaceText(
  bytes: number,
  plantNames: readonly string[],
  filler: readonly string[],
  seed: number,
): { text: string; plants: Plant[] } {
  const r = rng(seed);
  const parts: string[] = [];
  const plants: Plant[] = [];
  let len = 0;
  let next = 0;
  const every = Math.max(1, Math.floor(bytes / 330 / Math.max(1, plantNames.length)));
  let i = 0;
  while (len < bytes) {
    const plant = i % every === every - 1 && next < plantNames.length;
    const base = plant ? (plantNames[next++] as string) : pick(r, filler);
    const supplier = plant ? variant(base, r) : base;
    const head = `${pick(r, PRODUCTS)} Wholesale ${pick(r, ['OEM', 'ODM', 'Custom Logo', 'Hot Sale', 'New Arrival'])}\nUS$ ${(r() * 20).toFixed(2)}-${(r() * 40 + 20).toFixed(2)} / piece\nMin. order: ${Math.ceil(r() * 50) * 10} pieces\n`;
    const start = len + head.length;
    const tail = `\n${pick(r, BADGES)} · ${Math.ceil(r() * 15)} yrs · ${pick(r, ['CN', 'MY', 'VN', 'IN', 'BD', 'TR'])}\n${(4 + r()).toFixed(1)}/5.0 (${Math.ceil(r() * 300)} reviews) · Response within ${Math.ceil(r() * 24)}h\n\n`;
    const block = head + supplier + tail;
    if (plant) plants.push({ name: base, start, end: start + supplier.length });
    parts.push(block);
    len += block.length;
    i++;
  }
  return { text: parts.join(''), plants };
}
