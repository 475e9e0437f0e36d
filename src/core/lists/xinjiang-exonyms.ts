// English forms of Xinjiang places that suppliers and news actually use, keyed by NBS code.
// The cnid-validator English column is machine-translated ("Kashi area", "Zapp County", "Yin Min
// County") and is not used; GeoNames forms and the pinyin are. These are the well-known exonyms
// and Uyghur-derived forms (Kashgar, Hotan, Korla ...) that no source file links to a code: the
// links below are LaborLens's, from the Chinese names.
export const EXONYMS: Readonly<Record<string, readonly string[]>> = {
  '65': ['Xinjiang', 'XUAR', 'Xinjiang Uyghur Autonomous Region', 'Xinjiang Uygur Autonomous Region', 'Sinkiang', 'East Turkestan'],
  '6590': ['county-level cities under direct Xinjiang administration'],
  '6501': ['Urumqi', 'Ürümqi', 'Urumchi', 'Wulumuqi'],
  '6502': ['Karamay', 'Kelamayi'],
  '6504': ['Turpan', 'Turfan', 'Tulufan'],
  '6505': ['Hami', 'Kumul', 'Qumul'],
  '6523': ['Changji'],
  '6527': ['Bortala', "Bo'ertala"],
  '6528': ['Bayingolin', 'Bayinguoleng', 'Bayingol'],
  '6529': ['Aksu', 'Akesu'],
  '6530': ['Kizilsu', 'Kezilesu', 'Qizilsu', 'Kizilsu Kirghiz'],
  '6531': ['Kashgar', 'Kashi', 'Kaxgar', 'Qeshqer'],
  '6532': ['Hotan', 'Hetian', 'Khotan'],
  '6540': ['Ili', 'Yili', 'Ili Kazakh'],
  '6542': ['Tacheng', 'Qoqek', 'Chuguchak'],
  '6543': ['Altay', 'Aletai', 'Altai'],
  '650202': ['Dushanzi', 'Maytag'],
  '650402': ['Gaochang'],
  '650421': ['Shanshan', 'Pichan', 'Piqan'],
  '650422': ['Toksun', 'Tuokexun'],
  '650502': ['Yizhou'],
  '650521': ['Barkol', 'Balikun'],
  '652701': ['Bole', 'Bortala City'],
  '652801': ['Korla', 'Kuerle'],
  '652823': ['Yuli', 'Lopnur'],
  '652824': ['Ruoqiang', 'Charkhlik'],
  '652825': ['Qiemo', 'Cherchen'],
  '652901': ['Aksu City', 'Akesu'],
  '652902': ['Kuqa', 'Kuche', 'Kucha'],
  '653001': ['Atush', 'Artux', 'Atushi'],
  '653022': ['Akto', 'Aketao'],
  '653024': ['Ulugqat', 'Wuqia'],
  '653101': ['Kashgar', 'Kashi', 'Kashgar City'],
  '653121': ['Shufu', 'Kona Shahar'],
  '653122': ['Shule', 'Yengisheher'],
  '653123': ['Yengisar', 'Yingjisha'],
  '653124': ['Poskam', 'Zepu'],
  '653125': ['Yarkant', 'Yarkand', 'Shache'],
  '653126': ['Kargilik', 'Yecheng'],
  '653127': ['Makit', 'Maigaiti'],
  '653128': ['Yopurga', 'Yuepuhu'],
  '653129': ['Peyziwat', 'Jiashi'],
  '653130': ['Maralbexi', 'Bachu'],
  '653131': ['Tashkurgan', 'Taxkorgan'],
  '653201': ['Hotan', 'Hotan City', 'Hetian'],
  '653221': ['Hotan County'],
  '653222': ['Karakax', 'Moyu'],
  '653223': ['Guma', 'Pishan'],
  '653224': ['Lop', 'Luopu', 'Lop County'],
  '653225': ['Qira', 'Cele'],
  '653226': ['Keriya', 'Yutian'],
  '653227': ['Niya', 'Minfeng'],
  '654002': ['Yining', 'Ghulja', 'Gulja', 'Kulja'],
  '654003': ['Kuytun', 'Kuitun'],
  '654004': ['Khorgas', 'Horgos', 'Huoerguosi'],
  '654022': ['Qapqal', 'Chabuchaer'],
  '654201': ['Tacheng City', 'Qoqek'],
  '654202': ['Wusu', 'Shihu'],
  '654221': ['Dorbiljin', 'Emin'],
  '659001': ['Shihezi'],
  '659002': ['Aral', 'Alar', 'Ala'],
  '659003': ['Tumxuk', 'Tumushuke'],
  '659004': ['Wujiaqu'],
  '659005': ['Beitun'],
  '659006': ['Tiemenguan'],
  '659007': ['Shuanghe'],
  '659008': ['Kokdala', 'Kekedala'],
  '659009': ['Kunyu'],
  '659010': ['Huyanghe'],
  '659011': ['Xinxing'],
  '659012': ['Baiyang'],
};

/** Pinyin that the cnid-validator source gets wrong (PROVENANCE section 8), by NBS code. */
export const PINYIN_FIXES: Readonly<Record<string, string>> = {
  '653129': 'jia shi xian', // 伽师: "qie shi" in the source
  '652823': 'yu li xian', // 尉犁: read yù lí, not "wei li"
};

/** Extra Chinese short forms that the suffix rule does not produce. */
export const EXTRA_ZH: Readonly<Record<string, readonly string[]>> = {
  '65': ['新疆', '新疆自治区'],
};
