import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/cli/html-to-text';

describe('htmlToText (the content script reader over a DOM in Node)', () => {
  it('skips scripts, styles, noscript, template and textarea', () => {
    const { text } = htmlToText(
      '<p>a</p><script>var x="Hetian"</script><style>.x{}</style><noscript>n</noscript><template>t</template><textarea>ta</textarea><p>b</p>',
    );
    expect(text).not.toMatch(/Hetian|\.x|\bn\b|\bt\b|ta/u);
    expect(text).toMatch(/a\nb/u);
  });
  it('makes blocks into lines and decodes entities', () => {
    expect(htmlToText('<div>A&amp;B</div><div>C&#x4E2D;&nbsp;D</div>').text).toBe('A&B\nC中\u00a0D');
  });
  it('joins formatting inside a word, keeps inline items apart, a table row on one line', () => {
    const { text } = htmlToText(
      '<div><span>Place of Origin</span><span>Xinjiang</span></div><p><b>Hua</b>fu</p>' +
        '<table><tr><td>Acme Ltd</td><td>6109.10</td></tr></table>',
    );
    expect(text).toMatch(/Place of Origin Xinjiang/u);
    expect(text).toMatch(/Huafu/u);
    expect(text).toMatch(/Acme Ltd\t6109\.10/u);
  });
  it('gives table cells their column header', () => {
    const { text, hints } = htmlToText(
      '<table><tr><th>Supplier</th><th>HS Code</th></tr><tr><td>Acme Ltd</td><td>6109.10</td></tr></table>',
    );
    const cells = (hints.cells ?? []).map((c) => [c.header, text.slice(c.start, c.end)]);
    expect(cells).toEqual([
      ['Supplier', 'Acme Ltd'],
      ['HS Code', '6109.10'],
    ]);
  });
  it('collects JSON-LD organisations and sellers, ignoring broken JSON', () => {
    const html =
      '<script type="application/ld+json">{"@type":"Product","offers":{"seller":{"@type":"Organization","name":"Acme Ltd"}},"manufacturer":{"name":"Beta Mfg Co"}}</script>' +
      '<script type="application/ld+json">{broken</script>';
    expect(htmlToText(html).hints.organisations).toEqual(['Acme Ltd', 'Beta Mfg Co']);
  });
  it('runs no page script and fetches nothing', () => {
    const { text } = htmlToText(
      '<p id="p">static</p><script>document.getElementById("p").textContent="ran"</script><img src="http://127.0.0.1:9/x.png">',
    );
    expect(text).toBe('static');
  });
  it('grows linearly with the page', () => {
    const time = (n: number) => {
      const html = '<span>Hetian Taida</span><br>'.repeat(n);
      const t0 = performance.now();
      expect(htmlToText(html).text.length).toBeGreaterThan(n * 13);
      return performance.now() - t0;
    };
    time(2000); // warm-up
    const small = time(10000);
    const big = time(40000);
    expect(big / Math.max(small, 1)).toBeLessThan(12);
  }, 60_000);
});
