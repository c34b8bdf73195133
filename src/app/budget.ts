// The run's time budget. An Apps Script execution stops at 6 minutes (G/services/quotas, "Script
// runtime"); planbook stops its own work well before, at 4.5 minutes, keeps its place and continues later.

export const RUN_LIMIT_MS = 6 * 60 * 1000;
export const SAFE_LIMIT_MS = 4.5 * 60 * 1000;
/**
 * A Workspace add-on's card callback ends after 30 seconds ("Google Workspace add-on runtime: 30 sec /
 * execution", G/services/quotas): a card's work stops at 20 s and the rest is left for a next press.
 */
export const CARD_LIMIT_MS = 20 * 1000;

export class Budget {
  private readonly start: number;

  constructor(
    private readonly limitMs = SAFE_LIMIT_MS,
    private readonly clock: () => number = () => Date.now(),
    /** False for a card: what is left is not handed to a trigger (the card says to press again). */
    readonly resumesByTrigger = true,
  ) {
    this.start = clock();
  }

  elapsed(): number {
    return this.clock() - this.start;
  }

  /** A margin of at most a tenth of the budget: a card's 20 s cannot keep 20 s back for the end. */
  margin(ms: number): number {
    return Math.min(ms, this.limitMs / 10);
  }

  /** True when the time left is under marginMs (default: nothing left). */
  exhausted(marginMs = 0): boolean {
    return this.elapsed() + marginMs >= this.limitMs;
  }
}
