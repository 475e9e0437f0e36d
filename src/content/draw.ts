// Puts flags where findings are, and takes away flags whose text is gone. A flag sits just
// before the text node where its finding starts; flags already in place are kept, not redrawn.
import type { Finding } from '../core/engine-api';
import type { Segment } from './extract';
import { createFlag, flagIdentity, type ListInfo } from './flag-element';

export class FlagLayer {
  private placed = new Map<Text, Map<string, HTMLElement>>();

  constructor(
    private doc: Document,
    private listOf: (f: Finding) => ListInfo | undefined,
  ) {}

  /** Makes the page's flags exactly those of `findings`. */
  draw(findings: Finding[], segments: Segment[]): void {
    const wanted = new Map<Text, Map<string, Finding>>();
    for (const f of findings) {
      const seg = segmentAt(segments, f.start);
      if (!seg) continue;
      let m = wanted.get(seg.node);
      if (!m) wanted.set(seg.node, (m = new Map()));
      m.set(flagIdentity(f), f);
    }
    for (const [node, flags] of this.placed) {
      const want = wanted.get(node);
      for (const [id, el] of flags) {
        if (!want?.has(id) || !node.isConnected || el.nextSibling !== node) {
          el.remove();
          flags.delete(id);
        }
      }
      if (!flags.size) this.placed.delete(node);
    }
    for (const [node, want] of wanted) {
      const parent = node.parentNode;
      if (!parent) continue;
      let have = this.placed.get(node);
      if (!have) this.placed.set(node, (have = new Map()));
      for (const [id, f] of want) {
        if (have.has(id)) continue;
        const el = createFlag(this.doc, f, this.listOf(f));
        parent.insertBefore(el, node);
        have.set(id, el);
      }
    }
  }

  clear(): void {
    for (const flags of this.placed.values()) for (const el of flags.values()) el.remove();
    this.placed.clear();
  }
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
