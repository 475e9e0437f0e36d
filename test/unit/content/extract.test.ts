// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extract, extractSteps, jsonLdOrganisations, locateSteps } from '../../../src/content/extract';
import { runAll } from '../../../src/content/slicer';

function body(html: string): HTMLElement {
  document.body.innerHTML = html; // test fixture markup, not page text handling
  return document.body;
}

describe('extract', () => {
  it('joins inline markup into one name and separates blocks with newlines', () => {
    const ex = extract(body('<div><b>Hetian Haolin</b> Hair Accessories</div><p>Next&nbsp;block</p>'));
    expect(ex.text).toBe('Hetian Haolin Hair Accessories\nNext\u00a0block\n');
    const seg = ex.segments[0]!;
    expect(seg.node.data).toBe('Hetian Haolin');
    expect(ex.text.slice(seg.start, seg.end)).toBe('Hetian Haolin');
  });

  it('drops source indentation and reads source newlines as spaces, except in <pre>', () => {
    const ex = extract(
      body(
        '<div>\n  <h2>\n    Karakum Fibre Trading LLC\n  </h2>\n  <p>Raw cotton yarn,\n HS 5205.12</p>\n</div><pre>a\nb</pre>',
      ),
    );
    expect(ex.text).toBe('     Karakum Fibre Trading LLC   \nRaw cotton yarn,  HS 5205.12\na\nb\n');
    for (const s of ex.segments) expect(ex.text.slice(s.start, s.end).length).toBe(s.node.data.length);
  });

  it('never reads scripts, styles, form fields or editable regions', () => {
    const ex = extract(
      body(
        '<script>var a="Camel Group Co., Ltd."</script><style>.x{}</style><textarea>Secret Co., Ltd.</textarea><input value="X Co., Ltd."><div contenteditable="true">Draft Co., Ltd.</div><span>Visible</span>',
      ),
    );
    expect(ex.text.trim()).toBe('Visible');
  });

  it('tells editing hosts by their attribute: any value but "false", descendants included', () => {
    const ex = extract(
      body(
        '<div contenteditable><p>Empty Value Co., Ltd.</p></div><div contenteditable="PLAINTEXT-ONLY"><span>Plain Co., Ltd.</span></div><div contenteditable="false">Fixed Co., Ltd.</div><style>[hidden]{display:none}</style><p hidden>Hidden Co., Ltd.</p>',
      ),
    );
    expect(ex.text.trim()).toBe('Fixed Co., Ltd.');
  });

  it('reads nothing of a document in design mode', () => {
    body('<p>Designed Co., Ltd.</p>');
    document.designMode = 'on';
    try {
      expect(extract(document.body).text).toBe('');
    } finally {
      document.designMode = 'off';
    }
    expect(extract(document.body).text.trim()).toBe('Designed Co., Ltd.');
  });

  it('a big page keeps its text in pieces: any slice reads as the joined text would', () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `<p>Row ${i} Kashgar Cotton Co., Ltd. ${'x'.repeat(i % 7)}</p>`,
    );
    const ex = extract(body(rows.join('')));
    const whole = ex.text;
    expect(ex.length).toBe(whole.length);
    for (const [a, b] of [
      [0, 10],
      [5_000, 70_000],
      [whole.length - 3, whole.length + 10],
      [-5, 4],
      [40_000, 40_000],
      [90_000, 10],
    ]) {
      expect(ex.slice(a as number, b as number)).toBe(whole.slice(Math.max(0, a as number), b as number));
    }
    // Every boundary between two pieces: slices that straddle them.
    for (let at = 1; at < whole.length; at += 997) expect(ex.slice(at - 1, at + 1)).toBe(whole.slice(at - 1, at + 1));
  });

  it('reads open shadow roots', () => {
    const host = body('<div id="h"></div>').querySelector('#h')!;
    const root = host.attachShadow({ mode: 'open' });
    const span = document.createElement('span');
    span.textContent = 'Inside Shadow Co., Ltd.';
    root.append(span);
    expect(extract(document.body).text).toContain('Inside Shadow Co., Ltd.');
  });

  it('reports table cells under their column header', () => {
    const ex = extract(
      body(
        '<table><thead><tr><th>Supplier</th><th>HS Code</th></tr></thead><tbody><tr><td>Acme Co., Ltd.</td><td>6109.10</td></tr></tbody></table>',
      ),
    );
    const cells = ex.cells.map((c) => [c.header, ex.text.slice(c.start, c.end).trim()]);
    expect(cells).toEqual([
      ['Supplier', 'Acme Co., Ltd.'],
      ['HS Code', '6109.10'],
    ]);
  });

  it('walks on past nodes that have a "list" property (an input, a form with a field named list)', () => {
    const ex = extract(
      body(
        '<input list="d"><datalist id="d"></datalist><p>After Co., Ltd.</p><form><input name="list"><span>Inside</span></form>',
      ),
    );
    expect(ex.text).toContain('After Co., Ltd.');
    expect(ex.text).toContain('Inside');
  });

  it('reports only the cells of columns the engine reads (supplier, HS code, origin, destination)', () => {
    const ex = extract(
      body(
        '<table><thead><tr><th>Supplier</th><th>Price</th><th>Origin</th><th>Qty</th><th>Ship to</th></tr></thead>' +
          '<tbody><tr><td>Acme Co., Ltd.</td><td>US$ 4.50</td><td>Xinjiang</td><td>200</td><td>Ohio</td></tr></tbody></table>',
      ),
    );
    expect(ex.cells.map((c) => c.header)).toEqual(['Supplier', 'Origin', 'Ship to']);
  });

  it('a text-only pass keeps no node, and a locate pass finds exactly the nodes holding given offsets', () => {
    const root = body(
      '<div>\n <p>Alpha <b>Beta</b></p>\n <pre>x\ny</pre><table><tr><th>Supplier</th></tr><tr><td>Gamma Co., Ltd.</td></tr></table></div>',
    );
    const full = extract(root);
    const light = runAll(extractSteps(root, { nodes: 'none' }));
    expect(light.text).toBe(full.text);
    expect(light.map.nodes).toHaveLength(0);
    const want = [full.text.indexOf('Beta'), full.text.indexOf('Gamma') + 3];
    const located = runAll(locateSteps(root, want));
    expect(located.map.nodes.map((n) => n.data)).toEqual(['Beta', 'Gamma Co., Ltd.']);
    expect(located.map.starts).toEqual(
      full.segments.filter((s) => ['Beta', 'Gamma Co., Ltd.'].includes(s.node.data)).map((s) => s.start),
    );
  });

  it('reads a leaf element with many text nodes in one go, and still locates the node of an offset', () => {
    const p = body('<p id="leaf"></p><p>after</p>').querySelector('#leaf')!;
    for (const t of ['w1 ', 'Supplier: ', 'Camel Group Co., Ltd.', ' w2']) p.append(document.createTextNode(t));
    p.append(document.createComment('not text'));
    const full = extract(document.body);
    expect(full.text).toBe('w1 Supplier: Camel Group Co., Ltd. w2\nafter\n');
    expect(full.segments.map((s) => full.text.slice(s.start, s.end))).toEqual([
      'w1 ',
      'Supplier: ',
      'Camel Group Co., Ltd.',
      ' w2',
      'after',
    ]);
    const at = full.text.indexOf('Camel');
    const located = runAll(locateSteps(document.body, [at, at + 20]));
    expect(located.map.nodes.map((n) => n.data)).toEqual(['Camel Group Co., Ltd.']);
    expect(located.map.starts).toEqual([at]);
  });

  it('maps every segment back to its exact slice of the text', () => {
    const ex = extract(body('<ul><li>One <i>two</i></li><li>three<br>four</li></ul>'));
    for (const s of ex.segments) expect(ex.text.slice(s.start, s.end)).toBe(s.node.data);
  });
});

describe('jsonLdOrganisations', () => {
  it('finds organisation names and ignores broken JSON', () => {
    document.head.innerHTML =
      '<script type="application/ld+json">{"@type":"Product","name":"Yarn","manufacturer":{"@type":"Organization","name":"Aksu Huafu Textiles Co., Ltd."}}</script>' +
      '<script type="application/ld+json">{broken</script>';
    expect(jsonLdOrganisations(document)).toEqual(['Aksu Huafu Textiles Co., Ltd.']);
    // The scanner passes the body's JSON-LD met during its walk, and only queries <head> itself.
    document.body.innerHTML =
      '<script type="application/ld+json">{"seller":{"@type":"Organization","name":"Camel Group Co., Ltd."}}</script><p>x</p>';
    const ex = extract(document.body);
    expect(ex.jsonLd).toHaveLength(1);
    expect(jsonLdOrganisations(document, ex.jsonLd).sort()).toEqual([
      'Aksu Huafu Textiles Co., Ltd.',
      'Camel Group Co., Ltd.',
    ]);
  });
});
