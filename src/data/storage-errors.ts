// What the data layer tells the user when IndexedDB itself fails: a full disk (quota), a schema
// upgrade blocked by another open LaborLens page, or any other storage error. Every message says
// what happened, that nothing was changed, and what to do.

/** Dexie wraps IndexedDB errors; the quota case has its own name somewhere in the chain. */
export function isQuotaError(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 5; depth += 1) {
    const named = cur as { name?: unknown; inner?: unknown };
    if (named.name === 'QuotaExceededError') return true;
    cur = named.inner;
  }
  return false;
}

export const STORAGE_FULL_MESSAGE =
  'browser storage is full (QuotaExceededError: the storage quota is used up), so nothing was changed and the lists in use are kept; ' +
  'free disk space, clear the check history or remove custom lists you no longer need, then try again';

export const BLOCKED_MESSAGE =
  'LaborLens could not open its local database: another LaborLens page (an options page, popup or window from before the update) ' +
  'still holds an older version open. Close the other LaborLens tabs or restart the browser; your lists, statuses and history are kept';

export function storageMessage(e: unknown): string {
  if (isQuotaError(e)) return STORAGE_FULL_MESSAGE;
  return e instanceof Error ? e.message : String(e);
}

export type StorageFailure = 'quota' | 'blocked' | 'storage';

/**
 * A storage failure with a message meant for the user. `inner` keeps the original error, so
 * isQuotaError still sees the QuotaExceededError underneath.
 */
export class DataStoreError extends Error {
  readonly inner: unknown;
  constructor(
    readonly reason: StorageFailure,
    message: string,
    inner?: unknown,
  ) {
    super(message);
    this.name = reason === 'blocked' ? 'DatabaseBlockedError' : 'DataStoreError';
    this.inner = inner;
  }
}

/** Wrap a storage failure from `action` ("save the status", ...) in a DataStoreError. */
export function toStoreError(e: unknown, action: string): DataStoreError {
  if (e instanceof DataStoreError) return e;
  return new DataStoreError(isQuotaError(e) ? 'quota' : 'storage', `could not ${action}: ${storageMessage(e)}`, e);
}
