// The run's time budget. An Apps Script execution stops at 6 minutes (G/services/quotas, "Script
// runtime"); planbook stops its own work well before, at 4.5 minutes, keeps its place and continues later.

export const RUN_LIMIT_MS = 6 * 60 * 1000;
export const SAFE_LIMIT_MS = 4.5 * 60 * 1000;

export class Budget {
  private readonly start: number;

  constructor(
    private readonly limitMs = SAFE_LIMIT_MS,
    private readonly clock: () => number = () => Date.now(),
  ) {
    this.start = clock();
  }

  elapsed(): number {
    return this.clock() - this.start;
  }

  /** True when the time left is under marginMs (default: nothing left). */
  exhausted(marginMs = 0): boolean {
    return this.elapsed() + marginMs >= this.limitMs;
  }
}
