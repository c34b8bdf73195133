// Loads dist/Code.js with gas-local into a fresh vm context per execution, with the fakes as its globals.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error gas-local ships no types
import gasLocal from 'gas-local';
import { Clock, instantOf } from './clock';
import { ADVANCED_SERVICES, readManifest } from './manifest';
import { type FaultRule, Meter } from './meter';
import { DIST_DIR } from './paths';
import { DEFAULT_PRODUCT, type ProductOptions } from './product';
import { SaveCrash } from './saveTransaction';
import { Grant, SCOPE } from './scopes';
import type { ExecutionKind, FakeService, HostKind, ServiceContext, SessionInfo } from './service';
import { createServices } from './services';
import type { ScriptAppFake } from './services/scriptApp';
import { Workspace } from './workspace';
import { lockWorkspace, type WorkspaceLock } from './workspaceLock';

export interface OpenOptions {
  workspace: string | Workspace;
  /** YYYY-MM-DD or YYYY-MM-DDTHH:MM (wall time in the session's zone); default: the real now. */
  today?: string;
  faults?: FaultRule[];
  session?: Partial<SessionInfo>;
  /** Folder holding Code.js; default: the repository's dist/. */
  distDir?: string;
  /**
   * Save every fake's state to the workspace after each execution (default true: the CLI must be
   * durable). Tests that run hundreds of executions and read no files may pass false; close() saves.
   */
  autosave?: boolean;
  /** Simulated time each service call takes on the emulator clock (default 0): to test time limits. */
  latencyMs?: number;
  /** Hold the workspace for this process (default true); tests that open two runtimes on one folder pass false. */
  exclusive?: boolean;
  /**
   * Scopes of the manifest the person did not tick on the consent screen (granular consent): calls that
   * need only those throw Google's authorization error. The manifest's own scopes are always enforced.
   */
  denyScopes?: string[];
  /** bound (default), editor-addon or workspace-addon (service.ts HostKind). */
  host?: HostKind;
  /** The folder of the add-on's script-wide state, shared by every workspace opened with it. */
  install?: string;
  /**
   * The product's names people read in the emulator's messages and its state folder (product.ts); default
   * the neutral DEFAULT_PRODUCT. A Workspace passed as `workspace` keeps its own state folder.
   */
  product?: ProductOptions;
}

export interface RunOutcome {
  value?: unknown;
  /** The execution was ended by a fault plan's kill. */
  killed: boolean;
  /** The error the entry point threw, if any (as Apps Script would show it). */
  error?: Error;
}

export const DEFAULT_DIST = DIST_DIR;
const CARD_LIMIT_MS = 30_000;

export class Runtime {
  readonly meter = new Meter();
  readonly clock = new Clock();
  readonly ctx: ServiceContext;
  readonly services: FakeService[];
  private lock: WorkspaceLock | null = null;
  private autosave = true;
  /** Test hook: the next save "dies" before its n-th file operation (saveTransaction.ts). */
  crashSaveAt: number | null = null;
  /** File operations of the last save. */
  lastSaveOps = 0;
  private closed = false;

  readonly grant: Grant;
  private readonly advanced: Set<string>;

  private constructor(
    readonly workspace: Workspace,
    session: SessionInfo,
    private readonly distDir: string,
    denyScopes: string[],
    readonly host: HostKind,
    install: Workspace | undefined,
    product: ProductOptions,
  ) {
    const manifest = readManifest(distDir);
    this.grant = new Grant(manifest.oauthScopes ?? Object.values(SCOPE), denyScopes);
    this.advanced = new Set(manifest.advancedServices);
    this.meter.guard = (m) => this.grant.check(m);
    this.ctx = {
      workspace,
      clock: this.clock,
      meter: this.meter,
      session,
      log: [],
      distDir,
      grant: this.grant,
      host,
      install,
      product,
      execution: { kind: 'call' },
    };
    this.services = createServices(this.ctx);
  }

