import { describe, expect, it } from 'vitest';
import { assertSnapshot, checkSnapshot } from '../../../src/core/lists/snapshot-check';

const good = () => ({
  format: 1,
  meta: { id: 'custom:mine', name: 'Mine', publisher: 'Me', sourceUrl: '', asOf: '2026-01-02' },
  role: 'watch',
  entries: [{ id: 'a', name: 'Acme Ltd', aliases: [], severity: 'high' }],
});

describe('checkSnapshot', () => {
  it('accepts a valid custom snapshot', () => {
    expect(checkSnapshot(good(), 'x.json').ok).toBe(true);
  });

  it('reports each wrong field with its path', () => {
    const s = good() as Record<string, unknown>;
    s.format = 2;
    (s.meta as Record<string, unknown>).asOf = '2026-13-01';
    (s.entries as Record<string, unknown>[])[0]!.severity = 'extreme';
    const r = checkSnapshot(s, 'x.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field)).toEqual(['format', 'meta.asOf', 'entries[0].severity']);
    expect(r.errors[2]?.message).toMatch(/expected one of critical, high, medium, low, info, found "extreme"/);
    expect(r.errors[0]?.file).toBe('x.json');
  });

  it('refuses a feed for another list', () => {
    const r = checkSnapshot(good(), 'feed', 'uflpa');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toMatch(/expected list "uflpa", found "custom:mine"/);
  });

  it('checks entry shapes per builtin list', () => {
    const wro = {
      format: 1,
      meta: { id: 'cbp-wro', name: 'W', publisher: 'P', sourceUrl: '', asOf: '2026-06-23' },
      entries: [
        {
          id: 'x',
          name: 'X',
          aliases: [],
          type: 'WRO',
          merchandise: 'm',
          status: 'lifted',
          fishingVessel: false,
          scope: 'entity',
        },
      ],
    };
    expect(() => assertSnapshot(wro, 'w.json')).toThrow(/w\.json \[entries\[0\]\.status\]/);
  });

  it('refuses duplicate ids and custom lists without a role', () => {
    const s = good() as Record<string, unknown>;
    (s.entries as unknown[]).push({ id: 'a', name: 'B', aliases: [], severity: 'low' });
    delete s.role;
    const r = checkSnapshot(s, 'x.json');
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['role']);
    s.role = 'watch';
    const r2 = checkSnapshot(s, 'x.json');
    expect(r2.ok ? [] : r2.errors.map((e) => e.message)).toEqual(['duplicate id "a"']);
  });

  it('stops after 20 problems', () => {
    const s = good();
    s.entries = Array.from({ length: 100 }, (_, i) => ({ id: String(i), name: '', aliases: [], severity: 'high' }));
    const r = checkSnapshot(s, 'x.json');
    expect(r.ok ? 0 : r.errors.length).toBe(20);
  });
});
