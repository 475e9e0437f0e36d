// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/engine-api';
import { extract } from '../../../src/content/extract';
import { FlagLayer } from '../../../src/content/draw';

function finding(text: string, start: number, over: Partial<Finding> = {}): Finding {
  return { kind: 'supplier', text, key: text, severity: 'critical', explanation: 'On the UFLPA Entity List since 2024-11-25.', list: 'uflpa', score: 1, why: 'exact', start, end: start + text.length, refs: [], ...over };
}

describe('FlagLayer', () => {
  it('places flags before the matched text without changing the page text', () => {
    document.body.innerHTML = '<p>Buy from <a>Camel Group Co., Ltd.</a> today</p>';
    const before = document.body.textContent;
    const ex = extract(document.body);
    const at = ex.text.indexOf('Camel');
    const layer = new FlagLayer(document, () => ({ name: 'UFLPA Entity List', asOf: '2026-08-10', sourceUrl: 'https://www.dhs.gov/uflpa-entity-list' }));
    layer.draw([finding('Camel Group Co., Ltd.', at)], ex.segments);
    const flag = document.querySelector('laborlens-flag')!;
    expect(flag.getAttribute('data-kind')).toBe('supplier');
    expect(flag.getAttribute('data-severity')).toBe('critical');
    expect(flag.getAttribute('data-key')).toBe('Camel Group Co., Ltd.');
    expect(flag.nextSibling?.textContent).toBe('Camel Group Co., Ltd.');
    expect(document.body.textContent).toBe(before);
    expect(flag.shadowRoot?.textContent).toContain('UFLPA Entity List since 2024-11-25');
    expect(flag.shadowRoot?.textContent).toContain('UFLPA Entity List, as of 2026-08-10');
    expect(flag.shadowRoot?.textContent).toContain('What to do: UFLPA rebuttable presumption');
    expect(flag.shadowRoot?.querySelector('a')?.getAttribute('href')).toBe('https://www.dhs.gov/uflpa-entity-list');
  });

  it('renders hostile finding text as text, never markup', () => {
    document.body.innerHTML = '<p>X</p>';
    const ex = extract(document.body);
    const layer = new FlagLayer(document, () => undefined);
    layer.draw([finding('X', 0, { key: '<img src=x onerror=alert(1)>', explanation: '<b>bold</b>' })], ex.segments);
    const root = document.querySelector('laborlens-flag')!.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('keeps flags that still apply and removes those whose finding is gone', () => {
    document.body.innerHTML = '<p>Alpha Co., Ltd.</p><p>Beta Co., Ltd.</p>';
    const ex = extract(document.body);
    const a = finding('Alpha Co., Ltd.', ex.text.indexOf('Alpha'));
    const b = finding('Beta Co., Ltd.', ex.text.indexOf('Beta'));
    const layer = new FlagLayer(document, () => undefined);
    layer.draw([a, b], ex.segments);
    const first = document.querySelector('laborlens-flag[data-key="Alpha Co., Ltd."]');
    layer.draw([a], extract(document.body).segments);
    expect(document.querySelectorAll('laborlens-flag')).toHaveLength(1);
    expect(document.querySelector('laborlens-flag[data-key="Alpha Co., Ltd."]')).toBe(first);
  });
});
