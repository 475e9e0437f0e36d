// Flattens a document's visible text into one string the engine can scan, remembering which text
// node each stretch came from. The one reading of a page, shared by the extension and the CLI
// (page-text.ts): formatting inside a word is joined as it reads (<b>Hua</b>fu); other inline
// elements (span, a, img...) are items laid out apart and get a space between them ("Place of
// Origin" | "Xinjiang"); a table row is one line with its cells separated by '\t' (the engine
// pairs a row's code and origin by line); blocks and <br> become '\n'.
import { runAll } from './slicer';
import { dom } from './dom-read';
import { headerRead } from '../core';

export interface Segment {
  node: Text;
  start: number; // offset of the node's first character in the flat text
  end: number;
}
export interface Cell {
  start: number;
  end: number;
  header: string;
}
/**
 * Where each text node sits in the flat text, as three parallel arrays: no object per node. A page
 * of a million text nodes made a million Segment objects, and collecting them took single steps
 * of the sliced walk to 100-300 ms; these arrays hold small integers and references only.
 */
export interface TextMap {
  nodes: Text[];
  starts: number[];
  ends: number[];
}
export interface Extracted {
  /** The flat text, joined on first read (tests, small pages): big pages use `length`/`slice`. */
  readonly text: string;
  /** Length of the flat text. */
  length: number;
  /** Part of the flat text, joined from the pieces it spans only. */
  slice(start: number, end: number): string;
  /** The same as `map`, as objects; built on first read (tests, small documents). */
  segments: Segment[];
  map: TextMap;
  cells: Cell[];
  /** JSON-LD script elements met in the walked tree. */
  jsonLd: Element[];
}

/**
 * Never scanned: code, hidden templates, form fields and editable regions. Our own UI is skipped by
 * reference (WalkOptions.skip), never by tag name: a page can wrap a name in our tags.
 */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'svg',
  'MATH',
  'math',
  'HEAD',
  'TITLE',
]);
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
  'BUTTON',
  'LABEL',
  'LEGEND',
]);

/** Formatting that can sit inside a word: joined with nothing between. */
const FORMATTING = new Set([
  'B',
  'STRONG',
  'I',
  'EM',
  'U',
  'S',
  'SUP',
  'SUB',
  'FONT',
  'SMALL',
  'BIG',
  'MARK',
  'ABBR',
  'WBR',
  'INS',
  'DEL',
]);
const CELL = new Set(['TD', 'TH']);

/**
 * Our own pages (the demo page's trainer panel) can mark text that is about flags rather than a
 * supplier listing. Only extension pages: a web page must not be able to hide names from us.
 */
const OWN_PAGE =
  typeof location !== 'undefined' &&
  (location.protocol === 'chrome-extension:' || location.protocol === 'moz-extension:');

export function isSkipped(el: Element, tag = dom.tag(el)): boolean {
  if (SKIP.has(tag)) return true;
  if (OWN_PAGE && dom.hasAttr(el, 'data-laborlens-ignore')) return true;
  // `hidden` is only a default style: page CSS can show the element again, so ask the rendering.
  if ((dom.hasAttr(el, 'hidden') && !rendered(el)) || editable(el)) return true;
  return false;
}

// Taken when the content script starts; undefined where there is no DOM yet (the CLI sets one up
// per page) or no checkVisibility (test DOMs), which fall back to the computed style.
const checkVisibility =
  typeof Element === 'undefined'
    ? undefined
    : (Element.prototype as { checkVisibility?: () => boolean }).checkVisibility;
/** Read only for elements with `hidden`, which are few: one style read each. */
function rendered(el: Element): boolean {
  if (checkVisibility) return checkVisibility.call(el);
  const view = dom.ownerDocument(el)?.defaultView;
  return !view || view.getComputedStyle(el).display !== 'none';
}

/**
 * An editing host, read from its attribute: `isContentEditable` brings the page's style up to
 * date first, so on a page that is still changing every call could restyle it inside our task.
 * The walk skips the host's whole subtree, so its editable descendants are skipped with it; a
 * document in design mode is not walked at all.
 */
