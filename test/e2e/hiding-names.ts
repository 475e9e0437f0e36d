// The listed names test/fixtures/pages/hostile-hiding.html hides, one trick each.
export const HIDDEN_NAMES = [
  'Camel Group Co., Ltd.',
  'Changhong Meiling Co., Ltd.',
  'Dongguan Oasis Shoes Co., Ltd.',
  'Geehy Semiconductor Co., Ltd.',
  'Western Gold Co., Ltd.',
  'Zhuhai Apex Microelectronics Co., Ltd.',
  'Zhuhai Pantum Electronics Co. Ltd.',
];
