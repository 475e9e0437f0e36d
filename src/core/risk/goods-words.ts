// Product words on a page, mapped to DOL goods and UFLPA sectors, so a page that says "cotton
// T-shirts" and "Made in China" can be tied to the DOL pair (Cotton, China) even without an HS code.
import { PhraseIndex } from '../names/phrase-index';

// Goods whose names are ordinary words in page text ("matches", "locks") or too broad to mean
// the listed good on their own.
const SKIP = new Set([
  'Pornography',
  'Matches',
  'Locks',
  'Stones',
  'Sand',
  'Salt',
  'Iron',
  'Meat',
  'Gems',
  'Glass',
  'Tin',
  'Silver',
  'Beans',
  'Pepper',
  'Flowers',
  'Electronics',
  'Fashion Accessories',
  'Baked Goods',
  'Textiles',
  'Dairy Products',
  'Cereal Grains',
  'Fruit (Pome and Stone)',
  'Stones (limestone)',
  'Gravel (crushed stones)',
  'Pulses (legumes)',
]);

// Extra spellings, including Chinese trade terms, for the goods most seen on supplier pages.
const EXTRA: Record<string, string[]> = {
  Cotton: [
    'cotton yarn',
    'cotton fabric',
    'raw cotton',
    'cotton lint',
    'long staple cotton',
    '棉花',
    '棉纱',
    '全棉',
    '纯棉',
    '长绒棉',
    '皮棉',
  ],
  Garments: [
    'garment',
    'apparel',
    't-shirt',
    't-shirts',
    'tshirt',
    'shirts',
    'hoodies',
    'jeans',
    'clothing',
    '服装',
    '成衣',
    'T恤',
    '衬衫',
  ],
  Tomatoes: ['tomato', 'tomato paste', 'tomato sauce', 'canned tomatoes', '番茄', '番茄酱', '西红柿'],
  'Tomato Products': ['tomato paste', 'ketchup', '番茄酱'],
  Polysilicon: ['polycrystalline silicon', 'poly silicon', '多晶硅'],
  'Solar Modules': [
    'solar module',
    'solar panel',
    'solar panels',
    'pv module',
    'pv modules',
    'photovoltaic module',
    'photovoltaic modules',
    '光伏组件',
    '太阳能板',
    '太阳能电池板',
  ],
  'Solar Cells': ['solar cell', 'pv cells', 'photovoltaic cells', '太阳能电池', '电池片'],
  'Photovoltaic Wafers': ['silicon wafers', 'solar wafers', '硅片'],
  'Photovoltaic Ingots': ['silicon ingots', '硅棒', '硅锭'],
  Gloves: ['glove', '手套'],
  'Rubber Gloves': [
    'nitrile gloves',
    'latex gloves',
    'disposable gloves',
    'examination gloves',
    '丁腈手套',
    '乳胶手套',
  ],
  'Hair Products': ['wigs', 'wig', 'hair extensions', 'human hair', 'hair accessories', '假发', '发制品'],
  Toys: ['toy', '玩具'],
  'Christmas Decorations': ['christmas ornaments', '圣诞装饰'],
  Footwear: ['shoes', 'sneakers', 'boots', '鞋'],
  'Thread/Yarn': ['yarn', 'thread', '纱线'],
  Garlic: ['大蒜'],
  'Lithium-Ion Batteries': ['lithium ion battery', 'lithium batteries', 'li-ion batteries', '锂电池'],
  'Crude Palm Oil': ['palm oil', 'cpo', '棕榈油'],
  Shrimp: ['prawns', '虾'],
  Fish: ['seafood', 'tuna', 'squid'],
  Bricks: ['brick'],
  Carpets: ['carpet', 'rugs', 'rug'],
  Tobacco: ['cigarettes', 'tobacco leaf'],
  'Cobalt ore (heterogenite)': ['cobalt', 'heterogenite'],
  'Tantalum ore (coltan)': ['coltan', 'tantalum'],
  'Tin ore (cassiterite)': ['cassiterite'],
  'Tungsten ore (wolframite)': ['wolframite'],
  Textiles: ['textile fabric', '纺织品'],
  Electronics: ['consumer electronics', '电子产品'],
};

/** Phrase index of product words; each phrase maps to one DOL good (as DOL spells it). */
export function buildGoodsIndex(goods: Iterable<string>): PhraseIndex<string> {
  const idx = new PhraseIndex<string>();
  for (const g of goods) {
    if (SKIP.has(g)) continue;
    const base = g.replace(/\s*\(.*\)\s*$/u, '').trim();
    if (base.length < 3) continue;
    idx.add(base, g, false);
    if (/s$/iu.test(base) && !/ss$/iu.test(base))
      idx.add(
        base
          .replace(/(ies)$/iu, 'y')
          .replace(/([^i])es$/iu, '$1e')
          .replace(/s$/iu, ''),
        g,
        false,
      );
    else idx.add(`${base}s`, g, false);
  }
  for (const [g, words] of Object.entries(EXTRA)) for (const w of words) idx.add(w, g, false);
  return idx;
}
