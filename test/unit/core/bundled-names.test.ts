// Every name and alias on the bundled UFLPA list, written on a page as a listing would write it,
// is found by a page scan as a critical finding with the entity's primary name as key (never only a
// `low` possible match).
import { describe, expect, it } from 'vitest';
import { loadBundledRiskData } from '../../../src/cli/bundled';
import { createEngine, WARM_TEXT } from '../../../src/core/engine/engine';

const data = loadBundledRiskData();
const engine = createEngine(data);
const uflpa = data.builtin.uflpa!.entries;
const written = uflpa.flatMap((e) => [e.name, ...e.aliases].map((n) => [n, e.name] as const));

describe('bundled UFLPA names in page context', () => {
  it('covers every entity', () => {
    expect(uflpa.length).toBeGreaterThan(180);
  });

  it.each(written)('%j', (name, key) => {
    for (const text of [`${name} — verified supplier, 5 years`, `Supplier: ${name.toUpperCase()}`]) {
      const keys = engine
        .scan(text)
        .filter((f) => f.kind === 'supplier' && f.severity === 'critical')
        .map((f) => f.key);
      expect(keys, text).toContain(key);
    }
  });
});

describe('the text a new worker warms its engine with', () => {
  it('names no listed party, and reads its code and Xinjiang origin as a page would', () => {
    const found = engine.scan(WARM_TEXT);
    // (Its Latin-named supplier is placed in Xinjiang by its origin line: a rule, not a listed party.)
    expect(found.filter((f) => f.kind === 'supplier' && (f.list === 'uflpa' || f.list === 'cbp-wro'))).toEqual([]);
    expect(found.some((f) => f.kind === 'supplier')).toBe(true);
    expect(found.some((f) => f.kind === 'hs')).toBe(true);
    expect(found.some((f) => f.kind === 'origin' && f.key === 'CN-XJ')).toBe(true);
  });
});
