// Runs one entry point of the bundle as a CLI step; the script's own error becomes a CliError.
import type { Runtime } from '../../localgas/runtime';
import { CliError } from './types';

export async function runScript<T = unknown>(rt: Runtime, fn: string, ...args: unknown[]): Promise<T> {
  const out = await rt.run(fn, ...args);
  if (out.killed) throw new CliError(`Выполнение ${fn} прервано (план сбоев эмулятора).`);
  if (out.error) throw new CliError(out.error.message);
  return out.value as T;
}
