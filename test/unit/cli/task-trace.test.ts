// Telling our tasks from the page's in a Chrome trace: a small hand-made trace with the event shapes
// Chromium records (tasks, a frame, the sampling profiler's chunks).
import { describe, expect, it } from 'vitest';
import { summarise, tasksOf, type TraceEvent } from '../../bench/task-trace';

const OURS = 'chrome-extension://abc/';
const PID = 10;
const MAIN = 11;

function trace(): TraceEvent[] {
  const ev: TraceEvent[] = [
    {
      name: 'TracingStartedInBrowser',
      ph: 'I',
      ts: 0,
      pid: 1,
      tid: 1,
      args: { data: { frames: [{ processId: PID, isOutermostMainFrame: true }] } },
    },
    { name: 'thread_name', ph: 'M', ts: 0, pid: PID, tid: MAIN, args: { name: 'CrRendererMain' } },
    { name: 'thread_name', ph: 'M', ts: 0, pid: PID, tid: 12, args: { name: 'Compositor' } },
    // A: 60 ms, our code sampled in it.
    { name: 'RunTask', ph: 'X', ts: 1_000, dur: 60_000, pid: PID, tid: MAIN },
    { name: 'RunTask', ph: 'X', ts: 5_000, dur: 1_000, pid: PID, tid: MAIN }, // nested run loop: part of A
    // B: a rendering frame of 80 ms with one sample of our animation-frame callback.
    { name: 'RunTask', ph: 'X', ts: 100_000, dur: 80_000, pid: PID, tid: MAIN },
    {
      name: 'ThreadControllerImpl::RunTask',
      ph: 'X',
      ts: 100_000,
      dur: 80_000,
      pid: PID,
      tid: MAIN,
      args: { src_func: 'ScheduledActionSendBeginMainFrame' },
    },
    // C: the page's own 5 ms task.
    { name: 'RunTask', ph: 'X', ts: 200_000, dur: 5_000, pid: PID, tid: MAIN },
    // Another thread's long task: not the page's main thread.
    { name: 'RunTask', ph: 'X', ts: 1_000, dur: 90_000, pid: PID, tid: 12 },
    { name: 'Profile', ph: 'P', ts: 0, pid: PID, tid: MAIN, id: '0x1', args: { data: { startTime: 0 } } },
    {
      name: 'ProfileChunk',
      ph: 'P',
      ts: 0,
      pid: PID,
      tid: 13,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: { functionName: '(root)' } },
              { id: 2, parent: 1, callFrame: { functionName: '(program)' } },
              { id: 3, parent: 1, callFrame: { functionName: 'walk', url: `${OURS}assets/content.js` } },
              { id: 4, parent: 3, callFrame: { functionName: 'getClientRects' } },
            ],
            samples: [3, 4],
          },
          timeDeltas: [2_000, 1_000],
        },
      },
    },
    {
      // A later chunk: nodes arrive as they are first seen, naming their parents.
      name: 'ProfileChunk',
      ph: 'P',
      ts: 0,
      pid: PID,
      tid: 13,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [{ id: 5, parent: 1, callFrame: { functionName: 'build', url: 'https://shop.example/page.html' } }],
            samples: [5, 3, 2, 5],
          },
          timeDeltas: [1_000, 97_000, 1_000, 99_000],
        },
      },
    },
    // A worker's profile in the same process, all in our code: not the main thread's.
    { name: 'Profile', ph: 'P', ts: 0, pid: PID, tid: 14, id: '0x2', args: { data: { startTime: 0 } } },
    {
      name: 'ProfileChunk',
      ph: 'P',
      ts: 0,
      pid: PID,
      tid: 13,
      id: '0x2',
      args: {
        data: {
          cpuProfile: { nodes: [{ id: 1, callFrame: { url: `${OURS}w.js` } }], samples: [1, 1, 1] },
          timeDeltas: [200_000, 1_000, 1_000],
        },
      },
    },
  ];
  return ev;
}

describe('tasksOf', () => {
  it('finds the main thread tasks, and which ran our code', () => {
    const tasks = tasksOf(trace(), OURS);
    expect(tasks.map((t) => [t.start, t.duration, t.frame, t.ours])).toEqual([
      [1, 60, false, true],
      [100, 80, true, false],
      [200, 5, false, false],
    ]);
    // Two samples 1 ms apart in A (one in a native call under our function), one in the frame.
    expect(tasks.map((t) => t.ourMs)).toEqual([2, 1, 0]);
  });

  it('summarises our tasks: the frame is the page rendering, our part of it counted apart', () => {
    expect(summarise(tasksOf(trace(), OURS))).toEqual({
      longest_ms: 60,
      long: 1,
      count: 1,
      in_frame_ms: 1,
      total_ms: 3,
    });
    // Another extension's prefix: none of these tasks are its.
    expect(summarise(tasksOf(trace(), 'chrome-extension://other/'))).toEqual({
      longest_ms: 0,
      long: 0,
      count: 0,
      in_frame_ms: 0,
      total_ms: 0,
    });
  });

  it('refuses a trace without the page', () => {
    expect(() => tasksOf(trace().slice(1), OURS)).toThrow(/no main frame/);
    expect(() => tasksOf(trace(), OURS, 99)).toThrow(/no renderer main thread in process 99/);
  });
});
