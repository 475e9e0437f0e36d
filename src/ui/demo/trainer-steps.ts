// The guided walk through each kind of flag on the demo page, for trainers.
export interface TrainerStep {
  title: string;
  text: string;
  /** The flag this step points at, by the flag contract's attributes; none for a step about the absence of a flag. */
  flag?: { kind: 'supplier' | 'hs' | 'origin'; key: string };
  /** For a step without a flag: the demo page's element it is about (a CSS selector). */
  target?: string;
  /** Pages of the extension this step sends the trainer to (e.g. the file check with a sample). */
  links?: { href: string; label: string }[];
}

export const STEPS: TrainerStep[] = [
  {
    title: 'A listed entity: critical',
    text: 'Hoshine Silicon Industry (Shanshan) is on the DHS UFLPA Entity List. Goods it makes are presumed made with forced labor and barred from US entry. Hover the mark of the flag, or Tab to it and press Enter, to read why and what to do.',
    flag: { kind: 'supplier', key: 'Hoshine Silicon Industry (Shanshan) Co., Ltd' },
  },
  {
    title: 'The same entity under another name',
    text: 'The page says "Hotan Haolin Hair Accessories", an alias DHS gives for Hetian Haolin Hair Accessories Co. Ltd. LaborLens flags the listed entity and shows its primary name.',
    flag: { kind: 'supplier', key: 'Hetian Haolin Hair Accessories Co. Ltd.' },
  },
  {
    title: 'A name in upper case, in a quote table',
    text: 'Procurement portals often print names in capitals and with other punctuation. XINJIANG ZHONGTAI CHEMICAL CO., LTD is the listed Xinjiang Zhongtai Chemical Co. Ltd.',
    flag: { kind: 'supplier', key: 'Xinjiang Zhongtai Chemical Co. Ltd.' },
  },
  {
    title: 'A Chinese name read in pinyin',
    text: 'The UFLPA list gives Aksu Huafu Color Spinning in English only. The listing 阿克苏华孚色纺有限公司 reads "Akesu Huafu" (Aksu) in pinyin, so LaborLens flags a possible match for review: characters that sound alike can hide another company. Its Xinjiang place keeps the flag high.',
    flag: { kind: 'supplier', key: 'Aksu Huafu Color Spinning Co., Ltd.' },
  },
  {
    title: 'A Withhold Release Order',
    text: 'Giant Manufacturing is named in an active CBP Withhold Release Order (2025) on bicycles: CBP detains such goods at the border under 19 U.S.C. 1307.',
    flag: { kind: 'supplier', key: 'Giant Manufacturing Co., Ltd.' },
  },
  {
    title: 'Made in Xinjiang',
    text: 'Any good made wholly or in part in Xinjiang falls under the UFLPA presumption, whoever sells it. LaborLens knows Xinjiang places in English and Chinese (Turpan/Tulufan, 乌鲁木齐...).',
    flag: { kind: 'origin', key: 'CN-XJ' },
  },
  {
    title: 'A tariff code in a high-priority sector',
    text: 'HS 2804.69 is silicon: DHS names silica-based products a UFLPA high-priority sector. The card says whether the code is the good itself (direct) or a product that usually contains it.',
    flag: { kind: 'hs', key: '280469' },
  },
  {
    title: 'A country-wide order',
    text: 'Cotton from Turkmenistan is under a country-wide CBP order, and the DOL lists it as made with forced labor. The flag sits on the origin; its card cites the order and its date.',
    flag: { kind: 'origin', key: 'TM' },
  },
  {
    title: 'A look-alike is not flagged',
    text: 'Shenzhen Meike Digital Technology is a different company from the listed "Meike Co." (an alias of Jiangsu Meike Solar Technology). A longer company name that merely contains a listed name is not that company, so it carries no flag.',
    target: 'a[href="#s3"]',
  },
  {
    title: 'A lifted order',
    text: 'The news item names Top Glove, whose Finding CBP modified after remediation. Lifted orders never raise a risk flag: they are counted in the popup as detected, with the date they were lifted.',
    target: '.news p',
  },
  {
    title: 'Quotes and supplier files',
    text: 'Quotes arrive as PDF or Excel attachments, and supplier masters live in Excel. "Check a file" (in the popup or Settings) reads them. The sample quote: each line item is checked with its supplier, HS code and origin, and every finding says where it is (page and line). The sample supplier master: every supplier is screened, listed entities first. Nothing leaves the browser.',
    links: [
      { href: 'check.html?sample=sample-quote.pdf', label: 'Check the sample quote (PDF)' },
      { href: 'check.html?sample=sample-suppliers.xlsx', label: 'Screen the sample supplier master (XLSX)' },
    ],
  },
  {
    title: "Your team's decisions",
    text: 'Open the LaborLens toolbar popup: findings are grouped by severity, each with what to do. Mark a supplier "under review", "cleared" (with the evidence) or "false match"; the page shows it from the next scan, and Settings keeps the history of checks for your sourcing file.',
  },
];
