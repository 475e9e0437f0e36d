// Traditional -> simplified Chinese fold for name matching. Compact by design: it covers the
// characters of the UFLPA Chinese-name file plus the characters that recur in company names,
// addresses and trade terms (legal forms, industries, materials, places). A full converter such as
// opencc-js is several hundred KB; names only need this subset. Pairs are written trad+simp.
const PAIRS =
  '業业東东華华電电機机廠厂厰厂區区團团紡纺織织體体產产導导發发髮发實实興兴農农開开國国際际貿贸' +
  '經经濟济聯联鋼钢鐵铁銅铜鋁铝鋅锌鎂镁礦矿製制裝装設设計计術术責责務务資资營营運运輸输倉仓儲储' +
  '醫医藥药衛卫陽阳陰阴雲云龍龙鳳凤島岛灣湾廣广門门關关閩闽蘇苏瀋沈濟济滬沪黃黄綠绿藍蓝紅红紗纱' +
  '線线絲丝綢绸縣县鄉乡鎮镇廳厅層层屬属寶宝爾尔萬万葉叶飾饰駱骆駝驼準准協协糧粮碩硕時时們们個个' +
  '來来會会傳传價价優优億亿備备專专並并為为麗丽兒儿內内兩两凱凯劃划劑剂動动勞劳勢势勝胜匯汇單单' +
  '廈厦參参員员問问啟启喬乔圍围園园圖图場场塊块塗涂報报墊垫壓压壩坝夾夹奧奥奪夺學学孫孙寧宁寫写' +
  '將将對对屆届嶺岭巖岩幣币幫帮庫库廢废張张強强彈弹歸归從从復复應应總总態态慶庆戰战擁拥擇择據据' +
  '換换揚扬損损攜携數数斷断晉晋暢畅書书條条棟栋樂乐標标樹树橋桥檢检歐欧歲岁歷历氣气氫氢沖冲況况' +
  '減减測测湯汤滿满漁渔漢汉潔洁澤泽濕湿煉炼煙烟熱热燈灯爐炉爭争獎奖獨独環环畫画異异當当盤盘盡尽' +
  '監监矽硅碼码礎础確确穩稳窯窑競竞筆笔節节範范築筑簡简籃篮類类係系紀纪約约純纯紙纸級级組组結结' +
  '絕绝絡络給给統统綜综網网編编緯纬縱纵績绩繡绣繩绳繼继續续纖纤義义習习聖圣聲声職职肅肃膠胶臺台' +
  '與与舉举艦舰莊庄藝艺蘋苹處处號号衝冲複复規规視视親亲觀观訊讯訓训記记許许評评試试該该認认語语' +
  '誠诚說说調调請请論论證证識识譯译讀读變变豐丰財财貨货販贩貴贵賣卖質质購购贏赢趙赵輕轻載载輝辉' +
  '輪轮轉转進进達达遠远適适遷迁選选遺遗鄭郑釀酿針针釣钓鈕钮鈣钙銀银鋒锋錄录錢钱錦锦錫锡鍋锅鍍镀' +
  '鎳镍鏈链鐘钟鑄铸長长陸陆隊队險险隨随雙双雞鸡離离靈灵韓韩頁页順顺項项頓顿領领頭头題题顏颜顯显' +
  '風风飛飞飼饲養养館馆馬马騰腾驗验鬆松魚鱼魯鲁鮮鲜鳥鸟鹽盐麥麦點点齊齐齒齿紫紫棉棉艷艳紐纽絨绒' +
  '襪袜鞋鞋褲裤裙裙衫衫帶带條条塑塑膠胶鋰锂鈉钠鉀钾礬矾鹼碱氧氧電电池池晶晶體体矽硅陶陶瓷瓷' +
  '蕃蕃喀喀噶噶魏魏疆疆維维吾吾爾尔區区烏乌魯鲁齊齐瑪玛依依犁犁塔塔城城勒勒阿阿爾尔泰泰哈哈密密' +
  '昌昌吉吉博博樂乐巴巴音音郭郭楞楞克克蘇苏孜孜勒勒庫库車车沙沙雅雅輪轮臺台焉焉耆耆和和碩硕' +
  '兵兵團团師师墾垦農农場场總总廠厂礦矿務务處处鄯鄯善善吐吐魯鲁番番溫温宿宿庫库爾尔勒勒' +
  '貝贝齡龄億亿擔担擴扩攝摄據据撥拨補补襯衬裡里錶表鐘钟鑽钻鑰钥閃闪閥阀陣阵階阶隸隶雜杂雖虽' +
  '願愿顧顾飲饮飯饭餘余驅驱驚惊體体鬥斗魷鱿鯨鲸鴻鸿鵬鹏鶴鹤麵面黨党龜龟' +
  '創创責责洽洽準准協协紡纺織织綠绿緯纬経经團团';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const t = PAIRS[i] as string;
  const s = PAIRS[i + 1] as string;
  if (t !== s && !MAP.has(t)) MAP.set(t, s);
}
// Japanese shinjitai / variant forms seen in company names.
MAP.set('経', '经');
MAP.set('広', '广');
MAP.set('沢', '泽');

/** Simplified form of one character (identity when unknown or already simplified). */
export function tradToSimp(ch: string): string {
  return MAP.get(ch) ?? ch;
}

export const TRAD_SIMP_SIZE = MAP.size;
