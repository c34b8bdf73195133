// npm run bench [-- --json] [-- --rows 15,1000] [-- --only sync,first-sync] [-- --trace]: service calls and wall time of each
// operation on generated plans, counted by the emulator; --trace prints each measured call in order.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLANBOOK } from '../cli/product';
import { Runtime } from '../localgas/runtime';
import { modelledSeconds, runsNeeded } from './latency';
import { OPERATIONS } from './operations';
import { type PacedFigure, pacedFirstSync } from './paced';

interface Figure {
  operation: string;
  rows: number;
  calls: number;
  minimumCalls: number;
  ms: number;
  /** The calls times the per-method latencies of bench/latency.ts: seconds on Google. */
  modelledSeconds: number;
  /** 6-minute executions needed (planbook works 4.5 minutes of each). */
  runs: number;
  byMethod: Record<string, number>;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function measure(opName: string, rows: number): Promise<Figure> {
  const op = OPERATIONS.find((o) => o.name === opName)!;
  const dir = mkdtempSync(join(tmpdir(), 'planbook-bench-'));
  try {
    const rt = await Runtime.open({ product: PLANBOOK, workspace: dir, today: '2026-09-01' });
    try {
      await op.prepare(rt, rows);
      rt.meter.reset();
      if (process.argv.includes('--trace')) {
        const prev = rt.meter.onHit;
        rt.meter.onHit = (method) => {
          process.stderr.write(`    ${rt.meter.total} ${method}\n`);
          prev?.(method);
        };
      }
      const t0 = performance.now();
      await op.run(rt, rows);
      const ms = performance.now() - t0;
      const byMethod = rt.meter.snapshot().byMethod;
      const seconds = modelledSeconds(byMethod);
      return {
        operation: op.name,
        rows,
        calls: rt.meter.total,
        minimumCalls: op.minimumCalls(rows),
        ms: Math.round(ms),
        modelledSeconds: seconds,
        runs: runsNeeded(seconds),
        byMethod,
      };
    } finally {
      await rt.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const sizes = (arg('rows') ?? '15,1000,5000').split(',').map(Number);
  const only = arg('only')?.split(',');
  const json = process.argv.includes('--json');
  const figures: Figure[] = [];
  for (const op of OPERATIONS) {
    if (only && !only.includes(op.name)) continue;
    for (const rows of sizes) {
      const f = await measure(op.name, rows);
      figures.push(f);
      if (!json) process.stderr.write(`  ${op.name} ${rows}: ${f.calls} calls, ${f.modelledSeconds} s\n`);
    }
  }
  // The first sync on Google's clock (bench/paced.ts): executions and how far the first one gets.
  const paced: PacedFigure[] = [];
  if (!only || only.includes('first-sync'))
    for (const rows of sizes.filter((n) => n > 15)) paced.push(await pacedFirstSync(rows));
  if (json) {
    process.stdout.write(`${JSON.stringify({ figures, firstSync: paced }, null, 2)}\n`);
    return;
  }
  if (figures.length) printTable(figures);
  for (const p of paced)
    process.stdout.write(
      `\nfirst sync of ${p.rows} rows on Google's clock: ${p.executions} executions, ${p.minutes} min; ` +
        `the first made ${p.eventsAfterFirst} of ${p.events} events, ` +
        (p.firstRunThrough ? `every one through ${p.firstRunThrough}\n` : "not yet all of the first day's\n"),
    );
}

function printTable(figures: Figure[]): void {
  const head = ['operation', 'rows', 'calls', 'minimum', 'ms', 'on Google, s', 'runs'];
  const lines = figures.map((f) => [
    f.operation,
    String(f.rows),
    String(f.calls),
    String(f.minimumCalls),
    String(f.ms),
    String(f.modelledSeconds),
    String(f.runs),
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (l: string[]) => l.map((c, i) => (i < 1 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  process.stdout.write(`${fmt(head)}\n${fmt(w.map((n) => '-'.repeat(n)))}\n${lines.map(fmt).join('\n')}\n`);
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
