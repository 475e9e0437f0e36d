// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/engine/engine-api';
import { extract } from '../../../src/content/extract';
import { FlagLayer } from '../../../src/content/draw';

function finding(text: string, start: number, over: Partial<Finding> = {}): Finding {
  return {
    kind: 'supplier',
    text,
    key: text,
    severity: 'critical',
    explanation: 'On the UFLPA Entity List since 2024-11-25.',
    list: 'uflpa',
    score: 1,
    why: 'exact',
    start,
    end: start + text.length,
    refs: [],
    ...over,
  };
}

const flags = () =>
  Array.from(document.querySelector('laborlens-root')?.shadowRoot?.querySelectorAll('laborlens-flag') ?? []);

describe('FlagLayer', () => {
  beforeEach(() => document.querySelectorAll('laborlens-root').forEach((e) => e.remove()));

  it('places flags before the matched text without changing the page text', () => {
    document.body.innerHTML = '<p>Buy from <a>Camel Group Co., Ltd.</a> today</p>';
    const before = document.body.textContent;
    const ex = extract(document.body);
    const at = ex.text.indexOf('Camel');
    const layer = new FlagLayer(document, () => ({
      name: 'UFLPA Entity List',
      asOf: '2026-08-10',
      sourceUrl: 'https://www.dhs.gov/uflpa-entity-list',
    }));
    layer.draw([finding('Camel Group Co., Ltd.', at)], ex.segments);
    const flag = document.querySelector('laborlens-root')!.shadowRoot!.querySelector('laborlens-flag')!;
    expect(flag.getAttribute('data-kind')).toBe('supplier');
    expect(flag.getAttribute('data-severity')).toBe('critical');
    expect(flag.getAttribute('data-key')).toBe('Camel Group Co., Ltd.');
    // The page's own elements are untouched: the overlay lives outside <body>.
    expect(document.querySelector('a')!.firstChild!.nodeType).toBe(Node.TEXT_NODE);
    expect(document.body.querySelector('laborlens-flag, laborlens-root')).toBeNull();
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
    const root = flags()[0]!.shadowRoot!;
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
    expect(flags()).toHaveLength(2);
    const first = flags().find((f) => f.getAttribute('data-key') === 'Alpha Co., Ltd.');
    layer.draw([a], extract(document.body).segments);
    expect(flags()).toHaveLength(1);
    expect(flags()[0]).toBe(first);
  });
});
