import { describe, expect, it } from 'vitest';
import { applyStatus } from '../../../src/background/apply-status';
import type { StatusRow } from '../../../src/data/db';
import type { ShownFinding } from '../../../src/shared/messages';

const finding = (list: ShownFinding['list'], severity: ShownFinding['severity']): ShownFinding => ({
  kind: 'supplier',
  text: 'Zhuhai Apex',
  key: 'Zhuhai Apex Microelectronics Co., Ltd.',
  severity,
  explanation: 'On the list.',
  list,
  score: 1,
  why: 'exact',
  start: 0,
  end: 11,
  refs: [],
});
const decided = (status: StatusRow['status'], note = 'audit 2026-10-02'): Map<string, StatusRow> =>
  new Map([
    [
      'Zhuhai Apex Microelectronics Co., Ltd.',
      { key: 'Zhuhai Apex Microelectronics Co., Ltd.', status, note, by: 'Ana Ruiz', at: '2026-11-02T10:00:00Z' },
    ],
  ]);

describe('team decisions on findings', () => {
  it('never lower a UFLPA or active-order finding; they say who decided what', () => {
    const c = applyStatus(finding('uflpa', 'critical'), decided('cleared'));
    expect(c.severity).toBe('critical');
    expect(c.explanation).toMatch(/^Listed: cleared by Ana Ruiz on 2026-11-02, evidence: audit 2026-10-02\./);
    const fm = applyStatus(finding('cbp-wro', 'critical'), decided('false-match', 'other address'));
    expect(fm.severity).toBe('critical');
    expect(fm.explanation).toMatch(/^False match: Ana Ruiz, 2026-11-02, why: other address\./);
  });
  it('lower a custom watch-list finding to info with the record', () => {
    const c = applyStatus(finding('custom:mine', 'high'), decided('cleared'));
    expect(c.severity).toBe('info');
    expect(c.explanation).toContain('Cleared by Ana Ruiz on 2026-11-02, evidence: audit 2026-10-02.');
  });
  it('are re-applied from the engine result, so a changed or removed decision shows at once', () => {
    const once = applyStatus(finding('custom:mine', 'high'), decided('cleared'));
    const twice = applyStatus(once, decided('under-review', ''));
    expect(twice.severity).toBe('high');
    expect(twice.explanation).toBe('Under review by Ana Ruiz since 2026-11-02. On the list.');
    const removed = applyStatus(twice, new Map());
    expect(removed).toEqual(finding('custom:mine', 'high'));
  });
});
