// How much of storage.session one tab may hold (its quota, 10 MB, is shared by every tab): pure,
// so it is tested without a browser.
import type { Finding } from '../core';
import { SEVERITIES } from '../core';

export interface FrameFindings {
  url: string;
  findings: Finding[];
  hidden: number;
  /** Findings below the sensitivity, kept for exports (capped by the caller). */
  below?: Finding[];
  scannedAt: string;
  /** The frame shows a document (its content type) that was not scanned as a page. */
  document?: string;
}
export type TabRecord = Record<string, FrameFindings>;

/** Most bytes (of JSON) one tab may keep in storage.session. */
export const TAB_BYTES = 256 * 1024;
/** Most frames of one tab kept; the oldest scans of other frames go first. */
export const TAB_FRAMES = 100;

/**
 * The record within TAB_FRAMES and TAB_BYTES: other frames' oldest scans go first, then the
 * least severe findings of what is left (the top frame and the frame just scanned are kept).
 */
export function capRecord(rec: TabRecord, current: number): TabRecord {
  const size = (r: TabRecord) => JSON.stringify(r).length;
  const keep = new Set(['0', String(current)]);
  const out: TabRecord = { ...rec };
  const byAge = () =>
    Object.keys(out)
      .filter((f) => !keep.has(f))
      .sort((a, b) => out[a]!.scannedAt.localeCompare(out[b]!.scannedAt));
  for (let old = byAge(); old.length && (Object.keys(out).length > TAB_FRAMES || size(out) > TAB_BYTES);)
    delete out[old.shift()!];
  if (size(out) <= TAB_BYTES) return out;
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
  for (const f of keep) {
    const frame = out[f];
    if (!frame) continue;
    const sorted = [...frame.findings].sort((a, b) => rank(a) - rank(b));
    let n = sorted.length;
    // Halve until it fits: a few steps even for thousands of findings.
    while (n > 0 && size({ ...out, [f]: { ...frame, findings: sorted.slice(0, n) } }) > TAB_BYTES) n >>= 1;
    out[f] = { ...frame, findings: sorted.slice(0, n), hidden: frame.hidden + (frame.findings.length - n) };
    if (size(out) <= TAB_BYTES) break;
  }
  return out;
}
