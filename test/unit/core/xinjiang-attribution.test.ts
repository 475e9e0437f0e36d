// An unlisted company is placed in Xinjiang by its own name, its own address or location field, or
// a clause saying it is there; never by another company's name, a place elsewhere in the sentence,
// the goods it buys, or a byline.
import { describe, expect, it } from 'vitest';
import { loadBundledRiskData } from '../../../src/cli/bundled';
import { createEngine } from '../../../src/core/engine/engine';

const engine = createEngine(loadBundledRiskData());
const severityOf = (text: string, name: string): string | undefined =>
  engine.scan(text).find((f) => f.kind === 'supplier' && f.key === name)?.severity;

describe('Xinjiang attribution by structure', () => {
  it.each([
    [
      'Reporting by our Kashgar correspondent. Yantai Hengyuan Trading Co., Ltd. of Shandong exports garments.',
      'Yantai Hengyuan Trading Co., Ltd.',
    ],
    [
      'Zhongshan Bright Textiles Co., Ltd. buys yarn from Xinjiang and sells shirts.',
      'Zhongshan Bright Textiles Co., Ltd.',
    ],
    [
      'Hetian Taida Apparel Co., Ltd. and Shandong Ruyi Weaving Co., Ltd. in Qingdao.',
      'Shandong Ruyi Weaving Co., Ltd.',
    ],
    [
      'Acme Garments Co., Ltd. won the tender. Separately, officials in Kashgar opened a park.',
      'Acme Garments Co., Ltd.',
    ],
  ])('%j: %s stays info', (text, name) => expect(severityOf(text, name)).toBe('info'));
  it.each([
    ['Korla Fragrant Pear Trading Co., Ltd. sells pears.', 'Korla Fragrant Pear Trading Co., Ltd.'],
    ['Sunrise Yarn Co., Ltd. is based in Korla, Xinjiang.', 'Sunrise Yarn Co., Ltd.'],
    [
      'Supplier: Tianshan Cotton Trading Co., Ltd.\nAddress: 8 Renmin Road, Aksu, Xinjiang, China',
      'Tianshan Cotton Trading Co., Ltd.',
    ],
    ['Orders go to Bright Star Textile Co., Ltd. in Kashgar, China.', 'Bright Star Textile Co., Ltd.'],
  ])('%j: %s is high', (text, name) => expect(severityOf(text, name)).toBe('high'));
});
