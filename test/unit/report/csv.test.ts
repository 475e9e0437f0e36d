import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/core/report/csv';
import { findingsCsv, historyCsv } from '../../../src/core/report/findings-report';

describe('csv', () => {
  it.each([
    ['plain', '"plain"'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', `"'+1"`],
    ['-2', `"'-2"`],
    ['@cmd', `"'@cmd"`],
    [' padded ', '" padded "'],
    // A semicolon locale splits on ";": no piece of a cell may start a formula.
    ['Title;=HYPERLINK("http://x")', `"Title;'=HYPERLINK(""http://x"")"`],
    ['a, +1', `"a, '+1"`],
    ['x\t@SUM(A1)', `"x\t'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['2026-05-01', '"2026-05-01"'],
  ])('quotes %j as %s', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });

  it('starts with a BOM, quotes every cell and ends lines with CRLF', () => {
    expect(toCsv([{ a: 1 }, { a: 2 }], [{ header: 'a', value: (r) => r.a }])).toBe('\uFEFF"a"\r\n"1"\r\n"2"\r\n');
  });

  it('exports one row per finding with its list, verdict, action and the team decision', () => {
    const csv = findingsCsv(
      'https://x.test/',
      '2026-11-28T10:00:00Z',
      [
        {
          kind: 'supplier',
          text: 'CAMEL GROUP CO., LTD',
          key: 'Camel Group Co., Ltd.',
          severity: 'critical',
          explanation: 'Listed: cleared by Ana.',
          list: 'uflpa',
          score: 1,
          why: 'exact',
          start: 0,
          end: 1,
          refs: [],
          status: { status: 'cleared', by: 'Ana', at: '2026-11-01T00:00:00Z', note: 'audit 2026-10' },
        },
        {
          kind: 'hs',
          text: '5208',
          key: '5208',
          severity: 'info',
          explanation: 'Detected.',
          list: null,
          score: 1,
          why: '',
          start: 0,
          end: 1,
          refs: [],
          below: true,
        },
      ],
      [{ id: 'uflpa', name: 'UFLPA Entity List', asOf: '2026-08-10', sourceUrl: 'javascript:alert(1)' }],
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFF"page","scanned_at","shown","severity"/);
    expect(lines[0]).toContain('"list_as_of","list_source","score","verdict","explanation","action","team_status"');
    expect(lines[1]).toContain(
      '"yes","critical","supplier","Camel Group Co., Ltd.","CAMEL GROUP CO., LTD","uflpa","UFLPA Entity List","2026-08-10","","1.00","UFLPA rebuttable presumption"',
    );
    expect(lines[1]).toMatch(/"cleared","Ana","audit 2026-10","2026-11-01T00:00:00Z"$/);
    expect(lines[2]).toMatch(
      /^"https:\/\/x.test\/","2026-11-28T10:00:00Z","below sensitivity \(not drawn\)","info","hs"/,
    );
  });

  it('exports history one row per finding, with the decision then and now', () => {
    const h = historyCsv(
      [
        {
          url: 'u',
          title: 't',
          at: 'a',
          findings: {
            total: 2,
            bySeverity: { critical: 2 },
            keys: ['critical:supplier:Camel Group Co., Ltd.', 'critical:supplier:Other: Name'],
            decisions: { 'Camel Group Co., Ltd.': 'Listed: cleared by Ana on 2026-11-01, evidence: audit.' },
          },
          listVersions: { uflpa: '2026-08-10 abc' },
        },
        { url: 'v', title: '', at: 'b', findings: { total: 0, bySeverity: {}, keys: [] }, listVersions: {} },
      ],
      [{ key: 'Camel Group Co., Ltd.', status: 'cleared', by: 'Ana', note: 'audit', at: '2026-11-01' }],
    );
    const lines = h.split('\r\n');
    expect(lines[1]).toBe(
      '"a","u","t","2","critical","supplier","Camel Group Co., Ltd.","Listed: cleared by Ana on 2026-11-01, evidence: audit.","cleared","Ana","audit","2026-11-01","uflpa=2026-08-10 abc"',
    );
    expect(lines[2]).toBe('"a","u","t","2","critical","supplier","Other: Name","","","","","","uflpa=2026-08-10 abc"');
    expect(lines[3]).toBe('"b","v","","0","","","","","","","","",""');
  });
});
