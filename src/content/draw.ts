// Draws flags in an overlay: one <laborlens-root> host appended to <html>, whose open shadow root
// holds a <laborlens-flag> per finding, positioned over the text it flags. The page's own
// elements are never touched (no node inserted among them, no text node split), so page scripts
// that walk their DOM (firstChild, childNodes, frameworks' reconcilers) keep working.
import type { Finding } from '../core';
import type { Segment, TextMap } from './extract';
import { createFlag, FLAG_HOST_STYLE, flagIdentity, type FlagParts, type ListInfo } from './flag-element';
import { CARD_STATE, closeCard, wireCard } from './flag-card';
import { runAll } from './slicer';
import { SEVERITIES } from '../core';
import { RepairBudget } from './repair-budget';
import { dom } from './dom-read';

/** Most flags drawn in one document; the popup still counts every finding. */
export const MAX_FLAGS = 2_000;
const STEP = 100;

export const ROOT_TAG = 'laborlens-root';

interface Placed {
  range: Range;
  el: HTMLElement;
  parts: FlagParts;
  f: Finding;
}

const HOST_STYLE =
  'all: initial !important; position: absolute !important; left: 0 !important; top: 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important; display: block !important;';
/** Attributes we change ourselves (card state, placement): a record of them is no tampering. */
const OWN_STATE = new Set<string>([
  ...CARD_STATE,
  'aria-expanded',
  'inert',
  'data-up',
  'data-left',
  'data-presentation',
]);
/** Every attribute a flag host may carry: any other (inert, aria-label, tabindex...) is the page's. */
const FLAG_ATTRS = new Set<string>(['data-kind', 'data-severity', 'data-key', 'style', ...OWN_STATE]);
/**
 * Some edits make no mutation record: a stylesheet adopted into a shadow root, a rule inserted
 * into a flag's own <style>, a page's popover opened above ours. The overlay is also checked on
 * this timer; a check reads a few properties per flag (well under a millisecond for hundreds).
 */
export const CHECK_MS = 2_000;

export class FlagLayer {
  private placed = new Map<string, Placed>();
  private host: HTMLElement | undefined;
  private layer: ShadowRoot | undefined;
  /** Watches the overlay for a page script's edits (see verify()). */
  private guard: MutationObserver | undefined;
  private suspects = new Set<Element>();
  private verifyTimer: ReturnType<typeof setTimeout> | undefined;
  private checkTimer: ReturnType<typeof setInterval> | undefined;
  private budget = new RepairBudget();

  constructor(
    private doc: Document,
    private listOf: (f: Finding) => ListInfo | undefined,
  ) {}

  /** Makes the page's flags exactly those of `findings`; flags still right are kept. */
  draw(findings: Finding[], segments: Segment[] | TextMap): void {
    runAll(this.drawSteps(findings, segments));
  }

  /** draw() as a step generator, for time-sliced drawing on big pages. */
  *drawSteps(
    findings: Finding[],
    segments: Segment[] | TextMap,
    opts: { keepOthers?: boolean } = {},
  ): Generator<void, void> {
    const wanted = new Map<string, { f: Finding; range: Range }>();
    const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
    const kept =
      findings.length > MAX_FLAGS
        ? [...findings].sort((a, b) => rank(a) - rank(b) || a.start - b.start).slice(0, MAX_FLAGS)
        : findings;
    let n = 0;
    for (const f of kept) {
      if (++n % STEP === 0) yield;
      const range = rangeOf(this.doc, segments, f.start, f.end);
      // The text under the range must still be the finding's (the page may have changed since the
      // scan, and names found only in page metadata have no place in the text).
      if (!range || squash(range.toString()) !== squash(f.text)) continue;
      const id = `${flagIdentity(f)}\u0000${nodeKey(range)}`;
      wanted.set(id, { f, range });
    }
    // Positions are read before any flag is added or removed: our own writes would make the page's
    // layout dirty, and the first read after them would lay out the whole page inside our task.
    const boxes = yield* this.measureSteps([...wanted.values()].map((w) => w.range));
    // Flags of new content are added beside the page's others; the next full scan settles them all.
    if (!opts.keepOthers)
      for (const [id, p] of this.placed) {
        if (!wanted.has(id)) {
          p.el.remove();
          this.placed.delete(id);
        }
      }
    for (const [id, w] of wanted) {
      const had = this.placed.get(id);
      if (had) {
        had.range = w.range;
        had.f = w.f;
        continue;
      }
      const layer = this.root(); // first: the new flag's card is watched by the layer's guard
      const parts = this.newFlag(w.f);
      layer.append(parts.host);
      this.placed.set(id, { range: w.range, el: parts.host, parts, f: w.f });
      if (++n % STEP === 0) {
        this.forgetOwnWrites();
        yield;
      }
    }
    this.forgetOwnWrites();
    yield* this.placeSteps([...wanted.keys()].map((id, i) => ({ el: this.placed.get(id)!.el, box: boxes[i] })));
  }

