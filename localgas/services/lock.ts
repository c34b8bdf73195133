// LockService: real exclusion between processes that share a workspace. A lock is a directory made with
// mkdir (atomic on every file system) holding the owner's pid; a dead owner's lock is taken over.
// Apps Script releases every lock when the execution ends; so does this fake (endExecution).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FakeService, type ServiceContext, sharedInstall } from '../service';

type Lock = Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'hasLock' | 'releaseLock'>;

const TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function sleepSync(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class FileLock {
  private held = false;
  constructor(readonly dir: string) {}

  get isHeld(): boolean {
    return this.held;
  }

  /** One attempt: true if this process now holds the lock. */
  attempt(): boolean {
    if (this.held) return true;
    try {
      mkdirSync(this.dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(readFileSync(join(this.dir, 'pid'), { encoding: 'utf8', flag: 'a+' }) || '0');
      if (owner && alive(owner)) return false;
      if (!owner) return false; // being created right now by another process
      rmSync(this.dir, { recursive: true, force: true });
      return this.attempt();
    }
    writeFileSync(join(this.dir, 'pid'), String(process.pid));
    this.held = true;
    return true;
  }

  acquire(timeoutMs: number): boolean {
    const until = Date.now() + timeoutMs;
    for (;;) {
      if (this.attempt()) return true;
      if (Date.now() >= until) return false;
      sleepSync(Math.min(50, Math.max(1, until - Date.now())));
    }
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export class LockFake implements FakeService {
  readonly name = 'lock';
  private readonly locks = new Map<string, FileLock>();

  constructor(private readonly ctx: ServiceContext) {}

  lockFor(kind: string): FileLock {
    let l = this.locks.get(kind);
    if (!l) {
      // The script lock belongs to the script project: with --install it is the install's, shared.
      const where = kind === 'script' ? (sharedInstall(this.ctx) ?? this.ctx.workspace) : this.ctx.workspace;
      where.ensure();
      l = new FileLock(join(where.stateDir, `${kind}.lock`));
      this.locks.set(kind, l);
    }
    return l;
  }

  endExecution(): void {
    for (const l of this.locks.values()) l.release();
  }

  globals(): Record<string, unknown> {
    const hit = (m: string) => this.ctx.meter.hit(`LockService.${m}`);
    const counted = <T>(m: string, f: () => T): T => {
      hit(m);
      return f();
    };
    return {
      LockService: {
        getScriptLock: () => counted('getScriptLock', () => this.api('script')),
        getUserLock: () => counted('getUserLock', () => this.api('user')),
        getDocumentLock: () => counted('getDocumentLock', () => this.api('document')),
      },
    };
  }

  private api(kind: string): Lock {
    const hit = (m: string) => this.ctx.meter.hit(`Lock.${m}`);
    const counted = <T>(m: string, f: () => T): T => {
      hit(m);
      return f();
    };
    const lock = this.lockFor(kind);
    return {
      tryLock: (ms: number) => counted('tryLock', () => lock.acquire(ms)),
      waitLock: (ms: number) => {
        hit('waitLock');
        if (!lock.acquire(ms)) throw new Error(TIMEOUT_MESSAGE);
      },
      hasLock: () => counted('hasLock', () => lock.isHeld),
      releaseLock: () => {
        hit('releaseLock');
        lock.release();
      },
    };
  }
}