function editable(el: Element): boolean {
  const v = dom.attr(el, 'contenteditable');
  return v !== null && v.toLowerCase() !== 'false';
}

interface OpenCell {
  el: HTMLTableCellElement;
  start: number;
}

const PRE = new Set(['PRE', 'LISTING', 'XMP']);
const WHITESPACE = /^\s*$/u;
const SOURCE_BREAKS = /[\n\r\t\f]/gu;
const GAP = /\s$/u;

/** Nodes visited between checks of the time slice. */
const STEP_NODES = 400;

export const extract = (root: Element): Extracted => runAll(extractSteps(root));

/**
 * What a walk keeps. A first pass keeps the text and no node at all: holding a reference to each
 * of a million text nodes made garbage-collection pauses of 100 ms. Once the findings are known, a
 * second pass over the same DOM keeps only the nodes that hold a wanted offset (`locate`).
 */
export interface WalkOptions {
  /** Keep the flat text (and table cells). Default true. */
  text?: boolean;
  /** Which text nodes to keep: all, none, or those holding one of these offsets (ascending). */
  nodes?: 'all' | 'none' | readonly number[];
  /** A subtree never read: our own overlay's host, held by reference. */
  skip?: Node;
}

/** The second pass: the text nodes that hold the given offsets of the same DOM's flat text. */
export const locateSteps = (root: Element, offsets: readonly number[], skip?: Node): Generator<void, Extracted> =>
  extractSteps(root, { text: false, nodes: offsets, skip });

