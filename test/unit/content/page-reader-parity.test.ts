// @vitest-environment happy-dom
// One reading of a page: the extension (the content script's scanner, in a DOM) and the CLI / eval
// (src/cli/html-to-text.ts, over a DOM parsed in Node) must give the engine the same text and hints,
// so the same findings, on every HTML fixture page.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine';
import type { Finding } from '../../../src/core/engine/engine-api';
import { loadBundledRiskData } from '../../../src/cli/bundled';
import { htmlToText } from '../../../src/cli/html-to-text';
import { startScanner } from '../../../src/content/scanner';
import type { ScanRequest } from '../../../src/shared/messages';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const DIRS = ['eval', 'eval/real', 'cli', 'pages'];
const MAX_BYTES = 300_000;

const DEMO = resolve(import.meta.dirname, '../../../src/demo.html');
const pages = DIRS.flatMap((d) => {
  const dir = join(FIXTURES, d);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => /\.html?$/u.test(n) && statSync(join(dir, n)).size <= MAX_BYTES)
    .map((n) => ({ name: `${d}/${n}`, path: join(dir, n) }))
    .filter((p) => !/<iframe/iu.test(readFileSync(p.path, 'utf8'))); // frames are read one by one
}).concat([{ name: 'src/demo.html', path: DEMO }]);

const engine = createEngine(loadBundledRiskData());
const shape = (fs: Finding[]) => fs.map((f) => [f.kind, f.key, f.severity, f.start, f.text].join('|'));

/** What the content script sends the background for this page, scanned as the background does. */
async function extensionFindings(html: string): Promise<Finding[]> {
  document.documentElement.innerHTML = html.replace(/^\s*<!doctype[^>]*>/iu, ''); // test fixture markup
  const sent: ScanRequest[] = [];
  const ac = new AbortController();
  const { done } = startScanner(
    document,
    {
      scan: async (req) => {
        sent.push(req);
        if (req.part && req.part.index < req.part.count - 1) return { findings: [] };
        const text = sent.map((r) => r.text).join('');
        return { findings: engine.scan(text, { cells: req.cells, organisations: req.organisations }) };
      },
      lists: async () => [],
    },
    ac.signal,
  );
  await done;
  ac.abort();
  const last = sent.at(-1);
  if (!last) throw new Error('the scanner sent nothing');
  return engine.scan(sent.map((r) => r.text).join(''), { cells: last.cells, organisations: last.organisations });
}

describe('one page reader for the extension and the CLI', () => {
  it('has fixture pages to compare', () => expect(pages.length).toBeGreaterThan(20));
  for (const p of pages) {
    it(`finds the same on ${p.name}`, async () => {
      const html = readFileSync(p.path, 'utf8');
      const cli = htmlToText(html);
      const ext = await extensionFindings(html);
      const fromCli = engine.scan(cli.text, cli.hints);
      expect(shape(ext)).toEqual(shape(fromCli));
      if (p.name === 'eval/alibaba-search.html') expect(fromCli.length).toBeGreaterThan(5);
      if (p.name === 'src/demo.html') {
        // The RFQ table's Vietnamese PVC row keeps its own context (issue 16), in both paths.
        const vn = html.indexOf('Qingdao Brightwater') >= 0;
        expect(vn).toBe(true);
        const rows = ext.filter((f) => f.kind === 'hs' && f.key === '390410');
        expect(rows.length).toBe(2);
        expect(rows[1]?.explanation).not.toMatch(/places (?:the|these) goods in Xinjiang/u);
      }
    });
  }
});