  /** Puts every flag over its text; flags of invisible text are hidden. */
  position(): void {
    runAll(this.positionSteps());
  }

  /** Reads every position first, then writes: interleaving would force a layout per flag. */
  *positionSteps(): Generator<void, void> {
    const placed = [...this.placed.values()];
    const boxes = yield* this.measureSteps(placed.map((p) => p.range));
    yield* this.placeSteps(placed.map((p, i) => ({ el: p.el, box: boxes[i] })));
  }

  /**
   * Viewport boxes of the ranges, plus the scroll offset at the moment each was read: the page may
   * scroll between slices.
   */
  private *measureSteps(ranges: Range[]): Generator<void, (Measured | undefined)[]> {
    const win = this.doc.defaultView;
    const boxes: (Measured | undefined)[] = [];
    for (const range of ranges) {
      const r = firstLine(range);
      boxes.push(r && { r, sx: win?.scrollX ?? 0, sy: win?.scrollY ?? 0 });
      if (boxes.length % (STEP * 3) === 0) yield;
    }
    return boxes;
  }

  private *placeSteps(placed: { el: HTMLElement; box: Measured | undefined }[]): Generator<void, void> {
    const present = this.presentation();
    const win = this.doc.defaultView;
    const vw = win?.innerWidth ?? 1024;
    const vh = win?.innerHeight ?? 768;
    for (let i = 0; i < placed.length; i++) {
      if (i && i % (STEP * 3) === 0) {
        this.forgetOwnWrites();
        yield;
      }
      const { el, box } = placed[i]!;
      const r = box?.r;
      if (!box || !r || (r.width === 0 && r.height === 0)) {
        setStyle(el, `${FLAG_HOST_STYLE} display: none !important;`);
        continue;
      }
      el.toggleAttribute('data-presentation', present);
      // Cards open where there is room, so they cover as little of the page as they can.
      el.toggleAttribute('data-up', r.top > vh * 0.6);
      el.toggleAttribute('data-left', r.left > vw - (present ? 620 : 420));
      setStyle(
        el,
        `${FLAG_HOST_STYLE} left: ${r.left + box.sx}px !important; top: ${r.top + box.sy}px !important; ` +
          `height: ${r.height}px !important; width: ${r.width}px !important;`,
      );
    }
    this.forgetOwnWrites();
  }

  private aim(el: HTMLElement): void {
    const win = this.doc.defaultView;
    const r = el.getBoundingClientRect();
    const present = el.hasAttribute('data-presentation');
    el.toggleAttribute('data-up', r.top > (win?.innerHeight ?? 768) * 0.6);
    el.toggleAttribute('data-left', r.left > (win?.innerWidth ?? 1024) - (present ? 620 : 420));
  }

  /** Trainers' presentation switch: honoured on our own extension pages only (the demo page). */
  private presentation(): boolean {
    return this.ownPage() && this.html().hasAttribute('data-laborlens-presentation');
  }

  /** <html>, read through the prototype: a page's images named documentElement clobber the property. */
  private html(): HTMLElement {
    return dom.documentElement(this.doc) ?? this.doc.documentElement;
  }

  private ownPage(): boolean {
    const protocol = this.doc.location?.protocol ?? '';
    return protocol === 'chrome-extension:' || protocol === 'moz-extension:';
  }

  count(): number {
    return this.placed.size;
  }

  /** Our overlay's host, so the walk and the page observer can tell it by reference. */
  hostNode(): HTMLElement | undefined {
    return this.host;
  }

  clear(): void {
    this.guard?.disconnect();
    this.guard = undefined;
    clearTimeout(this.verifyTimer);
    this.verifyTimer = undefined;
    clearInterval(this.checkTimer);
    this.checkTimer = undefined;
    this.suspects.clear();
    this.host?.remove();
    this.host = undefined;
    this.layer = undefined;
    this.placed.clear();
  }

  private root(): ShadowRoot {
    if (this.layer && this.host?.isConnected) return this.layer;
    this.guard?.disconnect();
    const host = this.doc.createElement(ROOT_TAG);
    host.setAttribute('style', HOST_STYLE);
    host.setAttribute('popover', 'manual');
    this.layer = host.attachShadow({ mode: 'open' });
    for (const { el } of this.placed.values()) this.layer.append(el);
    this.html().prepend(host);
    this.host = host;
    this.raise();
    this.watch();
    return this.layer;
  }

