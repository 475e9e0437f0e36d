import { describe, expect, it } from 'vitest';
import { extractSuppliers } from '../../../src/core/suppliers/supplier-extract';
import { partyNames } from '../../../src/core/suppliers/parties';
import { tokenize } from '../../../src/core/text/normalize';

const names = (text: string): string[] => extractSuppliers(text, tokenize(text)).map((n) => n.text);

describe('company names on a page', () => {
  it.each([
    ['The WRO was issued under 19 U.S.C. 1307, banning goods.'],
    ['Section 307 of the Tariff Act of 1930 (19 U.S.C. § 1307) prohibits it.'],
    ['See 19 C.F.R. § 133.21(b).'],
    ['A Sino-US joint venture in Tianjin.'],
    // A bill of lading made out "to order of" a bank names the bank that holds the goods as
    // security, not a trading party.
    ['CONSIGNEE: TO ORDER OF BANK OF AMERICA N.A.'],
    ['Consignee: To the order of HSBC Bank plc'],
    ['CONSIGNEE: ORDER OF STANDARD CHARTERED BANK LTD.'],
  ])('%j names no company', (text) => expect(names(text)).toEqual([]));

  it('keeps an initialism that starts a name', () => {
    expect(names('Order from C.F.L. Sportswear Trading Inc. today')).toEqual(['C.F.L. Sportswear Trading Inc.']);
  });

  it('still reads a company whose name starts with Order', () => {
    expect(names('Supplier: Order Solutions Ltd. ships today')).toEqual(['Order Solutions Ltd.']);
  });

  it('does not take a packing-list header for a name', () => {
    expect(names('DESCRIPTION   HS CODE   QTY   N.W.(KG)  G.W.(KG)')).toEqual([]);
  });
});

describe('listed names', () => {
  it('a name that is an acronym and a legal form is also its acronym', () => {
    const e = { id: 'x', name: 'TBEA Co., Ltd.', aliases: [], sections: [], country: 'CN', date: '2024-01-01' };
    expect(partyNames(e).map((n) => n.name)).toEqual(['TBEA Co., Ltd.', 'TBEA']);
  });
  it('an ordinary name gets no acronym', () => {
    const e = { id: 'y', name: 'Hetian Taida Apparel Co., Ltd', aliases: [] };
    expect(partyNames(e).map((n) => n.name)).toEqual(['Hetian Taida Apparel Co., Ltd']);
  });
});

describe('on the bundled lists', async () => {
  const { loadBundledRiskData } = await import('../../../src/cli/bundled');
  const { createEngine } = await import('../../../src/core/engine/engine');
  const engine = createEngine(loadBundledRiskData());
  const suppliers = (text: string) =>
    engine
      .scan(text)
      .filter((f) => f.kind === 'supplier')
      .map((f) => [f.key, f.severity]);
  it('a listed acronym alone, in capitals, is the listed entity', () => {
    expect(suppliers('Polysilicon from TBEA, shipped in May.')).toEqual([['TBEA Co., Ltd.', 'critical']]);
  });
  it('a statute is never a supplier', () => {
    expect(suppliers('Section 307 of the Tariff Act of 1930 (19 U.S.C. § 1307) bans such goods.')).toEqual([]);
  });
});