  static async open(opts: OpenOptions): Promise<Runtime> {
    const product = opts.product ?? DEFAULT_PRODUCT;
    const ws =
      typeof opts.workspace === 'string' ? new Workspace(opts.workspace, product.stateDir) : opts.workspace;
    ws.ensure();
    const session: SessionInfo = {
      email: 'owner@example.org',
      locale: 'ru',
      timeZone: 'Europe/Moscow',
      ...opts.session,
    };
    const distDir = opts.distDir ?? DEFAULT_DIST;
    if (!existsSync(join(distDir, 'Code.js'))) {
      throw new Error(`Нет собранного скрипта ${join(distDir, 'Code.js')}: выполните npm run build`);
    }
    const install = opts.install ? new Workspace(opts.install, product.stateDir) : undefined;
    install?.ensure();
    const rt = new Runtime(
      ws,
      session,
      distDir,
      opts.denyScopes ?? [],
      opts.host ?? 'bound',
      install,
      product,
    );
    rt.autosave = opts.autosave !== false;
    if (opts.exclusive !== false) rt.lock = await lockWorkspace(ws, product.name);
    try {
      // A save a killed process left half-done is finished or undone before anything is read.
      ws.recover();
      if (opts.today) rt.clock.set(instantOf(opts.today, session.timeZone));
      if (opts.faults) rt.meter.setFaults(opts.faults);
      if (opts.latencyMs) rt.setLatency(opts.latencyMs);
      for (const s of rt.services) await s.load?.();
    } catch (e) {
      await rt.close();
      throw e;
    }
    return rt;
  }

  /** Turns saving after each execution on or off (a long simulation saves at checkpoints instead). */
  setAutosave(on: boolean): void {
    this.autosave = on;
  }

  /** Every service call then advances the clock by ms, as real calls take time. */
  setLatency(ms: number): void {
    this.meter.onHit = ms > 0 ? () => this.clock.advance(ms) : null;
  }

  service<T extends FakeService>(name: string): T {
    const s = this.services.find((x) => x.name === name);
    if (!s) throw new Error(`no fake service ${name}`);
    return s as T;
  }

