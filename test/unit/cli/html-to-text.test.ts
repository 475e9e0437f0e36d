import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../../src/cli/html-to-text';

describe('htmlToText', () => {
  it('skips scripts, styles, noscript, template and textarea', () => {
    const { text } = htmlToText(
      '<p>a</p><script>var x="Hetian"</script><style>.x{}</style><noscript>n</noscript><template>t</template><textarea>ta</textarea><p>b</p>',
    );
    expect(text).not.toMatch(/Hetian|\.x|\bn\b|\bt\b|ta/u);
    expect(text).toMatch(/a\nb/u);
  });
  it('makes blocks into lines and decodes entities', () => {
    expect(htmlToText('<div>A&amp;B</div><div>C&#x4E2D;&nbsp;D</div>').text).toBe('A&B\nC中 D');
    expect(decodeEntities('&lt;&#39;&bogus;')).toBe("<'&bogus;");
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
      '<script type="application/ld+json">{"@type":"Product","offers":{"seller":{"@type":"Organization","name":"Acme Ltd"}}}</script>' +
      '<script type="application/ld+json">{broken</script>';
    expect(htmlToText(html).hints.organisations).toEqual(['Acme Ltd']);
  });
  it('is linear on many small elements (no re-reading of the growing output)', () => {
    const html = '<span>Hetian Taida</span><br>'.repeat(150000);
    const t0 = performance.now();
    expect(htmlToText(html).text.length).toBeGreaterThan(1_500_000);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
  it('is linear on many scripts', () => {
    const html = '<script>x</script><p>y</p>'.repeat(20000);
    const t0 = performance.now();
    htmlToText(html);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
