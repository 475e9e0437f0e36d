// HTML -> the text and hints the engine scans, read by the content script's own extraction
// (src/content/page-text.ts) over a DOM parsed in Node, so the CLI, the eval and the extension
// read a page the same way. The DOM is inert: no script runs, nothing is fetched, no navigation.
import { Window } from 'happy-dom';
import { pageText, type PageText } from '../content/page-text';

export type { PageText };

export function htmlToText(html: string): PageText {
  const win = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const doc = new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  // The extraction reads node types from the global Node, as in a page; Node has none.
  const g = globalThis as { Node?: unknown };
  const had = Object.prototype.hasOwnProperty.call(g, 'Node');
  const before = g.Node;
  g.Node = win.Node;
  try {
    const page = pageText(doc);
    // Trailing whitespace only: every offset handed out lies before it.
    return { text: page.text.trimEnd(), hints: page.hints };
  } finally {
    if (had) g.Node = before;
    else delete g.Node;
    void win.happyDOM.close();
  }
}
