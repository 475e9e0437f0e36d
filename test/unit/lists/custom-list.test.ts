import { describe, expect, it } from 'vitest';
import {
  BROWSER_LIMITS,
  CLI_LIMITS,
  customListId,
  DEFAULT_WATCH_SEVERITY,
  parseCustomList,
} from '../../../src/core/lists/custom-list';

const now = new Date('2026-11-28T00:00:00Z');
const errorsOf = (r: ReturnType<typeof parseCustomList>) => (r.ok ? [] : r.errors);

describe('parseCustomList (CSV)', () => {
  it('reads a watch list with ; and | separated aliases, case-insensitive headers and a BOM', () => {
    const r = parseCustomList(
      'My Suppliers.csv',
      '\uFEFFName,Aliases,Country,Notes,Severity\nAcme Ltd,Acme;ACME Co|Acme Textile,cn,note,HIGH\n',
      'watch',
      now,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.snapshot.meta).toMatchObject({ id: 'custom:my-suppliers', name: 'My Suppliers', asOf: '2026-11-28' });
    expect(r.snapshot.role).toBe('watch');
    expect(r.snapshot.entries).toEqual([
      {
        id: 'acme-ltd',
        name: 'Acme Ltd',
        aliases: ['Acme', 'ACME Co', 'Acme Textile'],
        country: 'CN',
        notes: 'note',
        severity: 'high',
      },
    ]);
  });

  it('reads a cleared list with who, when and evidence', () => {
    const r = parseCustomList(
      'ok.csv',
      'name,cleared_by,cleared_on,evidence\nAcme Ltd,Jane,2026-10-01,audit 12\n',
      'cleared',
      now,
    );
    expect(r.ok && r.snapshot.entries[0]).toMatchObject({
      name: 'Acme Ltd',
      clearedBy: 'Jane',
      clearedOn: '2026-10-01',
      evidence: 'audit 12',
    });
  });

  it('gives distinct ids to duplicate names', () => {
    const r = parseCustomList('d.csv', 'name,severity\nAcme,low\nAcme,high\n', 'watch', now);
    expect(r.ok && r.snapshot.entries.map((e) => e.id)).toEqual(['acme', 'acme-2']);
  });

  it('collects several problems with line and field', () => {
    const r = parseCustomList(
      'w.csv',
      'name,country,severity\n,CN,high\nAcme,China,high\nBeta,VN,urgent\n',
      'watch',
      now,
    );
    expect(errorsOf(r).map((e) => [e.line, e.field])).toEqual([
      [2, 'name'],
      [3, 'country'],
      [4, 'severity'],
    ]);
    expect(errorsOf(r)[0]?.file).toBe('w.csv');
  });

  it('rejects a bad cleared_on date', () => {
    const r = parseCustomList('c.csv', 'name,cleared_on\nAcme,1/10/2026\n', 'cleared', now);
    expect(errorsOf(r)[0]).toMatchObject({ line: 2, field: 'cleared_on' });
  });

  it('reports a broken quote with its line', () => {
    const r = parseCustomList('q.csv', 'name,severity\n"Acme,high\n', 'watch', now);
    expect(errorsOf(r)[0]).toMatchObject({ line: 2, message: expect.stringMatching(/never closed/) });
  });

  it('reports rows with a wrong number of fields', () => {
    const r = parseCustomList('f.csv', 'name,severity\nAcme,high,extra\n', 'watch', now);
    expect(errorsOf(r)[0]?.message).toMatch(/expected 2 fields, found 3/);
  });
});

