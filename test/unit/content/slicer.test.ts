// Scheduling helpers of the content script: slices that yield, and waiting for a rendered frame.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFrame, runSliced, slicer } from '../../../src/content/slicer';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('runSliced', () => {
  it('pauses whenever the slice is used up, and returns the generator’s value', async () => {
    let pauses = 0;
    const s = { due: () => true, pause: async () => void pauses++ };
    function* steps(): Generator<void, number> {
      for (let i = 0; i < 3; i++) yield;
      return 42;
    }
    expect(await runSliced(steps(), s)).toBe(42);
    expect(pauses).toBe(3);
  });

  it('stops at the next step once aborted', async () => {
    const c = new AbortController();
    function* steps(): Generator<void, void> {
      c.abort();
      yield;
    }
    await expect(runSliced(steps(), slicer(), c.signal)).rejects.toThrow('aborted');
  });
});

describe('afterFrame', () => {
  it('waits for the next frame, then one more task', async () => {
    vi.useFakeTimers();
    let frame: (() => void) | undefined;
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => void (frame = cb));
    let done = false;
    void afterFrame(1_000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(500);
    expect(done).toBe(false); // no frame yet
    frame!();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('gives up waiting after maxMs in a tab that renders no frames', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    let done = false;
    void afterFrame(1_000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
