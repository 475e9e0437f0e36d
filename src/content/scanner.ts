// Scans a document and keeps its flags right as the page changes. Mutation records only queue a
// rescan; the scan itself runs once the page has been quiet briefly (at most a second late).
import type { Finding } from '../core/engine-api';
import type { ListSummary, ScanRequest } from '../shared/messages';
import { extract, jsonLdOrganisations } from './extract';
import { FLAG_TAG } from './flag-element';
import { FlagLayer, ROOT_TAG } from './draw';

export interface ScannerClient {
  scan(req: ScanRequest): Promise<{ findings: Finding[] }>;
  lists(): Promise<ListSummary[]>;
}

const QUIET_MS = 200;
const MAX_WAIT_MS = 900;

export function startScanner(doc: Document, client: ScannerClient, signal: AbortSignal, frame = 0): { done: Promise<void> } {
  let lists = new Map<string, ListSummary>();
  const layer = new FlagLayer(doc, (f) => (f.list ? lists.get(f.list) : undefined));
  let running = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstQueued = 0;

  async function scan(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const body = doc.body;
      if (!body) return;
      const ex = extract(body);
      const res = await client.scan({ url: doc.location?.href ?? '', title: doc.title.slice(0, 1_000), text: ex.text, cells: ex.cells, organisations: jsonLdOrganisations(doc), frame });
      if (signal.aborted) return;
      layer.draw(res.findings, ex.segments);
    } finally {
      running = false;
      if (again && !signal.aborted) {
        again = false;
        queue();
      }
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
    if (records.some((r) => !isOurs(r))) queue();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
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
  if (doc.body) resizes.observe(doc.body);
  signal.addEventListener('abort', () => {
    resizes.disconnect();
    observer.disconnect();
    clearTimeout(timer);
    layer.clear();
  });

  const done = client
    .lists()
    .then((ls) => {
      lists = new Map(ls.map((l) => [l.id, l]));
    })
    .catch(report)
    .then(() => scan())
    .catch(report);
  return { done };
}

function isOurs(r: MutationRecord): boolean {
  const ours = (n: Node) => {
    const name = n.nodeName.toLowerCase();
    return name === FLAG_TAG || name === ROOT_TAG;
  };
  if (r.type === 'childList') {
    const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
    return nodes.length > 0 && nodes.every(ours);
  }
  return false;
}

function report(e: unknown): void {
  // The page must never break because of us: log and carry on.
  console.warn('LaborLens:', e instanceof Error ? e.message : e);
}