describe('parseCustomList (JSON)', () => {
  it('reads an array of objects with array or string aliases', () => {
    const json = JSON.stringify([
      { name: 'Acme', aliases: ['A1', 'A2'], severity: 'critical' },
      { name: 'Beta', aliases: 'B1;B2', severity: 'info' },
    ]);
    const r = parseCustomList('w.json', json, 'watch', now);
    expect(r.ok && r.snapshot.entries.map((e) => e.aliases)).toEqual([
      ['A1', 'A2'],
      ['B1', 'B2'],
    ]);
  });

  it('accepts camelCase keys on cleared lists', () => {
    const r = parseCustomList(
      'c.json',
      JSON.stringify([{ name: 'Acme', clearedBy: 'Jo', clearedOn: '2026-01-02' }]),
      'cleared',
      now,
    );
    expect(r.ok && r.snapshot.entries[0]).toMatchObject({ clearedBy: 'Jo', clearedOn: '2026-01-02' });
  });

  it('accepts a full snapshot of the same role and refuses another role', () => {
    const snap = {
      format: 1,
      meta: { id: 'custom:team', name: 'Team', publisher: 'Us', sourceUrl: '', asOf: '2026-01-01' },
      role: 'watch',
      entries: [{ id: 'a', name: 'A', aliases: [], severity: 'low' }],
    };
    expect(parseCustomList('t.json', JSON.stringify(snap), 'watch', now).ok).toBe(true);
    expect(errorsOf(parseCustomList('t.json', JSON.stringify(snap), 'cleared', now))[0]?.message).toMatch(
      /watch list, imported as cleared/,
    );
  });

  it('refuses a builtin snapshot, unknown fields and JSON syntax errors', () => {
    const builtin = {
      format: 1,
      meta: { id: 'uflpa', name: 'U', publisher: 'P', sourceUrl: '', asOf: '2026-01-01' },
      entries: [],
    };
    expect(errorsOf(parseCustomList('u.json', JSON.stringify(builtin), 'watch', now))[0]?.field).toBe('meta.id');
    expect(
      errorsOf(
        parseCustomList('w.json', JSON.stringify([{ name: 'A', severity: 'low', colour: 'red' }]), 'watch', now),
      )[0]?.message,
    ).toMatch(/unknown field\(s\) colour/);
    expect(errorsOf(parseCustomList('w.json', '[{"name": ', 'watch', now))[0]?.message).toMatch(/not valid JSON/);
  });
});

describe('customListId', () => {
  it('derives a stable id from the file name', () => {
    expect(customListId('Ünïcode Suppliers 2026.CSV')).toBe('custom:unicode-suppliers-2026');
  });
});

describe('a watchlist without a severity column', () => {
  it('gives every row the documented default', () => {
    const r = parseCustomList('watch.csv', 'name,country\nAcme Widgets Inc,US\n', 'watch');
    expect(r.ok && r.snapshot.entries[0]).toMatchObject({ name: 'Acme Widgets Inc', severity: DEFAULT_WATCH_SEVERITY });
    expect(DEFAULT_WATCH_SEVERITY).toBe('medium');
  });
  it('still refuses a bad severity when the column is there', () => {
    expect(parseCustomList('watch.csv', 'name,severity\nAcme,extreme\n', 'watch').ok).toBe(false);
  });
});

describe('parseCustomList limits', () => {
  const csv = (n: number): string =>
    `name,severity\n${Array.from({ length: n }, (_, i) => `Supplier ${i} Trading Co Ltd,high`).join('\n')}\n`;

  it('takes 250,000 rows in the browser', { timeout: 60_000 }, () => {
    const r = parseCustomList('big.csv', csv(250_000), 'watch', now);
    expect(errorsOf(r)).toEqual([]);
    expect(r.ok && r.snapshot.entries.length).toBe(250_000);
  });

  it('says where the limit applies and what to do', () => {
    const small = { maxRows: 10, maxBytes: 1000, where: 'in the CLI' };
    expect(errorsOf(parseCustomList('l.csv', csv(11), 'watch', now, small))[0]?.message).toBe(
      'the list has 11 rows; at most 10 are allowed in the CLI: split it into smaller lists',
    );
    expect(
      errorsOf(
        parseCustomList('l.json', JSON.stringify(Array(11).fill({ name: 'A', severity: 'low' })), 'watch', now, small),
      )[0]?.message,
    ).toMatch(/11 rows; at most 10/);
    expect(errorsOf(parseCustomList('l.csv', csv(40), 'watch', now, small))[0]?.message).toMatch(/larger than/);
  });

  it('lets the CLI take four times what the browser takes', () => {
    expect(CLI_LIMITS.maxRows).toBe(1_000_000);
    expect(BROWSER_LIMITS.maxRows).toBe(250_000);
  });
});
