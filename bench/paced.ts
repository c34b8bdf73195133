// The first sync of a plan on Google's clock: every counted call advances the emulator's clock by its
// modelled latency (bench/latency.ts), so the product's own time budget (app/budget.ts) stops the run
// where it would stop on Google, and the continuation trigger it leaves runs the rest. What is measured,
// not computed: how many executions the first sync takes, and how far into the year the first one gets
// (its writes go soonest first, domain/syncOrder.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callScript } from '../cli/api';
import { PLANBOOK } from '../cli/product';
import { Runtime } from '../localgas/runtime';
import { latencyOf } from './latency';
import { setupThenImport } from './operations';

export interface PacedFigure {
  rows: number;
  /** Executions of the sync: the one started, then each continuation that synced. */
  executions: number;
  /** Events in the calendar when the first execution ended, and in the end. */
  eventsAfterFirst: number;
  events: number;
  /** Every event starting on or before this day was made by the first execution; null: not even all of
   * the first day's (a big plan with hundreds of rows starting on the first day of the year). */
  firstRunThrough: string | null;
  /** Minutes from the start to the last event, continuation delays included. */
  minutes: number;
}

interface Listed {
  id: string;
  start: string;
}

export async function pacedFirstSync(rows: number, today = '2026-09-01'): Promise<PacedFigure> {
  const dir = mkdtempSync(join(tmpdir(), 'planbook-paced-'));
  try {
    const rt = await Runtime.open({ product: PLANBOOK, workspace: dir, today });
    try {
      await setupThenImport(rt, rows);
      const listed = () => rt.status()['events'] as Listed[];
      let lastCall = rt.clock.now();
      rt.meter.onHit = (method) => {
        rt.clock.advance(latencyOf(method).seconds * 1000);
        lastCall = rt.clock.now();
      };
      const t0 = rt.clock.now();
      await callScript(rt, 'syncCalendar');
      const made = new Set(listed().map((e) => e.id));
      let executions = 1;
      // The continuation triggers the runs leave (a minute after a time stop), until none is left.
      for (let guard = 0; guard < 50; guard++) {
        const ran = await rt.fireTimeTriggers(rt.clock.now() + 30 * 60 * 1000);
        if (!ran.length) break;
        executions += ran.filter((r) => r.handler === 'continueRun').length;
      }
      const all = listed();
      const later = all.filter((e) => !made.has(e.id)).map((e) => e.start.slice(0, 10));
      const firstLater = later.sort()[0];
      const through = firstLater
        ? new Date(Date.parse(firstLater) - 86_400_000).toISOString().slice(0, 10)
        : all
            .map((e) => e.start.slice(0, 10))
            .sort()
            .at(-1)!;
      const covered = through < today ? null : through;
      return {
        rows,
        executions,
        eventsAfterFirst: made.size,
        events: all.length,
        firstRunThrough: covered,
        minutes: Math.round((lastCall - t0) / 6000) / 10,
      };
    } finally {
      rt.meter.onHit = null;
      await rt.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
