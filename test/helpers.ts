// Shared test helpers: temporary workspaces and runtimes over the built dist/Code.js.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { PLANBOOK } from '../cli/product';
import { Clock } from '../localgas/clock';
import type { FaultRule } from '../localgas/meter';
import { Meter } from '../localgas/meter';
import { type OpenOptions, Runtime } from '../localgas/runtime';
import type { ServiceContext } from '../localgas/service';
import { Workspace } from '../localgas/workspace';

const made: string[] = [];
const open: Runtime[] = [];

afterEach(async () => {
  while (open.length) await open.pop()!.close();
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

export function tempDir(prefix = 'planbook-test-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

export async function openRuntime(
  opts: Partial<OpenOptions> & { faults?: FaultRule[] } = {},
): Promise<Runtime> {
  const rt = await Runtime.open({
    workspace: opts.workspace ?? tempDir(),
    today: '2026-09-01',
    product: PLANBOOK,
    ...opts,
  });
  open.push(rt);
  return rt;
}

/** A service context for testing one fake directly, without the bundle. */
export function fakeContext(dir = tempDir()): ServiceContext {
  const ws = new Workspace(dir);
  ws.ensure();
  return {
    workspace: ws,
    clock: new Clock(),
    meter: new Meter(),
    session: { email: 'owner@example.org', locale: 'ru', timeZone: 'Europe/Moscow' },
    log: [],
  };
}
