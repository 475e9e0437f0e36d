// How often the overlay repairs itself after a page script's edits. A page that undoes every repair
// would otherwise keep us busy forever; within a window we repair a bounded number of times, then
// wait for the window to end.
export const REPAIRS_PER_WINDOW = 20;
export const WINDOW_MS = 10_000;

export class RepairBudget {
  private windowStart = -Infinity;
  private used = 0;

  constructor(
    private max = REPAIRS_PER_WINDOW,
    private windowMs = WINDOW_MS,
  ) {}

  /** 0 when a repair may run now (and counts it); otherwise how many ms until the next may. */
  take(now: number): number {
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.used = 0;
    }
    if (this.used >= this.max) return this.windowStart + this.windowMs - now;
    this.used++;
    return 0;
  }
}
