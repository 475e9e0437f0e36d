// @vitest-environment happy-dom
// Editable regions are found from the contenteditable attribute (see isEditingHost in extract.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { extract, isEditingHost } from '../../../src/content/extract';

afterEach(() => {
  document.designMode = 'off';
});

describe('editable regions', () => {
  it('skips editing hosts ("", true, plaintext-only in any case) and scans "false" and unknown values', () => {
    document.body.innerHTML = [
      '<div contenteditable>A Co., Ltd.</div>',
      '<div contenteditable="TRUE">B Co., Ltd.</div>',
      '<div contenteditable="plaintext-only">C Co., Ltd.</div>',
      '<div contenteditable="false">D Co., Ltd.</div>',
      '<div contenteditable="bogus">E Co., Ltd.</div>',
      '<p>F Co., Ltd.</p>',
    ].join('');
    const text = extract(document.body).text;
    for (const skipped of ['A Co', 'B Co', 'C Co']) expect(text).not.toContain(skipped);
    for (const kept of ['D Co', 'E Co', 'F Co']) expect(text).toContain(kept);
    expect(isEditingHost(document.body.firstElementChild!)).toBe(true);
  });

  it('skips a whole editable subtree, and a root inside an editing host', () => {
    document.body.innerHTML = '<div contenteditable="true"><section><p id="in">G Co., Ltd.</p></section></div><p>H Co., Ltd.</p>';
    expect(extract(document.body).text).not.toContain('G Co');
    expect(extract(document.getElementById('in')!).text).toBe('');
  });

  it('scans nothing in a document in design mode', () => {
    document.body.innerHTML = '<p>I Co., Ltd.</p>';
    document.designMode = 'on';
    expect(extract(document.body).text).toBe('');
  });
});
