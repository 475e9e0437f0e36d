// A PDF shown in the browser's viewer is reported as a document, never scanned as an empty page.
import { describe, expect, it } from 'vitest';
import { viewerDocument } from '../../../src/content/viewer-document';

describe('viewerDocument', () => {
  it('names PDFs shown in the viewer', () => {
    expect(viewerDocument({ contentType: 'application/pdf' })).toBe('application/pdf');
    expect(viewerDocument({ contentType: 'APPLICATION/X-PDF' })).toBe('application/x-pdf');
  });
  it('leaves web pages, XML and text to the scanner', () => {
    for (const contentType of ['text/html', 'application/xhtml+xml', 'text/plain', 'text/xml', ''])
      expect(viewerDocument({ contentType })).toBeUndefined();
  });
});
