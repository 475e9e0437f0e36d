// Which Xinjiang place names are safe to read as "in Xinjiang" on their own. County pinyin often
// collides with places and brands elsewhere in China ("Yiwu" is also the Zhejiang market city,
// "Yuli", "Bole", "Wenquan" are names and words), so bare county names count only when they are
// known to be distinctive; otherwise they need "County"/"City"/"District" (or 县/市/区) with them.

// Spellings that are not also ordinary two-syllable Chinese brand or given names ("Fukang",
// "Fuyun", "Yumin", "Jiashi" are), nor places elsewhere ("Yutian" is also in Hebei).
const EN_DISTINCTIVE = new Set(
  (
    'korla kuerle kuqa kuche shihezi toksun tuokexun shache yarkand kuytun tumxuk alashankou khorgos horgos hutubi ' +
    'manasi keriya karakax luopu pishan qiemo cherchen ruoqiang charkhlik awati maralbexi payzawat kargilik poskam ' +
    'makit maigaiti yopurga yuepuhu yengisar yingjisha atushi artux wuqia ulugqat akqi akto aketao tashkurgan ' +
    'taxkorgan qapqal chabuchaer gulja ghulja tekes nilka nileke dorbiljin hoboksar burqin buerjin jimunai barkol ' +
    'balikun shanshan pichan piqan turpan tulufan turfan uqturpan kalpin dushanzi maytag karamay kelamayi wulumuqi ' +
    'urumqi urumchi tiemenguan kokdala kekedala huyanghe kumul qumul chuguchak altay aletai hotan hetian khotan ' +
    'kashgar kashi kaxgar aksu akesu hami changji tacheng bortala boertala bayingolin bayinguoleng bayingol kizilsu ' +
    'kezilesu qizilsu xinjiang sinkiang xuar'
  ).split(' '),
);

/** Chinese short forms that are ordinary words or places elsewhere too. */
const ZH_AMBIGUOUS = new Set([
  '新星',
  '白杨',
  '双河',
  '北屯',
  '昆玉',
  '温泉',
  '新源',
  '新和',
  '沙湾',
  '天山',
  '新市',
  '高昌',
  '米东',
  '和平',
  '和静',
  '青河',
  '精河',
  '博乐',
]);

/** Whether an English place name may count without a County/City/District word. */
export function englishPlaceOk(name: string, level: string): boolean {
  const low = name.toLowerCase();
  if (/\b(county|city|district|prefecture|region|autonomous)\b/u.test(low)) return true;
  if (level === 'region') return true;
  if (/\s/u.test(low)) return true; // multi-word forms are specific
  return EN_DISTINCTIVE.has(low.replace(/['’]/gu, ''));
}

export function chinesePlaceOk(name: string): boolean {
  return name.length >= 2 && !ZH_AMBIGUOUS.has(name);
}
