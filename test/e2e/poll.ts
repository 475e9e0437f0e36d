// The one way e2e tests wait: poll a condition until it holds or the time is up. No fixed sleeps:
// on a slow, busy machine a condition that holds late still passes, one that never holds fails.

export interface PollOptions {
  /** Give up after this long (generous: the machine is shared). */
  timeoutMs?: number;
  /** Pause between two reads. */
  everyMs?: number;
}

/**
 * Reads `get` until `ok` accepts the value or the time is up, and returns the last value read, so
 * the caller's assertion on it shows what was seen when it fails.
 */
export async function waitFor<T>(
  get: () => Promise<T> | T,
  ok: (value: T) => boolean,
  { timeoutMs = 15_000, everyMs = 100 }: PollOptions = {},
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = await get();
  while (!ok(last) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, everyMs));
    last = await get();
  }
  return last;
}

/** A predicate that holds once the value read is the same twice in a row (a settled count). */
export function settled<T>(): (value: T) => boolean {
  let prev: T | typeof UNSET = UNSET;
  return (value) => {
    const same = prev !== UNSET && Object.is(prev, value);
    prev = value;
    return same;
  };
}
const UNSET = Symbol('unset');
