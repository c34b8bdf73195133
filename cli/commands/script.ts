// Runs one entry point of the bundle as a CLI step; the script's own error becomes a CliError.
import type { Runtime } from '../../localgas/runtime';
import { langOfLocale } from '../../src/domain/texts/ui';
import { cliText } from '../texts';
import { CliError } from './types';

export async function runScript<T = unknown>(rt: Runtime, fn: string, ...args: unknown[]): Promise<T> {
  const out = await rt.run(fn, ...args);
  if (out.killed) throw new CliError(cliText(langOfLocale(rt.ctx.session.locale))('killed', { fn }));
  if (out.error) throw new CliError(out.error.message);
  return out.value as T;
}
