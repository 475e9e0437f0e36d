// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../src/core/engine/engine-api';
import { extract } from '../../../src/content/extract';
import { FlagLayer } from '../../../src/content/draw';
import { FLAG_HOST_STYLE } from '../../../src/content/flag-element';

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

// Every layer is cleared after its test: a layer's repair timer would put its overlay back into
// the page of the next test, or of the next file (files share a worker).
const layers: FlagLayer[] = [];
const layerOf = (listOf: ConstructorParameters<typeof FlagLayer>[1]): FlagLayer => {
  const layer = new FlagLayer(document, listOf);
  layers.push(layer);
  return layer;
};

describe('FlagLayer', () => {
  beforeEach(() => document.querySelectorAll('laborlens-root').forEach((e) => e.remove()));
  afterEach(() => layers.splice(0).forEach((l) => l.clear()));

  it('places flags before the matched text without changing the page text', () => {
    document.body.innerHTML = '<p>Buy from <a>Camel Group Co., Ltd.</a> today</p>';
    const before = document.body.textContent;
    const ex = extract(document.body);
    const at = ex.text.indexOf('Camel');
    const layer = layerOf(() => ({
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
    const layer = layerOf(() => undefined);
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
    const layer = layerOf(() => undefined);
    layer.draw([a, b], ex.segments);
    expect(flags()).toHaveLength(2);
    const first = flags().find((f) => f.getAttribute('data-key') === 'Alpha Co., Ltd.');
    layer.draw([a], extract(document.body).segments);
    expect(flags()).toHaveLength(1);
    expect(flags()[0]).toBe(first);
  });

  it('places flags by writing their whole style attribute, never through el.style', () => {
    // The host style's `all: initial` makes a style changed through el.style costly to read back
    // (the per-flag check reads every flag's attribute names): 0.1 ms a flag in Chromium.
    document.body.innerHTML = '<p>Alpha Co., Ltd.</p><p>Beta Co., Ltd.</p>';
    const ex = extract(document.body);
    const rect = { left: 10, top: 20, right: 110, bottom: 36, width: 100, height: 16, x: 10, y: 20 };
    const rects = vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([rect] as unknown as DOMRectList);
    const setProperty = vi.spyOn(CSSStyleDeclaration.prototype, 'setProperty');
    const layer = layerOf(() => undefined);
    try {
      layer.draw(
        [finding('Alpha Co., Ltd.', ex.text.indexOf('Alpha')), finding('Beta Co., Ltd.', ex.text.indexOf('Beta'))],
        ex.segments,
      );
      layer.position();
      expect(flags()).toHaveLength(2);
      for (const f of flags()) {
        const style = f.getAttribute('style') ?? '';
        expect(style.startsWith(FLAG_HOST_STYLE)).toBe(true);
        expect(style).toContain('left: 10px !important');
        expect(style).toContain('width: 100px !important');
      }
      expect(setProperty).not.toHaveBeenCalled();
      // A flag with nothing to show is hidden the same way.
      rects.mockReturnValue([] as unknown as DOMRectList);
      layer.position();
      for (const f of flags()) expect(f.getAttribute('style')).toBe(`${FLAG_HOST_STYLE} display: none !important;`);
      expect(setProperty).not.toHaveBeenCalled();
    } finally {
      rects.mockRestore();
      setProperty.mockRestore();
    }
  });
});
