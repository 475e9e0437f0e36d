// The page's side of the parsing worker: one worker per job, so Cancel is terminate().
import type { ReadDocument, ScanText } from '../../core';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

export class FileJobError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Job<T> {
  done: Promise<T>;
  cancel(): void;
}

function run<T>(req: WorkerRequest, transfer: Transferable[], onProgress?: (d: number, t: number) => void): Job<T> {
  const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  let settle: { ok: (v: T) => void; fail: (e: Error) => void } | undefined;
  const done = new Promise<T>((ok, fail) => (settle = { ok, fail }));
  worker.onmessage = (ev: MessageEvent<WorkerReply>) => {
    const m = ev.data;
    // PDF.js's worker code, loaded into this worker, announces itself on the same channel.
    if (typeof m !== 'object' || m === null || m.laborlens !== 1) return;
    if (m.type === 'progress') return onProgress?.(m.done, m.total);
    worker.terminate();
    if (m.type === 'error') settle?.fail(new FileJobError(m.code, m.message));
    else settle?.ok(m as T);
  };
  worker.onerror = (ev) => {
    worker.terminate();
    settle?.fail(new FileJobError('corrupt', ev.message || 'the file reader stopped'));
  };
  worker.postMessage(req, transfer);
  return {
    done,
    cancel() {
      worker.terminate();
      settle?.fail(new FileJobError('cancelled', 'Cancelled.'));
    },
  };
}

export function readInWorker(
  name: string,
  data: ArrayBuffer,
  onProgress?: (d: number, t: number) => void,
): Job<{ doc: ReadDocument; scan: ScanText | null }> {
  return run({ type: 'read', name, data }, [data], onProgress);
}

export function xlsxInWorker(sheet: string, rows: (string | number)[][]): Promise<ArrayBuffer> {
  return run<{ data: ArrayBuffer }>({ type: 'xlsx', sheet, rows }, []).done.then((r) => r.data);
}
