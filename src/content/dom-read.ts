// Reads the page's DOM through getters and methods taken from the prototypes, never through the
// node's own properties: a page can clobber those (`<form><input name="childNodes">` makes
// form.childNodes the input, `name="tagName"` makes every read of form.tagName an element, and a
// document's named images and forms shadow document.body, document.title and its methods). The
// prototypes are read once, when the content script starts, before a page script can touch
// anything in our world (content scripts have their own copies of the prototypes).

type Getter<T, R> = (this: T) => R;

function getter<T, R>(proto: object, name: string): Getter<T, R> {
  // Browsers define these on the prototype named; test DOMs sometimes lower down (HTMLDocument).
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d?.get) return d.get as Getter<T, R>;
  }
  const below =
    typeof HTMLDocument !== 'undefined' && proto === Document.prototype ? HTMLDocument.prototype : undefined;
  const d = below && Object.getOwnPropertyDescriptor(below, name);
  if (d?.get) return d.get as Getter<T, R>;
  // Only test DOMs lack one; a browser always has it.
  return function (this: T) {
    return (this as Record<string, unknown>)[name] as R;
  };
}

// The CLI reads pages over a DOM built in Node (src/cli/html-to-text.ts), whose classes are set
// as globals only while it reads: the prototypes are then taken from the DOM in use.
function protos() {
  return {
    Node,
    nodeTypeOf: getter<Node, number>(Node.prototype, 'nodeType'),
    childNodesOf: getter<Node, NodeListOf<ChildNode>>(Node.prototype, 'childNodes'),
    textContentOf: getter<Node, string | null>(Element.prototype, 'textContent'), // found on Node.prototype in browsers
    hasChildNodesOf: Node.prototype.hasChildNodes,
    localNameOf: getter<Element, string>(Element.prototype, 'localName'),
    tagNameOf: getter<Element, string>(Element.prototype, 'tagName'),
    shadowRootOf: getter<Element, ShadowRoot | null>(Element.prototype, 'shadowRoot'),
    childElementCountOf: getter<Element, number>(Element.prototype, 'childElementCount'),
    getAttributeOf: Element.prototype.getAttribute,
    hasAttributeOf: Element.prototype.hasAttribute,
    ownerDocumentOf: getter<Node, Document | null>(Node.prototype, 'ownerDocument'),
    docBody: getter<Document, HTMLElement | null>(Document.prototype, 'body'),
    docHead: getter<Document, HTMLHeadElement | null>(Document.prototype, 'head'),
    docElement: getter<Document, HTMLElement | null>(Document.prototype, 'documentElement'),
    docTitle: getter<Document, string>(Document.prototype, 'title'),
    docDesignMode: getter<Document, string>(Document.prototype, 'designMode'),
    docQueryAll: Document.prototype.querySelectorAll,
    elQueryAll: Element.prototype.querySelectorAll,
    nodeListLength: getter<NodeList, number>(NodeList.prototype, 'length'),
    nodeListItem: NodeList.prototype.item,
  };
}
let P: ReturnType<typeof protos> | null = typeof Node === 'undefined' ? null : protos();
const p = (): ReturnType<typeof protos> => (P !== null && P.Node === Node ? P : (P = protos()));

export const dom = {
  nodeType: (n: Node): number => p().nodeTypeOf.call(n),
  /** The child nodes as an array (the NodeList read through the prototype, not the node). */
  children(n: Node): Node[] {
    const list = p().childNodesOf.call(n);
    const len = p().nodeListLength.call(list);
    const out = new Array<Node>(len);
    for (let i = 0; i < len; i++) out[i] = p().nodeListItem.call(list, i)!;
    return out;
  },
  /** The live child list, read a child at a time with item(). */
  childList: (n: Node): NodeList => p().childNodesOf.call(n),
  item: (list: NodeList, i: number): Node | null => p().nodeListItem.call(list, i),
  textContent: (el: Element): string => p().textContentOf.call(el) ?? '',
  hasChildNodes: (n: Node): boolean => p().hasChildNodesOf.call(n),
  /** The tag name as tagName gives it: upper case for HTML, as written for SVG and MathML. */
  tag: (el: Element): string => p().tagNameOf.call(el),
  localName: (el: Element): string => p().localNameOf.call(el),
  childElementCount: (el: Element): number => p().childElementCountOf.call(el),
  attr: (el: Element, name: string): string | null => p().getAttributeOf.call(el, name),
  hasAttr: (el: Element, name: string): boolean => p().hasAttributeOf.call(el, name),
  ownerDocument: (n: Node): Document | null => p().ownerDocumentOf.call(n),
  /** Open or closed: the browser lets extensions read closed shadow roots. */
  shadowRoot(el: Element): ShadowRoot | null {
    const open = p().shadowRootOf.call(el);
    if (open) return open;
    return closedShadowRoot(el);
  },
  body: (d: Document): HTMLElement | null => p().docBody.call(d),
  head: (d: Document): HTMLHeadElement | null => p().docHead.call(d),
  documentElement: (d: Document): HTMLElement | null => p().docElement.call(d),
  title: (d: Document): string => {
    const t: unknown = p().docTitle.call(d);
    return typeof t === 'string' ? t : '';
  },
  designMode: (d: Document): string => p().docDesignMode.call(d),
  queryAll: (root: Document | Element, sel: string): Element[] =>
    Array.from(
      p().nodeTypeOf.call(root) === Node.DOCUMENT_NODE
        ? p().docQueryAll.call(root as Document, sel)
        : p().elQueryAll.call(root as Element, sel),
    ),
};

interface ClosedRootApi {
  openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null;
}
// Chrome: chrome.dom.openOrClosedShadowRoot (content scripts); Firefox: the element's own
// openOrClosedShadowRoot, which content scripts see through their Xray view of the page.
const chromeDom = (globalThis as { chrome?: { dom?: ClosedRootApi } }).chrome?.dom;
const chromeOpen = typeof chromeDom?.openOrClosedShadowRoot === 'function' ? chromeDom : undefined;
const firefoxOpen =
  typeof Element !== 'undefined' && 'openOrClosedShadowRoot' in Element.prototype
    ? getter<Element, ShadowRoot | null>(Element.prototype, 'openOrClosedShadowRoot')
    : undefined;

function closedShadowRoot(el: Element): ShadowRoot | null {
  try {
    if (firefoxOpen) return firefoxOpen.call(el);
    if (chromeOpen && canHostShadow(el)) return chromeOpen.openOrClosedShadowRoot!(el);
  } catch {
    // A node the API refuses is read as having none.
  }
  return null;
}

/**
 * Asking Chrome's extension API once per element made the walk of a million-node page markedly
 * slower, so it is asked for custom elements (where web components keep closed roots) and for
 * elements with no child nodes of their own (a host whose light tree is empty shows only its
 * shadow). Not read: a closed root on a built-in element that also has light children.
 */
function canHostShadow(el: Element): boolean {
  return p().localNameOf.call(el).includes('-') || !p().hasChildNodesOf.call(el);
}
