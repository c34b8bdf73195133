// A workspace is a folder: plan.xlsx, calendar.ics, outbox/, reports/, and the emulator's own state in
// .planbook/ (one JSON file per service, each written atomically).
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readJson, writeJson } from './files';

export class Workspace {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = resolve(dir);
  }

  get planPath(): string {
    return join(this.dir, 'plan.xlsx');
  }
  get calendarPath(): string {
    return join(this.dir, 'calendar.ics');
  }
  get outboxDir(): string {
    return join(this.dir, 'outbox');
  }
  get reportsDir(): string {
    return join(this.dir, 'reports');
  }
  get stateDir(): string {
    return join(this.dir, '.planbook');
  }

  exists(): boolean {
    return existsSync(this.stateDir) || existsSync(this.planPath);
  }

  ensure(): void {
    for (const d of [this.dir, this.outboxDir, this.reportsDir, this.stateDir])
      mkdirSync(d, { recursive: true });
  }

  statePath(name: string): string {
    return join(this.stateDir, `${name}.json`);
  }

  readState<T>(name: string, fallback: T): T {
    return readJson(this.statePath(name), fallback);
  }

  writeState(name: string, value: unknown): void {
    this.ensure();
    writeJson(this.statePath(name), value);
  }
}
