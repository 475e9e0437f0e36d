// Text lines of an HTML file read without a DOM (the CLI's reader): entities decoded, unknown ones kept as written.
import { describe, expect, it } from 'vitest';
import { htmlLines } from '../../../src/files/html-lines';

const texts = (html: string): string[] => htmlLines(html).map((l) => l.cells.map((c) => c.text).join(' | '));

describe('htmlLines', () => {
  it('decodes named and numeric entities, and leaves any other name as written', () => {
    expect(texts('<p>Hetian &amp; Co &lt;Ltd&gt; &#20844;&#x53F8;</p><p>&constructor; &valueOf; &bogus;</p>')).toEqual([
      'Hetian & Co <Ltd> 公司',
      '&constructor; &valueOf; &bogus;',
    ]);
  });
});
