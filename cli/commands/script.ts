// Runs one entry point of the bundle as a CLI step, typed by src/main.ts (cli/api.ts); the script's own
// error becomes a CliError.
import type { Runtime } from '../../localgas/runtime';
import { langOfLocale } from '../../src/domain/texts/ui';
import type { ScriptArgs, ScriptName, ScriptResult } from '../api';
import { cliText } from '../texts';
import { CliError } from './types';

export async function runScript<K extends ScriptName>(
  rt: Runtime,
  fn: K,
  ...args: ScriptArgs<K>
): Promise<ScriptResult<K>> {
  return (await runEntry(rt, fn, ...args)) as ScriptResult<K>;
}

/** An entry point whose result is a host object the CLI reads as JSON (the add-on's cards), by name. */
export async function runEntry(rt: Runtime, fn: string, ...args: unknown[]): Promise<unknown> {
  const out = await rt.run(fn, ...args);
  // «planbook check: выполнение прервано…»: the command names the run, not the script's function.
  if (out.killed) throw new CliError(cliText(langOfLocale(rt.ctx.session.locale))('killed'));
  if (out.error) throw new CliError(out.error.message);
  return out.value;
}
