// scan and screen on the files teams really have: PDF quotes, XLSX masters, ERP exports with a
// BOM, `;` separators and Windows line ends, one-column CSVs with a header, broken files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runMain, type CliMain } from '../../../src/cli/cli-common';
import { main as scanMain } from '../../../src/cli/scan';
import { main as screenMain } from '../../../src/cli/screen';
import { docxOf, MASTER_LISTED, masterXlsx, QUOTE_EXPECTED, quotePdf } from '../../tools/sample-files';

const dir = mkdtempSync(join(tmpdir(), 'laborlens-cli-files-'));
const at = (name: string) => join(dir, name);
const MAINS: Record<'scan' | 'screen', CliMain> = { scan: scanMain, screen: screenMain };

/**
 * The command in process with its output captured, as cli.test.ts runs them (its smoke tests start
 * each command as `npm run` does): twelve tsx start-ups here took 23 of the unit run's 60 s.
 */
async function run(cmd: 'scan' | 'screen', args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runMain(MAINS[cmd], args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}
// Reading PDF and XLSX files on a busy 2-core machine can take longer than vitest's default 5 s.
vi.setConfig({ testTimeout: 90_000 });

type Screened = { input: string; matches: { name: string; list: string }[] }[];

beforeAll(async () => {
  writeFileSync(at('quote.pdf'), quotePdf(2));
  writeFileSync(at('locked.pdf'), quotePdf(1, { password: 'secret' }));
  writeFileSync(at('scan.pdf'), quotePdf(1, { imageOnly: true }));
  writeFileSync(at('master.xlsx'), await masterXlsx());
  writeFileSync(
    at('letter.docx'),
    await docxOf(['Dear buyer,', 'Our yarn comes from Aksu Huafu Color Spinning Co., Ltd. in Xinjiang.', 'Regards']),
  );
  const xlsx = await masterXlsx();
  writeFileSync(at('broken.xlsx'), xlsx.subarray(0, xlsx.length - 200));
  writeFileSync(at('old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  writeFileSync(
    at('erp.csv'),
    '\uFEFFVendor No;Supplier Name;Country;Created\r\nV1;Hoshine Silicon Industry (Shanshan) Co., Ltd;China;12/03/2026\r\nV2;Harbor Lane Fasteners Inc.;United States;01/02/2025\r\n',
  );
  writeFileSync(at('one.csv'), 'name\n"Giant Manufacturing Co., Ltd."\n"Acme, Inc."\n');
  writeFileSync(at('nocol.csv'), 'Vendor No;City\nV1;Paris\n');
}, 60_000);

describe('scan reads PDF and XLSX', () => {
  it('finds the sample quote findings with their page and line', async () => {
    const r = await run('scan', ['--json', '-q', at('quote.pdf')]);
    expect(r.code).toBe(0);
    const [file] = JSON.parse(r.out) as {
      findings: { kind: string; key: string; where?: string; severity: string }[];
    }[];
    const keys = file?.findings.map((f) => `${f.kind}:${f.key}`) ?? [];
    for (const k of QUOTE_EXPECTED) expect(keys).toContain(k);
    const hoshine = file?.findings.find((f) => f.key === 'Hoshine Silicon Industry (Shanshan) Co., Ltd');
    expect(hoshine?.where).toBe('page 1, line 4');
    // Line items pair within their row: the Vietnamese PVC row is not judged by the Xinjiang row.
    expect(file?.findings.find((f) => f.key === '390410')).toMatchObject({ where: 'page 1, line 6', severity: 'info' });
  });
  it('reads a spreadsheet as line items with cell references', async () => {
    const r = await run('scan', ['--json', '-q', at('master.xlsx')]);
    expect(r.code).toBe(0);
    const [file] = JSON.parse(r.out) as { findings: { key: string; where?: string }[] }[];
    expect(file?.findings.find((f) => f.key === 'Giant Manufacturing Co., Ltd.')?.where).toBe('Suppliers!B10');
  });
  it('reads a Word document one paragraph a line', async () => {
    const r = await run('scan', ['--json', '-q', at('letter.docx')]);
    expect(r.code).toBe(0);
    const [file] = JSON.parse(r.out) as { findings: { key: string; where?: string }[] }[];
    expect(file?.findings.find((f) => f.key === 'Aksu Huafu Color Spinning Co., Ltd.')?.where).toBe('line 2');
  });
  it.each([
    ['locked.pdf', /password-protected/u],
    ['scan.pdf', /no text layer/u],
    ['broken.xlsx', /damaged archive/u],
    ['old.xls', /Office 97–2003.*save it as \.xlsx/u],
  ])('refuses %s with a clear message', async (name, msg) => {
    const r = await run('scan', ['-q', at(name)]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(msg);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/u);
  });
});

describe('screen reads the files teams have', () => {
  it('screens an XLSX supplier master from its name column', async () => {
    const r = await run('screen', ['--json', '-q', at('master.xlsx')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as Screened;
    expect(out).toHaveLength(12);
    expect(out.map((o) => o.input)).not.toContain('Supplier Name');
    for (const [input, listed] of Object.entries(MASTER_LISTED))
      expect(out.find((o) => o.input === input)?.matches[0]?.name).toBe(listed);
    expect(out.find((o) => o.input === 'Harbor Lane Fasteners Inc.')?.matches).toEqual([]);
  });
  it('detects `;`, a BOM and CRLF, and never screens the header', async () => {
    const r = await run('screen', ['--json', at('erp.csv')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as Screened;
    expect(out.map((o) => o.input)).toEqual([
      'Hoshine Silicon Industry (Shanshan) Co., Ltd',
      'Harbor Lane Fasteners Inc.',
    ]);
    expect(out[0]?.matches[0]?.list).toBe('uflpa');
    expect(r.err).toMatch(/semicolon.*Supplier Name|Supplier Name.*semicolon|BOM/u);
  });
  it('reads a one-column CSV with a name header: header skipped, quotes removed', async () => {
    const out = JSON.parse((await run('screen', ['--json', '-q', at('one.csv')])).out) as Screened;
    expect(out.map((o) => o.input)).toEqual(['Giant Manufacturing Co., Ltd.', 'Acme, Inc.']);
  });
  it('refuses a table without a name column, and takes --column', async () => {
    const r = await run('screen', ['-q', at('nocol.csv')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no supplier-name column.*"Vendor No", "City"/u);
    const ok = JSON.parse((await run('screen', ['--json', '-q', '--column', 'City', at('nocol.csv')])).out) as Screened;
    expect(ok.map((o) => o.input)).toEqual(['Paris']);
  });
});

describe('--list reads an ERP export', () => {
  it('maps its columns, converts country names, and says what it assumed', async () => {
    writeFileSync(at('erp-watch.csv'), '\uFEFFVendor;Land;Spend\r\nQuillmere Ceramics Trading Ltd;China;5\r\n');
    writeFileSync(at('names.txt'), 'Quillmere Ceramics Trading Ltd\n');
    const r = await run('screen', ['--json', '-q', '--no-builtin', '--list', at('erp-watch.csv'), at('names.txt')]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Screened)[0]?.matches[0]?.list).toBe('custom:erp-watch');
    expect(r.err).toMatch(/column "Vendor" is the supplier name.*China → CN/u);
  });
});
