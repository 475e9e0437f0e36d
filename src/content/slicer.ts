// Cooperative time slicing: long work on the page's main thread gives the page its turn every few
// milliseconds, so no task of ours comes near the 50 ms long-task line.
export const SLICE_MS = 8;

export interface Slicer {
  /** True when the current slice is used up. */
  due(): boolean;
  /** Yields to the page (input, rendering, its own scripts) and starts a new slice. */
  pause(): Promise<void>;
}

interface SchedulerLike {
  yield?: () => Promise<void>;
}

export function slicer(budgetMs = SLICE_MS): Slicer {
  let start = performance.now();
  return {
    due: () => performance.now() - start > budgetMs,
    async pause() {
      const sched = (globalThis as { scheduler?: SchedulerLike }).scheduler;
      if (sched?.yield) await sched.yield();
      else await new Promise<void>((r) => setTimeout(r, 0));
      start = performance.now();
    },
  };
}

/** Drives a step generator to completion, pausing whenever the slice is used up. */
export async function runSliced<T>(steps: Generator<void, T>, s: Slicer, signal?: AbortSignal): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    if (s.due()) await s.pause();
  }
}

/** Runs a step generator synchronously (tests, small documents). */
export function runAll<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Resolves once the page has rendered a frame, when its layout is up to date, so reading positions
 * then lays nothing out in our task (on a huge page that has not rendered yet, that first layout
 * takes seconds). A tab that renders no frames (hidden) gets its turn after `maxMs`.
 */
export function afterFrame(maxMs = 1_000): Promise<void> {
  return new Promise<void>((done) => {
    const timer = setTimeout(done, maxMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        done();
      }, 0),
    );
  });
}