  /**
   * The overlay sits in the page's DOM, so a page script can reach it: remove it, hide it, edit a
   * flag's attributes or its card. One observer watches all of that; any record only schedules a
   * check (verify) in a later task, so a page that fights back cannot trap us in a microtask loop,
   * and the repair budget bounds how often we fight back at all.
   */
  private watch(): void {
    if (typeof MutationObserver === 'undefined' || !this.host || !this.layer) return;
    this.guard = new MutationObserver((records) => this.onRecords(records));
    this.guard.observe(this.html(), { childList: true });
    this.guard.observe(this.host, { attributes: true });
    this.guard.observe(this.layer, { childList: true, attributes: true, subtree: true });
    clearInterval(this.checkTimer);
    this.checkTimer = setInterval(() => {
      if (this.verifyTimer === undefined) this.verify();
    }, CHECK_MS);
    for (const { el } of this.placed.values()) this.watchFlag(el);
  }

  private watchFlag(el: HTMLElement): void {
    if (el.shadowRoot)
      this.guard?.observe(el.shadowRoot, { childList: true, attributes: true, characterData: true, subtree: true });
  }

  private newFlag(f: Finding): FlagParts {
    const parts = createFlag(this.doc, f, this.listOf(f));
    // A card opens where there is room at the moment it opens (the page may have scrolled since
    // the flag was placed), and one card shows at a time.
    wireCard(parts, {
      aim: (h) => this.aim(h),
      shown: (h) => {
        for (const p of this.placed.values()) if (p.el !== h) closeCard(p.parts);
      },
      ownPage: this.ownPage(),
    });
    this.watchFlag(parts.host);
    return parts;
  }

  /**
   * The overlay lives in the browser's top layer (a manual popover), above every page element
   * whatever its z-index or place in the DOM; so it can be the first child of <html>, which puts
   * the flags' marks first in the Tab order: a list of the page's flags before its content.
   */
  private raise(): void {
    const host = this.host;
    if (!host?.isConnected || typeof host.showPopover !== 'function') return;
    try {
      if (onTop(host)) host.hidePopover(); // shown again: last in the top layer, above the page's
      host.showPopover();
    } catch {
      // Not a popover any more (the page removed the attribute): verify() puts it back.
    }
  }

  /** Our own positioning writes are not tampering: drop their records. */
  private forgetOwnWrites(): void {
    this.guard?.takeRecords();
  }

  private onRecords(records: MutationRecord[]): void {
    let relevant = false;
    for (const r of records) {
      if (r.target === this.html()) {
        // The page appending its own nodes to <html> is none of our business.
        if (this.host && this.host.parentNode !== this.html()) relevant = true;
        continue;
      }
      if (r.type === 'attributes' && OWN_STATE.has(r.attributeName ?? '')) continue;
      relevant = true;
      // Our own writes (positioning) were taken out of the queue as they happened, so a style or
      // attribute change on a flag, or any edit inside its card, is the page's: rebuild that flag.
      const root = r.target.getRootNode();
      if (root === this.layer && r.type === 'attributes') this.suspects.add(r.target as Element);
      else if (root !== this.layer && root instanceof ShadowRoot) this.suspects.add(root.host);
    }
    if (relevant) this.scheduleVerify(0);
  }

  private scheduleVerify(ms: number): void {
    if (this.verifyTimer !== undefined) return;
    this.verifyTimer = setTimeout(() => {
      this.verifyTimer = undefined;
      this.verify();
    }, ms);
  }

  /** Restores the overlay and every flag whose meaning a page script changed. Exported for tests. */
  verify(): number {
    const host = this.host;
    const layer = this.layer;
    if (!host || !layer) return 0;
    const damaged = this.damage(host, layer);
    if (!damaged) {
      this.suspects.clear();
      return 0;
    }
    const wait = this.budget.take(Date.now());
    if (wait > 0) {
      // A page that keeps fighting gets its way until the window ends; then one more check.
      this.scheduleVerify(wait);
      return 0;
    }
    if (host.parentNode !== this.html()) this.html().prepend(host);
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    for (const name of host.getAttributeNames()) if (!HOST_ATTRS.has(name)) host.removeAttribute(name);
    if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
    if (layer.adoptedStyleSheets.length) layer.adoptedStyleSheets = [];
    this.raise();
    const ours = new Set<Node>(Array.from(this.placed.values(), (p) => p.el));
    for (const n of Array.from(layer.childNodes)) if (!ours.has(n)) n.remove();
    let rebuilt = 0;
    for (const p of this.placed.values()) {
      if (!this.flagDamaged(p, layer)) continue;
      const fresh = this.newFlag(p.f);
      if (p.el.parentNode === layer) p.el.replaceWith(fresh.host);
      else layer.append(fresh.host);
      p.el = fresh.host;
      p.parts = fresh;
      rebuilt++;
    }
    this.suspects.clear();
    if (rebuilt) runAll(this.positionSteps());
    this.forgetOwnWrites();
    return damaged;
  }

