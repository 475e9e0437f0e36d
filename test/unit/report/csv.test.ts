import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/core/report/csv';
import { findingsCsv, historyCsv } from '../../../src/core/report/findings-report';

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    [' padded ', '" padded "'],
  ])('quotes %j as %s', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });

  it('writes a header and one line per row with CRLF', () => {
    expect(toCsv([{ a: 1 }, { a: 2 }], [{ header: 'a', value: (r) => r.a }])).toBe('a\r\n1\r\n2\r\n');
  });

  it('exports findings with the team status and history with list versions', () => {
    const csv = findingsCsv('https://x.test/', '2026-11-28T10:00:00Z', [
      {
        kind: 'supplier',
        text: 'CAMEL GROUP CO., LTD',
        key: 'Camel Group Co., Ltd.',
        severity: 'info',
        explanation: 'Cleared by Ana.',
        list: 'uflpa',
        score: 1,
        why: 'exact',
        start: 0,
        end: 1,
        refs: [],
        status: { status: 'cleared', by: 'Ana', at: '2026-11-01T00:00:00Z', note: 'audit 2026-10' },
      },
    ]);
    expect(csv.split('\r\n')[1]).toBe(
      'https://x.test/,2026-11-28T10:00:00Z,info,supplier,"Camel Group Co., Ltd.","CAMEL GROUP CO., LTD",uflpa,1.00,Cleared by Ana.,cleared,Ana,2026-11-01T00:00:00Z,audit 2026-10',
    );
    const h = historyCsv([
      {
        url: 'u',
        title: 't',
        at: 'a',
        findings: { total: 2, bySeverity: { critical: 2 }, keys: ['k1', 'k2'] },
        listVersions: { uflpa: '2026-08-10 abc' },
      },
    ]);
    expect(h.split('\r\n')[1]).toBe('a,u,t,2,2,0,0,0,k1; k2,uflpa=2026-08-10 abc');
  });
});
