// Per listing, never across listings: a table row's HS code is judged with its own row's origin.
import { describe, expect, it } from 'vitest';
import { loadBundledRiskData } from '../../../src/cli/bundled';
import { createEngine } from '../../../src/core/engine/engine';

const engine = createEngine(loadBundledRiskData());
const TABLE =
  'Request for quotation\nSupplier\tItem\tHS Code\tOrigin\n' +
  'Alpha Chemical Co., Ltd.\tPVC resin SG-5\t3904.10\tXinjiang\n' +
  'Qingdao Brightwater Plastics Co., Ltd.\tPVC resin SG-5\t3904.10\tVN\n' +
  'Beta Polymers Ltd.\tPVC resin SG-5\t3904.10\t\n';

describe('row context', () => {
  const hs = engine.scan(TABLE).filter((f) => f.kind === 'hs');
  const row = (needle: string) => {
    const at = TABLE.indexOf(needle);
    const f = hs.find((h) => h.start > at && h.start < TABLE.indexOf('\n', at));
    if (!f) throw new Error(`no code in the ${needle} row`);
    return f;
  };
  it('places the Xinjiang row in Xinjiang', () => {
    expect(row('Alpha').explanation).toMatch(/places (?:the|these) goods in Xinjiang/u);
  });
  it('does not place the Vietnamese row in Xinjiang', () => {
    expect(row('Qingdao').explanation).not.toMatch(/places (?:the|these) goods in Xinjiang/u);
    expect(['high', 'critical']).not.toContain(row('Qingdao').severity);
  });
  it('a row with no origin borrows none from the rows around it', () => {
    expect(row('Beta').explanation).not.toMatch(/places (?:the|these) goods in Xinjiang|Vietnam|China/u);
  });
});
