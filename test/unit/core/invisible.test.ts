// Invisible characters and look-alike letters must not hide a listed name.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine';
import { stripInvisible } from '../../../src/core/text/invisible';
import { fixtureData } from './fixture-data';

const engine = createEngine(fixtureData());
const listed = (text: string) => engine.scan(text).filter((f) => f.kind === 'supplier' && f.refs.length > 0);

describe('invisible characters and look-alike letters', () => {
  it.each([
    ['zero-width space inside a word', 'Heti\u200Ban Taida Apparel Co., Ltd'],
    ['zero-width joiner inside a word', 'Hetian Tai\u200Dda Apparel Co., Ltd'],
    ['soft hyphen inside a word', 'Hetian Taida Ap\u00ADparel Co., Ltd'],
    ['zero-width space instead of a space', 'Hetian\u200BTaida Apparel Co., Ltd'],
    ['Cyrillic a', 'Heti\u0430n Taida Apparel Co., Ltd'],
    ['Cyrillic capital O and E', 'H\u0415TIAN TAID\u0410 APPAREL C\u041E., LTD'],
    ['Greek omicron', 'Hetian Taida Apparel C\u03BF., Ltd'],
  ])('%s', (_label, text) => {
    const f = listed(text).find((x) => x.key === 'Hetian Taida Apparel Co., Ltd');
    expect(f, JSON.stringify(listed(text))).toBeDefined();
    // Offsets and text stay those of the page as written.
    expect(text.slice(f!.start, f!.end)).toBe(f!.text);
    expect(f!.text.startsWith('H')).toBe(true);
  });

  // Look-alikes beyond Cyrillic and Greek, from Unicode's confusables table.
  it.each([
    ['Armenian o', 'Xinjiang Zh\u0585ngtai Chemical Co. Ltd.'],
    ['small capital O', 'Xinjiang Zh\u1D0Fngtai Chemical Co. Ltd.'],
    ['Armenian o in an all-caps name', 'XINJIANG ZH\u0555NGTAI CHEMICAL CO. LTD.'],
  ])('%s', (_label, text) => {
    const f = listed(text).find((x) => x.key === 'Xinjiang Zhongtai Chemical Co. Ltd.');
    expect(f?.severity, JSON.stringify(listed(text))).toBe('critical');
    expect(text.slice(f!.start, f!.end)).toBe(f!.text);
  });

  it('maps stripped offsets back to the original text', () => {
    const s = stripInvisible('a\u200Bb\u00ADc');
    expect(s.text).toBe('abc');
    expect(Array.from(s.origin)).toEqual([0, 2, 4, 5]);
  });

  it('does not make a name of unrelated words joined by invisible characters', () => {
    expect(listed('Hetian\u200B Market Taida Apparel Co., Ltd')).toEqual([]);
  });
});
