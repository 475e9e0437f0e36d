// Generates marketplace-like pages of a given size for the page benchmark and the load tests:
// tables of quotes and listing cards, with a few listed suppliers planted among invented ones.
const CITIES = [
  'Ningbo',
  'Yiwu',
  'Shenzhen',
  'Dongguan',
  'Xiamen',
  'Qingdao',
  'Suzhou',
  'Hangzhou',
  'Foshan',
  'Tianjin',
];
const WORDS = [
  'Harbour',
  'Bright',
  'Golden',
  'Ocean',
  'Summit',
  'Evergreen',
  'Pioneer',
  'Silverline',
  'Unity',
  'Zenith',
  'Lotus',
  'Crown',
];
const TRADES = [
  'Textile',
  'Packaging',
  'Electronics',
  'Hardware',
  'Garment',
  'Plastics',
  'Furniture',
  'Toys',
  'Lighting',
  'Ceramics',
];
export const PLANTED = [
  'Camel Group Co., Ltd.',
  'Zhuhai Pantum Electronics Co. Ltd.',
  'Ninestar Corporation',
  'Western Gold Co., Ltd.',
  'Geehy Semiconductor Co., Ltd.',
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** About `nodes` DOM nodes (elements and text nodes) in rows of 10. */
export function bigPageHtml(nodes: number, plantEvery = 997): string {
  const rows: string[] = [];
  const count = Math.ceil(nodes / 10);
  for (let i = 0; i < count; i++) {
    const name =
      i % plantEvery === 0
        ? PLANTED[(i / plantEvery) % PLANTED.length]!
        : `${CITIES[i % 10]} ${WORDS[(i * 7) % 12]} ${TRADES[(i * 3) % 10]} Co., Ltd.`;
    // tr + 4 td + 4 text + 1 b = 10 nodes
    rows.push(
      `<tr><td><b>${esc(name)}</b></td><td>Item ${i}</td><td>US$ ${(i % 97) + 0.5}</td><td>${CITIES[(i * 3) % 10]}</td></tr>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Big supplier table</title></head><body>
<h1>Quotes</h1><table><thead><tr><th>Supplier</th><th>Item</th><th>Price</th><th>City</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></body></html>`;
}
