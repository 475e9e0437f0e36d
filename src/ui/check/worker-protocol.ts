// Messages between the file page and its parsing worker.
import type { FileErrorCode, ReadDocument, ScanText } from '../../core';

export type WorkerRequest =
  { type: 'read'; name: string; data: ArrayBuffer } | { type: 'xlsx'; sheet: string; rows: (string | number)[][] };

/** Every reply carries `laborlens: 1`: PDF.js's own worker code posts on the same channel. */
export type WorkerBody =
  | { type: 'progress'; done: number; total: number }
  | { type: 'read'; doc: ReadDocument; scan: ScanText | null }
  | { type: 'xlsx'; data: ArrayBuffer }
  | { type: 'error'; code: FileErrorCode; message: string };
export type WorkerReply = { laborlens: 1 } & WorkerBody;
