// Scans a document and keeps its flags right as the page changes. Mutation records only queue a
// rescan; the scan itself runs once the page has been quiet briefly (at most a second late).
// Elements only added to a page already scanned (a new listing, the next page of results) are
// scanned on their own first, so their flags come within a frame or two instead of after a walk of
// the whole page; the full rescan follows as before and settles every flag.
import type { Finding } from '../core';
import type { ListSummary, ScanRequest } from '../shared/messages';
import { extractSteps, jsonLdOrganisations, locateSteps } from './extract';
import { afterFrame, runSliced, slicer } from './slicer';
// The background refuses more; the rest of a giant page is left unscanned rather than failing.
import { MAX_TEXT, MAX_URL, PART_CHARS } from '../shared/validate';
import { FlagLayer } from './draw';
import { dom } from './dom-read';

export interface ScannerClient {
  scan(req: ScanRequest): Promise<{ findings: Finding[] }>;
  lists(): Promise<ListSummary[]>;
}

/** A scan waits for the page to be quiet this long... */
const QUIET_MS = 200;
/** ...but never longer than this after the first change, so a page that never settles is still scanned. */
const MAX_WAIT_MS = 900;
/** Added elements are gathered this long (one burst of appends is one delta scan)... */
const DELTA_MS = 30;
/** ...and above this many, or with anything removed or edited, only the full rescan runs. */
const DELTA_NODES = 100;
/** A delta's text: more is not "a few new rows", and its walk and scan would be long tasks. */
const DELTA_CHARS = 64 * 1024;

