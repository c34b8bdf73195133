// The operations the benchmark measures. Each feature adds its own: name, how to prepare a workspace
// (not measured), what to run (measured), and the fewest service calls the operation could make.
import type { Runtime } from '../emulator/runtime';
import { planText } from './plans';

export interface Operation {
  name: string;
  /** Brings a fresh workspace to the state before the operation (not measured). */
  prepare(rt: Runtime, rows: number): Promise<void>;
  /** The measured part. */
  run(rt: Runtime, rows: number): Promise<void>;
  /**
   * The fewest calls possible, and why: each sheet read or write is at least getRange + getValues or
   * setValues (2), opening the spreadsheet and a sheet 1 each.
   */
  minimumCalls(rows: number): number;
}

async function must(rt: Runtime, fn: string, ...args: unknown[]): Promise<unknown> {
  const out = await rt.run(fn, ...args);
  if (out.error) throw out.error;
  return out.value;
}

export const setupThenImport = async (rt: Runtime, rows: number) => {
  await must(rt, 'setupSheets');
  await must(rt, 'importPlan', planText(rows));
};

export const OPERATIONS: Operation[] = [
  {
    name: 'setup',
    async prepare() {},
    async run(rt) {
      await must(rt, 'setupSheets');
    },
    // The spreadsheet, 4 sheets created, their headings written, the settings rows written.
    minimumCalls: () => 1 + 4 * 2 + 2,
  },
  {
    name: 'import',
    async prepare(rt) {
      await must(rt, 'setupSheets');
    },
    async run(rt, rows) {
      await must(rt, 'importPlan', planText(rows));
    },
    // Open the spreadsheet (1); read Settings, Plan and Responsibles (3 × (sheet + read 2));
    // write the new rows, their keys and problems, and the new roles (3 writes × 2).
    minimumCalls: () => 1 + 3 * 3 + 3 * 2,
  },
];

export { must };
