// The typed boundary into the script: the functions src/main.ts exports, with their parameters and
// results, as the CLI, the bench and the tests call them in the local runtime. A type-only import: the
// runtime still runs only dist/Code.js (nothing of src/ is loaded into Node by this file), but a renamed
// entry point or a changed result breaks the build here instead of surprising a person.
import type { Runtime } from '../localgas/runtime';
import type * as Main from '../src/main';

export type ScriptApi = typeof Main;
export type ScriptName = keyof ScriptApi;
/** What the entry point returns (plain data: google.script.run and the runtime carry it as is). */
export type ScriptResult<K extends ScriptName> = ReturnType<ScriptApi[K]>;
export type ScriptArgs<K extends ScriptName> = Parameters<ScriptApi[K]>;

/** Calls an entry point of dist/Code.js in the runtime; throws the script's error, or if it was killed. */
export async function callScript<K extends ScriptName>(
  rt: Runtime,
  fn: K,
  ...args: ScriptArgs<K>
): Promise<ScriptResult<K>> {
  return (await rt.call(fn, ...args)) as ScriptResult<K>;
}
