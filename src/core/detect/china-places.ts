// China's provinces and prefecture-level cities outside Xinjiang (china-places-data.ts) as names
// the origin detector reads: the full Chinese name (河南省), the short one (河南), the pinyin spelling
// (Henan, Xuchang; written any case: "ShanDong", "YanTai"). All are China (CN).
import { CHINA_PLACES } from './china-places-data';

export interface ChinaPlace {
  zh: string;
  short: string;
  en: string;
  province: boolean;
}

let cache: ChinaPlace[] | undefined;

export function chinaPlaces(): ChinaPlace[] {
  return (cache ??= CHINA_PLACES.split('\n').map((row) => {
    const [zh = '', short = '', en = '', level = ''] = row.split('|');
    return { zh, short, en, province: level === 'p' };
  }));
}