  private damage(host: HTMLElement, layer: ShadowRoot): number {
    let n = 0;
    if (host.parentNode !== this.html()) n++;
    if (host.getAttribute('style') !== HOST_STYLE || host.attributes.length !== 2) n++;
    if (host.getAttribute('popover') !== 'manual' || !onTop(host) || this.pagePopoverOpen()) n++;
    if (layer.adoptedStyleSheets?.length) n++;
    if (layer.childNodes.length !== this.placed.size) n++;
    for (const p of this.placed.values()) if (this.flagDamaged(p, layer)) n++;
    return n;
  }

  private flagDamaged(p: Placed, layer: ShadowRoot): boolean {
    const el = p.el;
    if (
      this.suspects.has(el) ||
      el.parentNode !== layer ||
      el.getAttribute('data-kind') !== p.f.kind ||
      el.getAttribute('data-severity') !== p.f.severity ||
      el.getAttribute('data-key') !== p.f.key
    )
      return true;
    // Names, not el.attributes: no Attr node is made per attribute (see setStyle for the style).
    for (const name of el.getAttributeNames()) if (!FLAG_ATTRS.has(name)) return true;
    const { root, mark, card, style, rules } = p.parts;
    const open = el.hasAttribute('data-open');
    return (
      (root.adoptedStyleSheets?.length ?? 0) > 0 ||
      (rules >= 0 && style.sheet !== null && style.sheet.cssRules.length !== rules) ||
      mark.getAttribute('aria-expanded') !== String(open) ||
      card.inert === open
    );
  }

  /** A page's popover opened after ours would cover the flags: ours goes back on top. */
  private pagePopoverOpen(): boolean {
    if (this.ownPage()) return false; // the demo's trainer bar is meant to be above the flags
    try {
      for (const el of dom.queryAll(this.doc, ':popover-open')) if (el !== this.host) return true;
    } catch {
      // A DOM without popovers.
    }
    return false;
  }
}

/**
 * A flag's placement is written as its whole style attribute, never through el.style: the host
 * style's `all: initial` stands for every CSS property, and an attribute changed through el.style
 * is re-serialised on its next read, which the check (flagDamaged: the flag's attribute names)
 * does for every flag. That cost about 0.1 ms per flag, 100 ms in one task for 1,000 flags.
 */
function setStyle(el: HTMLElement, style: string): void {
  if (el.getAttribute('style') !== style) el.setAttribute('style', style);
}

const HOST_ATTRS = new Set(['style', 'popover']);

function onTop(host: HTMLElement): boolean {
  try {
    return typeof host.showPopover !== 'function' || host.matches(':popover-open');
  } catch {
    return true; // a DOM without popovers (unit tests)
  }
}

/** The part of a range on its first line: a name split by inline markup is one box. */
interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
interface Measured {
  r: Box;
  sx: number;
  sy: number;
}

function firstLine(range: Range): Box | undefined {
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
  const first = rects[0];
  if (!first) return undefined;
  let right = first.right;
  let bottom = first.bottom;
  for (const r of rects) {
    if (Math.abs(r.top - first.top) > first.height / 2 || r.left < first.left) continue;
    right = Math.max(right, r.right);
    bottom = Math.max(bottom, r.bottom);
  }
  return { left: first.left, top: first.top, width: right - first.left, height: bottom - first.top };
}

const ids = new WeakMap<Node, number>();
let nextId = 1;
/** A stable identity for the text node a flag starts in, so a rescan keeps the same flag. */
function nodeKey(range: Range): string {
  const n = range.startContainer;
  let id = ids.get(n);
  if (!id) ids.set(n, (id = nextId++));
  return `${id}:${range.startOffset}`;
}

const squash = (s: string) => s.replace(/\s+/gu, '');

function rangeOf(doc: Document, segments: Segment[] | TextMap, start: number, end: number): Range | undefined {
  const find = (at: number) => (Array.isArray(segments) ? segmentAt(segments, at) : mapAt(segments, at));
  const a = find(start);
  const b = find(Math.max(start, end - 1));
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return undefined;
  const range = Document.prototype.createRange.call(doc);
  range.setStart(a.node, start - a.start);
  range.setEnd(b.node, Math.min(b.node.length, end - b.start));
  return range;
}

/** Binary search: the segment holding text offset `at`. */
export function segmentAt(segments: Segment[], at: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** segmentAt over the compact map. */
export function mapAt(map: TextMap, at: number): Segment | undefined {
  let lo = 0;
  let hi = map.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < map.starts[mid]!) hi = mid - 1;
    else if (at >= map.ends[mid]!) lo = mid + 1;
    else return { node: map.nodes[mid]!, start: map.starts[mid]!, end: map.ends[mid]! };
  }
  return undefined;
}
