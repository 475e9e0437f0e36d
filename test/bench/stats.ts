// The bench's two summaries, shared by its files: the median of timed rounds, and a figure to one decimal.

/** The middle value (the upper one of an even count), as every figure of the bench takes it. */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;

/** To one decimal, as the bench's JSON reports milliseconds and megabytes. */
export const round = (x: number): number => Math.round(x * 10) / 10;
