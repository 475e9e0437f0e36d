// HTML -> the text and hints the engine scans, read by the content script's own extraction
// (src/content/page-text.ts) over a DOM parsed in Node, so the CLI, the eval and the extension
// read a page the same way. The DOM is inert: no script runs, nothing is fetched, no navigation.
import { Window } from 'happy-dom';
import { pageText, type PageText } from '../content/page-text';

export type { PageText };

const DOM_GLOBALS = ['Node', 'Element', 'Document', 'HTMLDocument', 'NodeList', 'ShadowRoot'] as const;

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
  // The extraction reads node types and DOM getters from the globals (Node, Element...), as in a
  // page; Node has none, so the parsed DOM's classes stand in while it reads.
  const g = globalThis as Record<string, unknown>;
  const w = win as unknown as Record<string, unknown>;
  const saved = DOM_GLOBALS.map((k) => [k, Object.prototype.hasOwnProperty.call(g, k), g[k]] as const);
  for (const k of DOM_GLOBALS) g[k] = w[k];
  try {
    const page = pageText(doc);
    // Trailing whitespace only: every offset handed out lies before it.
    return { text: page.text.trimEnd(), hints: page.hints };
  } finally {
    for (const [k, had, before] of saved) {
      if (had) g[k] = before;
      else delete g[k];
    }
    void win.happyDOM.close();
  }
}
