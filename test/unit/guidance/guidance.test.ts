import { describe, expect, it } from 'vitest';
import { GUIDANCE, guidanceFor } from '../../../src/core/risk/guidance';

describe('guidanceFor', () => {
  it.each([
    [{ kind: 'supplier', key: 'X', list: 'uflpa', severity: 'critical' }, 'uflpa'],
    [{ kind: 'supplier', key: 'X', list: 'cbp-wro', severity: 'critical' }, 'wro'],
    [{ kind: 'origin', key: 'CN-XJ', list: null, severity: 'high' }, 'xinjiang'],
    [{ kind: 'hs', key: '520100', list: 'hs-risk-map', severity: 'high' }, 'dol'],
    [{ kind: 'origin', key: 'KP', list: 'tip-tiers', severity: 'medium' }, 'tip'],
    [{ kind: 'supplier', key: 'X', list: 'uflpa', severity: 'low' }, 'review'],
    [{ kind: 'supplier', key: 'X', list: 'custom:cleared', severity: 'info' }, 'cleared'],
    [{ kind: 'hs', key: '847130', list: null, severity: 'info' }, 'detected'],
  ] as const)('%o gets %s guidance', (f, id) => {
    expect(guidanceFor(f).id).toBe(id);
  });

  it('gives every kind of guidance steps and https sources', () => {
    for (const g of Object.values(GUIDANCE)) {
      expect(g.steps.length).toBeGreaterThan(0);
      expect(g.sources.length).toBeGreaterThan(0);
      for (const s of g.sources) expect(s.url).toMatch(/^https:\/\//);
    }
  });

  it('lists the eleven ILO indicators of forced labour for DOL goods', () => {
    const step = GUIDANCE.dol.steps.find((s) => s.includes('eleven indicators'))!;
    const indicators = step.split(':')[1]!.split(',');
    expect(indicators).toHaveLength(11);
  });
});