export function startScanner(
  doc: Document,
  client: ScannerClient,
  signal: AbortSignal,
  frame = 0,
): { done: Promise<void> } {
  let lists = new Map<string, ListSummary>();
  let listsRead: Promise<void> = Promise.resolve();
  const layer = new FlagLayer(doc, (f) => (f.list ? lists.get(f.list) : undefined));
  let running = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstQueued = 0;
  let scanned = false;
  let added: Element[] = [];
  /** Something other than added elements changed since the last full scan began. */
  let deltaOff = false;
  let deltaTimer: ReturnType<typeof setTimeout> | undefined;
  let deltaRunning = false;
  /** A delta drew flags while a full scan ran: that scan, which may not have read them, keeps them. */
  let deltaDrew = false;

  async function scan(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    // This walk reads whatever was added until now.
    added = [];
    deltaOff = false;
    clearTimeout(deltaTimer);
    deltaTimer = undefined;
    deltaDrew = false;
    try {
      const body = dom.body(doc);
      if (!body) return;
      // Walk and draw in slices; text that changed meanwhile is caught by the next scan, which
      // the mutation observer has already queued. Our overlay is skipped by reference: a page
      // that moves it into its body does not make us read our own cards.
      const ex = await runSliced(extractSteps(body, { nodes: 'none', skip: layer.hostNode() }), slicer(), signal);
      const length = Math.min(ex.length, MAX_TEXT);
      const cells = ex.cells.filter((c) => c.end <= length);
      // The background refuses longer URLs; a page can make its own URL as long as it likes.
      const base = {
        url: String(doc.defaultView?.location.href ?? '').slice(0, MAX_URL),
        title: dom.title(doc).slice(0, 1_000),
        frame,
      };
      // A big page's text goes in parts, one message each: one huge message is one long task.
      const count = Math.max(1, Math.ceil(length / PART_CHARS));
      const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      for (let i = 0; i < count - 1; i++) {
        await client.scan({
          ...base,
          text: ex.slice(i * PART_CHARS, (i + 1) * PART_CHARS),
          part: { id, index: i, count },
        });
        if (signal.aborted) return;
      }
      const last = ex.slice((count - 1) * PART_CHARS, length);
      const res = await client.scan({
        ...base,
        text: last,
        cells,
        organisations: jsonLdOrganisations(doc, ex.jsonLd),
        ...(count > 1 ? { part: { id, index: count - 1, count } } : {}),
      });
      if (signal.aborted) return;
      // Second pass: only the text nodes that hold a finding. A DOM changed in between gives ranges
      // whose text differs, which the flag layer refuses; the queued rescan puts them right.
      const offsets = [...new Set(res.findings.flatMap((f) => [f.start, Math.max(f.start, f.end - 1)]))].sort(
        (a, b) => a - b,
      );
      const located = offsets.length
        ? await runSliced(locateSteps(body, offsets, layer.hostNode()), slicer(), signal)
        : ex;
      await Promise.all([afterFrame(), listsRead]);
      if (signal.aborted) return;
      await runSliced(layer.drawSteps(res.findings, located.map, { keepOthers: deltaDrew }), slicer(), signal);
      scanned = true;
    } finally {
      running = false;
      if (again && !signal.aborted) {
        again = false;
        queue();
      }
    }
  }

  function noteAdded(records: MutationRecord[]): void {
    if (deltaOff) return;
    for (const r of records) {
      if (r.type !== 'childList' || r.removedNodes.length > 0) {
        deltaOff = true;
        break;
      }
      for (const n of Array.from(r.addedNodes)) if (n.nodeType === 1) added.push(n as Element);
    }
    if (deltaOff || added.length > DELTA_NODES) {
      deltaOff = true;
      added = [];
      return;
    }
    if (added.length && !deltaTimer)
      deltaTimer = setTimeout(() => {
        deltaTimer = undefined;
        void scanAdded().catch(report);
      }, DELTA_MS);
  }

  /** Scans the elements added since the last scan on their own and adds their flags. */
  async function scanAdded(): Promise<void> {
    // A full scan under way may have walked past them: it is rerun after (queued by the same
    // records), and meanwhile these are drawn now.
    if (!scanned || deltaRunning || deltaOff) return;
    const host = layer.hostNode();
    const roots = added.filter((el) => el.isConnected && el !== host && !host?.contains(el));
    added = [];
    // Outermost only: an element added inside another added one is read with it.
    const outer = roots.filter((el) => !roots.some((o) => o !== el && o.contains(el)));
    if (!outer.length) return;
    deltaRunning = true;
    try {
      for (const root of outer) {
        const ex = await runSliced(extractSteps(root, { nodes: 'none', skip: host }), slicer(), signal);
        if (signal.aborted) return;
        if (ex.length === 0 || ex.length > DELTA_CHARS) continue;
        const res = await client.scan({
          url: String(doc.defaultView?.location.href ?? '').slice(0, MAX_URL),
          title: dom.title(doc).slice(0, 1_000),
          frame,
          text: ex.slice(0, ex.length),
          delta: true,
        });
        // A full scan begun meanwhile draws them too, later: these are drawn now, beside the others.
        if (signal.aborted || !root.isConnected || !res.findings.length) continue;
        const offsets = [...new Set(res.findings.flatMap((f) => [f.start, Math.max(f.start, f.end - 1)]))].sort(
          (a, b) => a - b,
        );
        const located = await runSliced(locateSteps(root, offsets, host), slicer(), signal);
        if (signal.aborted) return;
        await runSliced(layer.drawSteps(res.findings, located.map, { keepOthers: true }), slicer(), signal);
        if (running) deltaDrew = true;
      }
    } finally {
      deltaRunning = false;
    }
  }

  function queue(): void {
    const now = Date.now();
    if (!timer) firstQueued = now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(QUIET_MS, firstQueued + MAX_WAIT_MS - now));
    timer = setTimeout(() => {
      timer = undefined;
      void scan().catch(report);
    }, wait);
  }

  const observer = new MutationObserver((records) => {
    const theirs = records.filter((r) => !isOurs(r, layer.hostNode()));
    if (!theirs.length) return;
    noteAdded(theirs);
    queue();
  });
  const html = dom.documentElement(doc);
  if (html) observer.observe(html, { childList: true, subtree: true, characterData: true });
  // Flags follow their text when anything scrolls or the layout changes.
  let frameQueued = false;
  const reposition = (e?: Event) => {
    if (e?.type === 'scroll' && e.target === doc) return; // document scroll moves flags with it
    if (frameQueued) return;
    frameQueued = true;
    requestAnimationFrame(() => {
      frameQueued = false;
      layer.position();
    });
  };
  const win = doc.defaultView;
  win?.addEventListener('scroll', reposition, { capture: true, passive: true, signal });
  win?.addEventListener('resize', reposition, { passive: true, signal });
  const resizes = new ResizeObserver(() => reposition());
  const body = dom.body(doc);
  if (body) resizes.observe(body);
  signal.addEventListener('abort', () => {
    resizes.disconnect();
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(deltaTimer);
    layer.clear();
  });

  // The list names are only needed to draw: asked beside the first scan, not before it, so a
  // woken service worker answers both from one start instead of one after the other.
  listsRead = client
    .lists()
    .then((ls) => {
      lists = new Map(ls.map((l) => [l.id, l]));
    })
    .catch(report);
  const done = Promise.all([listsRead, scan().catch(report)]).then(() => undefined);
  return { done };
}

/** Our own overlay's host coming and going, known by reference (a page can use our tag names). */
function isOurs(r: MutationRecord, host: Node | undefined): boolean {
  const ours = (n: Node) => n === host;
  if (r.type === 'childList') {
    const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
    return nodes.length > 0 && nodes.every(ours);
  }
  return false;
}

function report(e: unknown): void {
  if (e instanceof DOMException && e.name === 'AbortError') return;
  // The page must never break because of us: log and carry on.
  console.warn('LaborLens:', e instanceof Error ? e.message : e);
}
