// The page as the engine reads it: the flat text, table cells with their column headers, and the
// organisations named in JSON-LD. The one reading of a page: the content script sends exactly
// these (scanner.ts, sliced), and the CLI and the eval run this over a DOM parsed in Node, so the
// figures `npm run eval` reports describe what the extension finds.
import type { ScanHints } from '../core';
import { extract, jsonLdOrganisations } from './extract';

export interface PageText {
  text: string;
  hints: ScanHints;
}

export function pageText(doc: Document): PageText {
  const body = doc.body;
  if (!body) return { text: '', hints: {} };
  const ex = extract(body);
  return { text: ex.text, hints: { cells: ex.cells, organisations: jsonLdOrganisations(doc, ex.jsonLd) } };
}
