// A workspace is a folder: plan.xlsx, calendar.ics, outbox/, reports/, and the emulator's own state in its
// state folder, <state>/ in the fakes' comments (one JSON file per service; '.localgas' unless the runtime's
// product names another). A save writes them all as one unit (saveTransaction.ts).
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readJson, writeFileAtomic } from './files';
import { DEFAULT_PRODUCT } from './product';
import { recoverSave, SaveTransaction } from './saveTransaction';

export class Workspace {
  readonly dir: string;
  /** The save in progress: files written now become visible together at its commit. */
  private tx: SaveTransaction | null = null;

  /** stateFolder: the name of the folder of the fakes' state inside dir (ProductOptions.stateDir). */
  constructor(
    dir: string,
    private readonly stateFolder = DEFAULT_PRODUCT.stateDir,
  ) {
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
    return join(this.dir, this.stateFolder);
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
    this.writeFile(this.statePath(name), `${JSON.stringify(value, null, 1)}\n`);
  }

  /** Writes a file of the workspace: within a save, as part of it; otherwise atomically on its own. */
  writeFile(path: string, data: string | Uint8Array): void {
    if (this.tx) this.tx.write(path, data);
    else writeFileAtomic(path, data);
  }

  removeFile(path: string): void {
    if (this.tx) this.tx.remove(path);
    else rmSync(path, { force: true });
  }

  private get journalPath(): string {
    return join(this.stateDir, 'save-journal.json');
  }

  /** Starts a save (crashAt: a test's crash point, the n-th file operation). */
  begin(crashAt: number | null = null): SaveTransaction {
    this.ensure();
    this.tx = new SaveTransaction(this.journalPath, crashAt);
    return this.tx;
  }

  /** Makes the save's files visible together; returns its file operations. */
  commit(): number {
    const tx = this.tx;
    this.tx = null;
    if (!tx) return 0;
    tx.commit();
    return tx.operations;
  }

  /** A save that failed before its commit: its files go, the workspace stays as it was. */
  abort(): void {
    this.tx?.abort();
    this.tx = null;
  }

  /** Left by a save that crashed: a journal is finished, temporary files without one removed. */
  recover(): void {
    recoverSave(this.journalPath, [this.dir, this.outboxDir, this.reportsDir, this.stateDir]);
  }
}
