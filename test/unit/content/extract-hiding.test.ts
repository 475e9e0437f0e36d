// @vitest-environment happy-dom
// A page's tricks to hide a name from the walk (issue 12): our tag names, a `hidden` attribute its
// CSS overrides, and DOM clobbering of the properties a walk reads.
import { describe, expect, it } from 'vitest';
import { extract, extractSteps } from '../../../src/content/extract';
import { runAll } from '../../../src/content/slicer';

function body(html: string): HTMLElement {
  document.body.innerHTML = html; // test fixture markup, not page text handling
  return document.body;
}

describe('extract against a page hiding names', () => {
  it('reads names the page wraps in our own tag names', () => {
    const ex = extract(
      body('<laborlens-flag>Alpha Co., Ltd.</laborlens-flag><laborlens-root>Beta Co., Ltd.</laborlens-root>'),
    );
    expect(ex.text).toMatch(/Alpha Co\., Ltd\./);
    expect(ex.text).toMatch(/Beta Co\., Ltd\./);
  });

  it('skips only the node it is given by reference', () => {
    const root = body('<p>Seen Co., Ltd.</p><div id="ours">Our card</div>');
    const ex = runAll(extractSteps(root, { skip: document.getElementById('ours')! }));
    expect(ex.text.trim()).toBe('Seen Co., Ltd.');
  });

  it('reads a hidden element that page CSS shows, skips one that stays hidden', () => {
    const shown = extract(body('<style>[hidden]{display:block!important}</style><p hidden>Shown Co., Ltd.</p>'));
    expect(shown.text).toMatch(/Shown Co\., Ltd\./);
    const gone = extract(body('<style>[hidden]{display:none}</style><p hidden>Gone Co., Ltd.</p>'));
    expect(gone.text).not.toMatch(/Gone/);
  });

  it('reads through forms whose inputs clobber childNodes, tagName, hasAttribute and getAttribute', () => {
    for (const name of [
      'childNodes',
      'tagName',
      'hasAttribute',
      'getAttribute',
      'nodeType',
      'shadowRoot',
      'textContent',
    ]) {
      const ex = extract(
        body(`<form><input type="hidden" name="${name}"><p>Clobbered Co., Ltd.</p></form><p>After Co., Ltd.</p>`),
      );
      expect(ex.text, name).toMatch(/Clobbered Co\., Ltd\.\nAfter Co\., Ltd\./);
    }
  });
});