/** The walk as a step generator: it yields every few hundred nodes so callers can slice it. */
export function* extractSteps(root: Element, opts: WalkOptions = {}): Generator<void, Extracted> {
  const keepText = opts.text !== false;
  const keep = opts.nodes ?? 'all';
  const want = typeof keep === 'string' ? undefined : keep;
  let wi = 0;
  const parts: string[] = [];
  const map: TextMap = { nodes: [], starts: [], ends: [] };
  const cellRanges: { el: HTMLTableCellElement; start: number; end: number }[] = [];
  const jsonLd: Element[] = [];
  let length = 0;
  let lastNewline = true;
  /** The flat text ends in whitespace (or is empty). */
  let lastGap = true;
  let endsTab = false;
  let pre = 0;
  const push = (s: string) => {
    if (keepText) parts.push(s);
    length += s.length;
    lastNewline = s.endsWith('\n');
    lastGap = GAP.test(s);
    endsTab = s.endsWith('\t');
  };
  const newline = () => {
    if (!lastNewline) push('\n');
  };
  /** Between two items laid out apart: a space, or a tab before a row's next cell. */
  const apart = (tab: boolean) => {
    if (tab ? !lastNewline && !endsTab : !lastGap) push(tab ? '\t' : ' ');
  };

  // Iterative walk (pages can be deep); an exit marker closes blocks and cells.
  // A node's children are visited through a cursor over its child list, one child per step: a
  // table body of 10,000 rows read as one array was one step of 30-60 ms (a JS wrapper made for
  // every row at once). The list is live: a page changing it mid-walk is read again by the next
  // scan, which its mutation queues.
  type Cursor = { list: NodeList; at: number };
  type Item = Node | { exit: Element; cell?: OpenCell } | Cursor;
  // A document in design mode is one editable region.
  const ownerDoc = dom.ownerDocument(root);
  const stack: Item[] = ownerDoc && dom.designMode(ownerDoc) === 'on' ? [] : [root];
  const skip = opts.skip;
  let visited = 0;
  /** The text of one text node, or of a leaf element's text nodes together (`from` is the element). */
  const addText = (data: string, from: Text | Element): void => {
    if (!data) return;
    // Source indentation between blocks is no line of text: the engine pairs facts by lines.
    if (!pre && WHITESPACE.test(data)) {
      if (!lastGap) push(' ');
      return;
    }
    const start = length;
    const end = length + data.length;
    if (keep === 'all') hold(from, start, () => true);
    else if (want) {
      while (wi < want.length && (want[wi] as number) < start) wi++;
      if (wi < want.length && (want[wi] as number) < end)
        hold(from, start, (s, e) => want.some((w) => w >= s && w < e));
    }
    // Outside <pre> a newline in the source renders as a space; same length keeps offsets exact.
    if (keepText) push(pre ? data : data.replace(SOURCE_BREAKS, ' '));
    else {
      length = end;
      lastNewline = pre > 0 && data.endsWith('\n');
      lastGap = GAP.test(data);
      endsTab = pre > 0 && data.endsWith('\t');
    }
  };
  /** Records the text nodes under `from` (itself, or a leaf's children) that `wanted` accepts. */
  const hold = (from: Text | Element, start: number, wanted: (s: number, e: number) => boolean): void => {
    const nodes =
      dom.nodeType(from) === Node.TEXT_NODE
        ? [from as Text]
        : dom.children(from).filter((n): n is Text => dom.nodeType(n) === Node.TEXT_NODE);
    let at = start;
    for (const n of nodes) {
      const e = at + n.data.length;
      if (n.data && wanted(at, e)) {
        map.nodes.push(n);
        map.starts.push(at);
        map.ends.push(e);
      }
      at = e;
    }
  };

  // The text is joined a slice at a time: one join of a million pieces would be one long task.
  const chunks: string[] = [];
  while (stack.length) {
    if (++visited % STEP_NODES === 0) {
      if (parts.length > 256) chunks.push(parts.splice(0).join(''));
      yield;
    }
    let item = stack.pop()!;
    if (!(item instanceof Node) && 'list' in item) {
      const next = dom.item(item.list, item.at++);
      if (!next) continue;
      stack.push(item);
      item = next;
    }
    if (!(item instanceof Node)) {
      const tag = dom.tag(item.exit);
      if (PRE.has(tag)) pre--;
      if (BLOCK.has(tag)) newline();
      else if (!pre && !FORMATTING.has(tag) && !CELL.has(tag)) apart(false);
      if (item.cell && keepText) cellRanges.push({ el: item.cell.el, start: item.cell.start, end: length });
      continue;
    }
    const type = dom.nodeType(item);
    if (type === Node.TEXT_NODE) {
      addText((item as Text).data, item as Text);
      continue;
    }
    if (type !== Node.ELEMENT_NODE && type !== Node.DOCUMENT_FRAGMENT_NODE) continue;
    if (item === skip) continue;
    const el = item as Element;
    let shadow: ShadowRoot | null = null;
    if (type === Node.ELEMENT_NODE) {
      const tag = dom.tag(el);
      if (isSkipped(el, tag)) {
        // JSON-LD in the body is picked up on the way: a selector query over a huge DOM is one
        // long task.
        if (keepText && tag === 'SCRIPT' && dom.attr(el, 'type') === 'application/ld+json') jsonLd.push(el);
        continue;
      }
      if (BLOCK.has(tag)) newline();
      else if (CELL.has(tag)) apart(true);
      else if (!pre && !FORMATTING.has(tag)) apart(false);
      if (PRE.has(tag)) pre++;
      const cell = tag === 'TD' || tag === 'TH' ? { el: el as HTMLTableCellElement, start: length } : undefined;
      stack.push({ exit: el, cell });
      shadow = dom.shadowRoot(el);
      // A leaf element's text is read in one go, asking only questions answered without a node
      // (firstChild would be one): a content script's world keeps its JS wrappers of page nodes in
      // a hash map, and growing that map past a hundred thousand nodes took single steps to 35 ms.
      if (!shadow && dom.childElementCount(el) === 0 && dom.hasChildNodes(el)) {
        addText(dom.textContent(el), el);
        continue;
      }
    }
    stack.push({ list: dom.childList(item), at: 0 });
    if (shadow) stack.push(shadow);
  }
  yield;
  if (parts.length) chunks.push(parts.join(''));
  const cells = yield* columnCellSteps(cellRanges);
  let segments: Segment[] | undefined;
  let whole: string | undefined;
  const text = pieces(chunks);
  return {
    get text() {
      return (whole ??= chunks.join(''));
    },
    length,
    slice: text.slice,
    get segments() {
      return (segments ??= map.nodes.map((node, i) => ({ node, start: map.starts[i]!, end: map.ends[i]! })));
    },
    map,
    cells,
    jsonLd,
  };
}

