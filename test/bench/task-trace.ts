// Which of a page's main-thread tasks are ours. The page's own long-task timing cannot tell: a
// content script's work shows up there as the page's, and so does the page's own style, layout and
// paint, which Chromium splits into tasks differently from run to run (the load fixtures' first
// layout alone takes seconds). A Chrome trace with V8's sampling profiler on can tell: a task is ours
// when samples inside it are in our extension's code, and how long our code ran in it.
import type { Page } from 'playwright-core';

export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
].join(',');

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
}

export interface TraceTask {
  /** Start on the trace clock, in ms. */
  start: number;
  duration: number;
  /** A rendering update (style, layout, paint of a frame): the page's, whoever made it dirty. */
  frame: boolean;
  /** Sampled time our code ran in the task, in ms. */
  ourMs: number;
  /** Our code ran in it and it is no frame: our slice, timer, message reply or observer. */
  ours: boolean;
}

interface CallFrame {
  url?: string;
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}
interface ChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

/** The scheduler's outermost event for each task of a thread. */
const TASK = 'RunTask';
/** Inside a task: which of the scheduler's sources posted it (a frame's BeginMainFrame...). */
const POSTED = 'ThreadControllerImpl::RunTask';
const data = (e: TraceEvent) => (e.args?.data ?? {}) as Record<string, unknown>;

/** The renderer process of the page's main frame, from the trace's own record of frames. */
export function mainFramePid(events: readonly TraceEvent[]): number | undefined {
  for (const e of events) {
    if (e.name !== 'TracingStartedInBrowser') continue;
    const frames = (data(e).frames ?? []) as { processId?: number; isOutermostMainFrame?: boolean }[];
    const main = frames.find((f) => f.isOutermostMainFrame) ?? frames[0];
    if (main?.processId) return main.processId;
  }
  return undefined;
}

/** Times (µs, trace clock) of the samples whose stack holds code from a URL under `prefix`. */
function ourSamples(
  events: readonly TraceEvent[],
  pid: number,
  tid: number,
  prefix: string,
): { at: number; gap: number }[] {
  const out: { at: number; gap: number }[] = [];
  const starts = new Map<string, number>();
  // One profile per isolate thread; the chunks come from the profiler's own thread, with its id.
  for (const e of events)
    if (e.name === 'Profile' && e.pid === pid && e.tid === tid)
      starts.set(String(e.id), Number(data(e).startTime ?? e.ts));
  // Nodes arrive across chunks, each naming its parent; a node is ours if it or an ancestor is.
  const parent = new Map<number, number | undefined>();
  const url = new Map<number, string>();
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const p = parent.get(id);
    const v = (url.get(id) ?? '').startsWith(prefix) || (p !== undefined && isOurs(p));
    ours.set(id, v);
    return v;
  };
  const clock = new Map<string, number>();
  for (const e of events) {
    const key = String(e.id);
    if (e.name !== 'ProfileChunk' || e.pid !== pid || !starts.has(key)) continue;
    const d = data(e) as ChunkData;
    for (const n of d.cpuProfile?.nodes ?? []) {
      parent.set(n.id, n.parent);
      if (n.callFrame.url) url.set(n.id, n.callFrame.url);
    }
    const samples = d.cpuProfile?.samples ?? [];
    const deltas = d.timeDeltas ?? [];
    let t = clock.get(key) ?? (starts.get(key) as number);
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      if (isOurs(samples[i]!)) out.push({ at: t, gap: Math.max(0, deltas[i + 1] ?? deltas[i] ?? 0) });
    }
    clock.set(key, t);
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * The top-level tasks of the page's main thread, each with the time our code (URLs under
 * `prefix`, e.g. chrome-extension://<id>/) ran in it.
 */
export function tasksOf(events: readonly TraceEvent[], prefix: string, pid = mainFramePid(events)): TraceTask[] {
  if (pid === undefined) throw new Error('trace: no main frame recorded (TracingStartedInBrowser missing)');
  const names = new Map<number, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.pid === pid)
      names.set(e.tid, String((e.args as { name?: string })?.name));
  const tid = [...names].find(([, n]) => n === 'CrRendererMain')?.[0];
  if (tid === undefined) throw new Error(`trace: no renderer main thread in process ${pid}`);
  const runs = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === TASK && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  // Nested task runs (a nested run loop) belong to the task around them.
  const top: TraceEvent[] = [];
  for (const r of runs) {
    const last = top[top.length - 1];
    if (!last || r.ts >= last.ts + (last.dur ?? 0)) top.push(r);
  }
  const frames = events
    .filter(
      (e) =>
        e.pid === pid &&
        e.tid === tid &&
        e.name === POSTED &&
        (e.args as { src_func?: string } | undefined)?.src_func === 'ScheduledActionSendBeginMainFrame',
    )
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const samples = ourSamples(events, pid, tid, prefix);
  let si = 0;
  let fi = 0;
  return top.map((r) => {
    const end = r.ts + (r.dur ?? 0);
    while (si < samples.length && samples[si]!.at < r.ts) si++;
    let our = 0;
    for (let j = si; j < samples.length && samples[j]!.at <= end; j++)
      our += Math.min(samples[j]!.gap, end - samples[j]!.at);
    while (fi < frames.length && frames[fi]! < r.ts) fi++;
    const frame = fi < frames.length && frames[fi]! <= end;
    return { start: r.ts / 1000, duration: (r.dur ?? 0) / 1000, frame, ourMs: our / 1000, ours: our > 0 && !frame };
  });
}

export interface OurTasks {
  /** Longest task our code ran in (frames excluded), ms. */
  longest_ms: number;
  /** How many of those were long tasks (>= 50 ms). */
  long: number;
  count: number;
  /** Longest time our code ran inside one rendering frame (our animation-frame callbacks), ms. */
  in_frame_ms: number;
  /** Sampled time of our code over the window, ms. */
  total_ms: number;
}

export function summarise(tasks: readonly TraceTask[]): OurTasks {
  const ours = tasks.filter((t) => t.ours);
  return {
    longest_ms: Math.round(Math.max(0, ...ours.map((t) => t.duration))),
    long: ours.filter((t) => t.duration >= 50).length,
    count: ours.length,
    in_frame_ms: Math.round(Math.max(0, ...tasks.filter((t) => t.frame).map((t) => t.ourMs))),
    total_ms: Math.round(tasks.reduce((s, t) => s + t.ourMs, 0)),
  };
}

interface CdpLike {
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
  on(event: string, fn: (e: { value: TraceEvent[] }) => void): void;
  once(event: string, fn: () => void): void;
  detach(): Promise<void>;
}

/** Records a Chrome trace of `page` while `during` runs. */
export async function traced(page: Page, during: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = (await page.context().newCDPSession(page)) as unknown as CdpLike;
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  try {
    await during();
  } finally {
    const complete = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return events;
}
