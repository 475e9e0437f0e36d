// @vitest-environment happy-dom
// A page script edits our overlay; the layer puts the flags' meaning back on its next check.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../src/core/engine/engine-api';
import { extract } from '../../../src/content/extract';
import { FlagLayer } from '../../../src/content/draw';
import { RepairBudget } from '../../../src/content/repair-budget';

function finding(text: string, start: number): Finding {
  return {
    kind: 'supplier',
    text,
    key: text,
    severity: 'critical',
    explanation: 'Listed.',
    list: 'uflpa',
    score: 1,
    why: 'exact',
    start,
    end: start + text.length,
    refs: [],
  };
}
const root = () => document.querySelector<HTMLElement>('laborlens-root');
const flags = () => Array.from(root()?.shadowRoot?.querySelectorAll('laborlens-flag') ?? []);
const state = () =>
  flags().map((f) =>
    [f.getAttribute('data-kind'), f.getAttribute('data-severity'), f.getAttribute('data-key')].join('|'),
  );

function drawn(): FlagLayer {
  document.body.innerHTML = '<p>Buy from Camel Group Co., Ltd. or Ninestar Corporation</p>';
  const ex = extract(document.body);
  const layer = new FlagLayer(document, () => undefined);
  layer.draw(
    [
      finding('Camel Group Co., Ltd.', ex.text.indexOf('Camel')),
      finding('Ninestar Corporation', ex.text.indexOf('Ninestar')),
    ],
    ex.segments,
  );
  return layer;
}
const WANT = ['supplier|critical|Camel Group Co., Ltd.', 'supplier|critical|Ninestar Corporation'];

describe('FlagLayer against page scripts', () => {
  beforeEach(() => document.querySelectorAll('laborlens-root').forEach((e) => e.remove()));

  it('restores a changed severity and key, a removed flag, and a stray element', async () => {
    const layer = drawn();
    expect(state()).toEqual(WANT);
    flags()[0]!.setAttribute('data-severity', 'info');
    flags()[1]!.setAttribute('data-key', 'Nobody Ltd');
    await vi.waitFor(() => expect(state()).toEqual(WANT));
    flags()[0]!.remove();
    const fake = document.createElement('laborlens-flag');
    fake.setAttribute('data-key', 'Planted by the page');
    root()!.shadowRoot!.append(fake);
    await vi.waitFor(() => expect(state().sort()).toEqual(WANT));
    layer.clear();
  });

  it('re-appends a removed overlay and undoes an inline style that hides it', async () => {
    const layer = drawn();
    const host = root()!;
    host.style.setProperty('display', 'none', 'important');
    await vi.waitFor(() => expect(host.style.getPropertyValue('display')).toBe('block'));
    host.remove();
    await vi.waitFor(() => expect(root()?.parentNode).toBe(document.documentElement));
    document.body.append(root()!); // moved among the page's own nodes
    await vi.waitFor(() => expect(root()?.parentNode).toBe(document.documentElement));
    expect(state().sort()).toEqual(WANT);
    layer.clear();
  });

  it('undoes an inline style the page puts on a flag', async () => {
    const layer = drawn();
    (flags()[1] as HTMLElement).style.setProperty('visibility', 'hidden', 'important');
    await vi.waitFor(() => expect((flags()[1] as HTMLElement).style.getPropertyValue('visibility')).toBe('visible'));
    expect(state()).toEqual(WANT);
    layer.clear();
  });

  it('rebuilds a flag whose card the page rewrote', async () => {
    const layer = drawn();
    const name = flags()[0]!.shadowRoot!.querySelector('.name')!;
    name.textContent = 'Nothing to see here';
    await vi.waitFor(() =>
      expect(flags()[0]!.shadowRoot!.querySelector('.name')!.textContent).toBe('Camel Group Co., Ltd.'),
    );
    layer.clear();
  });

  it('stops repairing within a window once its budget is spent', () => {
    const b = new RepairBudget(3, 1000);
    expect([b.take(0), b.take(1), b.take(2)]).toEqual([0, 0, 0]);
    expect(b.take(10)).toBe(990);
    expect(b.take(1000)).toBe(0);
  });

  it('a page that undoes every repair gets a bounded number of them', () => {
    const layer = drawn();
    let repairs = 0;
    for (let i = 0; i < 100; i++) {
      flags()[0]!.setAttribute('data-severity', 'info');
      if (layer.verify() > 0) repairs++;
    }
    expect(repairs).toBe(20);
    layer.clear();
  });
});