  /** A fresh script context, as each Apps Script execution gets. */
  private context(): Record<string, unknown> {
    const log = this.ctx.log;
    const write = (...a: unknown[]) =>
      log.push(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' '));
    const globals: Record<string, unknown> = {
      Date: this.clock.dateClass(),
      console: { log: write, info: write, warn: write, error: write },
    };
    for (const s of this.services)
      for (const [k, v] of Object.entries(s.globals()))
        if (!ADVANCED_SERVICES.has(k) || this.advanced.has(k)) globals[k] = v;
    return gasLocal.require(this.distDir, globals, { filter: (f: string) => f.endsWith('/Code.js') });
  }

  /** Runs one top-level function of the bundle as one execution, then saves every service's state. */
  async run(fn: string, ...args: unknown[]): Promise<RunOutcome> {
    // An add-on event object (commonEventObject) means the host called a card's function.
    const first = args[0];
    const card = typeof first === 'object' && first !== null && 'commonEventObject' in first;
    return this.runAs(card ? 'card' : 'call', fn, ...args);
  }

  /**
   * Runs fn as an execution started by `kind`. A Workspace add-on's card callback is ended at 30 s of
   * emulated time ("Google Workspace add-on runtime: 30 sec / execution", G/services/quotas).
   */
  async runAs(kind: ExecutionKind, fn: string, ...args: unknown[]): Promise<RunOutcome> {
    const context = this.context();
    const target = context[fn];
    if (typeof target !== 'function') throw new Error(`Code.js has no top-level function ${fn}`);
    // What a person changed in the workspace's files since they were read (plan.xlsx) is read again.
    for (const s of this.services) await s.refresh?.();
    this.meter.revive();
    this.ctx.execution = { kind };
    const deadline =
      kind === 'card' && this.host === 'workspace-addon' ? this.clock.now() + CARD_LIMIT_MS : null;
    this.meter.deadline = deadline === null ? null : () => this.clock.now() > deadline;
    for (const s of this.services) s.beginExecution?.();
    let outcome: RunOutcome;
    try {
      outcome = { value: (target as (...a: unknown[]) => unknown)(...args), killed: false };
    } catch (e) {
      outcome = { killed: false, error: asError(e) };
    } finally {
      for (const s of this.services) s.endExecution?.();
    }
    this.meter.deadline = null;
    this.ctx.execution = { kind: 'call' };
    // A kill cannot be caught by the script: whatever it did after, the execution ended at the kill.
    if (this.meter.killed) outcome = { killed: true };
    if (this.autosave) await this.save();
    return outcome;
  }

  /** Like run, but throws the script's error. */
  async call(fn: string, ...args: unknown[]): Promise<unknown> {
    const out = await this.run(fn, ...args);
    if (out.error) throw out.error;
    if (out.killed) throw new Error(`${fn}: execution killed`);
    return out.value;
  }

  /**
   * Fires the time-driven triggers due between the clock's time and `until` (ms), in time order, each as
   * its own execution at its own time; the clock ends at `until`. Returns what ran.
   */
  async fireTimeTriggers(until: number): Promise<{ handler: string; at: number; outcome: RunOutcome }[]> {
    const scripts = this.service<ScriptAppFake>('scriptApp');
    const ran: { handler: string; at: number; outcome: RunOutcome }[] = [];
    let from = this.clock.now();
    for (;;) {
      const next = scripts.due(from, until)[0];
      if (!next) break;
      this.clock.set(next.at);
      next.trigger.lastFired = next.at;
      await scripts.save(); // a shared trigger list is read afresh when the execution begins
      const outcome = await this.runAs(
        'time',
        next.trigger.handler,
        scripts.clockEvent(next.trigger, next.at),
      );
      ran.push({ handler: next.trigger.handler, at: next.at, outcome });
      from = next.at;
    }
    this.clock.set(Math.max(until, this.clock.now()));
    return ran;
  }

  /** Fires the installable on-edit triggers with an edit event (as Apps Script does after a person's edit). */
  async fireEdit(event: Record<string, unknown>): Promise<RunOutcome[]> {
    const scripts = this.service<ScriptAppFake>('scriptApp');
    const out: RunOutcome[] = [];
    for (const t of scripts.onEditTriggers())
      out.push(await this.runAs('edit', t.handler, { ...event, triggerUid: t.id }));
    return out;
  }

  /**
   * Saves every service's state as one unit: all the files or none (saveTransaction.ts). A file a person
   * changed since it was read is never overwritten: the save stops before writing anything.
   */
  async save(): Promise<void> {
    for (const s of this.services) s.checkSave?.();
    const crashAt = this.crashSaveAt;
    this.crashSaveAt = null;
    this.workspace.begin(crashAt);
    try {
      for (const s of this.services) await s.save?.();
      this.lastSaveOps = this.workspace.commit();
    } catch (e) {
      // A crash leaves the files as a killed process would; any other failure undoes the save.
      if (!(e instanceof SaveCrash)) this.workspace.abort();
      throw e;
    }
  }

  status(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const s of this.services) Object.assign(out, s.status?.());
    out['calls'] = this.meter.snapshot();
    return out;
  }

  /** Saves what autosave left unsaved and lets other processes open the workspace. Closing twice is harmless. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (!this.autosave) await this.save();
    await this.lock?.release();
    this.lock = null;
  }
}

function asError(e: unknown): Error {
  // Errors thrown inside the vm context are of another realm: rebuild them here.
  if (e && typeof e === 'object' && 'message' in e) {
    const err = new Error(String((e as { message: unknown }).message));
    err.stack = String((e as { stack?: unknown }).stack ?? err.stack);
    return err;
  }
  return new Error(String(e));
}
