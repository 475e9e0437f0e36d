// Which documents the browser shows in its own viewer rather than as a web page: their text is
// out of the content script's reach (Chromium's PDF viewer is a plugin behind an <embed>).
const VIEWED = new Set(['application/pdf', 'application/x-pdf']);

/** The document's content type when the browser shows it in a viewer, else undefined. */
export function viewerDocument(doc: Pick<Document, 'contentType'>): string | undefined {
  const type = (doc.contentType || '').toLowerCase();
  return VIEWED.has(type) ? type : undefined;
}