/**
 * The flat text kept as the pieces it was joined in, a slice at a time: joining a huge page's
 * text into one string was one step of 20 ms, and it is only ever sent in parts.
 */
function pieces(chunks: readonly string[]): { slice(start: number, end: number): string } {
  const starts: number[] = [];
  let at = 0;
  for (const c of chunks) {
    starts.push(at);
    at += c.length;
  }
  return {
    slice(start, end) {
      const from = Math.max(0, start);
      const to = Math.min(at, end);
      if (to <= from) return '';
      // The last piece starting at or before `from`.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] as number) <= from) lo = mid;
        else hi = mid - 1;
      }
      const out: string[] = [];
      for (let i = lo; i < chunks.length && (starts[i] as number) < to; i++) {
        const s = starts[i] as number;
        out.push((chunks[i] as string).slice(Math.max(0, from - s), to - s));
      }
      return out.join('');
    },
  };
}

/** Cells under a header (Supplier, HS Code, Origin...) become hints for the engine. */
function* columnCellSteps(ranges: { el: HTMLTableCellElement; start: number; end: number }[]): Generator<void, Cell[]> {
  const headers = new Map<HTMLTableElement, string[]>();
  const out: Cell[] = [];
  let n = 0;
  for (const r of ranges) {
    if (++n % STEP_NODES === 0) yield;
    const table = r.el.closest('table');
    if (!table || r.el.tagName === 'TH') continue;
    let hs = headers.get(table);
    if (!hs) headers.set(table, (hs = headerRow(table)));
    const header = hs[columnIndex(r.el)];
    if (header && headerRead(header)) out.push({ start: r.start, end: r.end, header });
  }
  return out;
}

function headerRow(table: HTMLTableElement): string[] {
  // Plain DOM queries rather than table.rows/cells, which some DOMs leave out.
  const row =
    table.querySelector(':scope > thead > tr') ??
    Array.from(table.querySelectorAll('tr')).find((tr) => tr.querySelector(':scope > th'));
  if (!row) return [];
  const out: string[] = [];
  for (const c of Array.from(row.children) as HTMLTableCellElement[]) {
    const t = (c.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 100);
    for (let i = 0; i < Math.max(1, c.colSpan); i++) out.push(t);
  }
  return out;
}

function columnIndex(cell: HTMLTableCellElement): number {
  let i = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling)
    i += Math.max(1, (c as HTMLTableCellElement).colSpan || 1);
  return i;
}

/** Where a JSON-LD object names the party that makes or sells the goods. */
const SELLER_ROLES = new Set(['seller', 'manufacturer', 'vendor', 'brandOwner', 'offeredBy', 'provider']);

/**
 * Organisation names from JSON-LD: schema.org Organization (Corporation, LocalBusiness, Store...)
 * objects, and any object in a seller or manufacturer role, at any nesting (@graph included).
 */
export function jsonLdOrganisations(doc: Document, inBody?: readonly Element[]): string[] {
  const names = new Set<string>();
  const visit = (v: unknown, depth: number, role: string): void => {
    if (depth > 12 || names.size >= 200 || typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1, role));
    const o = v as Record<string, unknown>;
    const type = o['@type'];
    const types = Array.isArray(type) ? type : [type];
    if (
      (SELLER_ROLES.has(role) ||
        types.some(
          (t) => typeof t === 'string' && /Organization|Corporation|LocalBusiness|Store|Manufacturer/i.test(t),
        )) &&
      typeof o.name === 'string'
    ) {
      const n = o.name.trim();
      if (n && n.length <= 300) names.add(n);
    }
    for (const k of Object.keys(o)) visit(o[k], depth + 1, k);
  };
  const sel = 'script[type="application/ld+json"]';
  const head = dom.head(doc);
  const scripts = inBody ? [...(head ? dom.queryAll(head, sel) : []), ...inBody] : dom.queryAll(doc, sel);
  for (const s of scripts) {
    try {
      visit(JSON.parse(dom.textContent(s)), 0, '');
    } catch {
      // A page's broken JSON-LD is its own business.
    }
  }
  return [...names];
}
