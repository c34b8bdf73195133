// One process at a time opens a workspace: its state files are read at open and written after each run.
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import type { Workspace } from './workspace';

export interface WorkspaceLock {
  release(): Promise<void>;
}

export async function lockWorkspace(ws: Workspace, product: string, waitMs = 60_000): Promise<WorkspaceLock> {
  const target = join(ws.stateDir, 'workspace');
  try {
    const release = await lockfile.lock(ws.stateDir, {
      lockfilePath: `${target}.lock`,
      stale: 30_000,
      retries: { retries: Math.ceil(waitMs / 250), minTimeout: 250, maxTimeout: 250, factor: 1 },
    });
    return { release: () => release().catch(() => undefined) };
  } catch {
    throw new Error(`Рабочая папка ${ws.dir} занята другим процессом ${product}; попробуйте позже.`);
  }
}
