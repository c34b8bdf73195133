// Calendar usage limits inside a run: Google's answer to "Calendar usage limits exceeded" / "Rate Limit
// Exceeded" (403 or 429 usageLimits) is exponential backoff (CAL/guides/quota: "use exponential backoff,
// randomize traffic patterns"; CAL/guides/errors). So a write that hits the limit waits 1, 2, 4, 8 s (plus
// up to a second at random) and is tried again, while the run's time budget allows; only then does the
// run stop and leave the rest to its continuation. After a limit the remaining writes of the run are
// paced (a pause before each, doubling up to 2 s), since the limit is on writing one calendar "in quick
// succession" (CAL/guides/quota, operational limits) — a plan's first sync is exactly that.
import type { Budget } from './budget';
import { isDailyQuota, isRateLimit } from './serviceErrors';

const WAITS_MS = [1000, 2000, 4000, 8000];
const MAX_PACE_MS = 2000;

export class RateLimitStop extends Error {}

export class Backoff {
  /** Pause before each write, once a limit was met in this run (0 before). */
  private paceMs = 0;
  /** Limits met and waited out in this run. */
  retries = 0;

  constructor(
    private readonly budget: Budget,
    private readonly random: () => number,
    private readonly pause: (ms: number) => void,
  ) {}

  /** Before a write: the pacing pause, if any. */
  beforeWrite(): void {
    if (this.paceMs > 0 && !this.budget.exhausted(this.paceMs)) this.pause(this.paceMs);
  }

  /** Runs a write; on a usage limit waits and retries, then throws RateLimitStop. Other errors pass. */
  run<T>(fn: () => T): T {
    for (let attempt = 0; ; attempt++) {
      try {
        return fn();
      } catch (e) {
        if (!isRateLimit(e)) throw e;
        const wait = (WAITS_MS[attempt] ?? -1) + Math.floor(this.random() * 1000);
        if (attempt >= WAITS_MS.length || isDailyQuota(e) || this.budget.exhausted(wait + 10_000)) {
          throw new RateLimitStop(e instanceof Error ? e.message : String(e));
        }
        this.paceMs = Math.min(Math.max(this.paceMs * 2, 250), MAX_PACE_MS);
        this.retries++;
        this.pause(wait);
      }
    }
  }
}
