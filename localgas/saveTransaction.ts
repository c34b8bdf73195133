// Saving a workspace as one unit: every file of a save (plan.xlsx, calendar.ics, outbox/*.eml,
// reports/*.docx, <state>/*.json) or none of them. The files are written under temporary names
// first; then a journal naming every rename (and removal) is written atomically — the commit point —
// and carried out. A process killed before the journal leaves the old workspace (the temporary files
// are removed on the next open); killed after it, the next open finishes the renames.
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readJson, writeFileAtomic, writeJson } from './files';

interface Journal {
  renames: [string, string][];
  removes: string[];
}

/** Thrown by a test's crash point: the process "dies" here, leaving the files as they are. */
export class SaveCrash extends Error {}

const TMP = '.pbsave';

export class SaveTransaction {
  private readonly renames: [string, string][] = [];
  private readonly removes: string[] = [];
  private ops = 0;

  constructor(
    private readonly journalPath: string,
    /** Test hook: "die" just before file operation n (1-based) of this save. */
    private readonly crashAt: number | null = null,
  ) {}

  private step(): void {
    this.ops++;
    if (this.crashAt !== null && this.ops === this.crashAt)
      throw new SaveCrash(`crash at file operation ${this.ops}`);
  }

  /** Operations so far (a clean save's count bounds the crash points of a kill test). */
  get operations(): number {
    return this.ops;
  }

  write(path: string, data: string | Uint8Array): void {
    this.step();
    const tmp = `${path}${TMP}`;
    writeFileAtomic(tmp, data);
    this.renames.push([tmp, path]);
  }

  remove(path: string): void {
    this.removes.push(path);
  }

  commit(): void {
    if (this.renames.length === 0 && this.removes.length === 0) return;
    this.step();
    writeJson(this.journalPath, { renames: this.renames, removes: this.removes } satisfies Journal);
    finish(this.journalPath, () => this.step());
  }

  /** A save that failed (not a crash): the temporary files go, the workspace stays as it was. */
  abort(): void {
    for (const [tmp] of this.renames) rmSync(tmp, { force: true });
  }
}

function finish(journalPath: string, step: () => void = () => {}): void {
  const j = readJson<Journal | null>(journalPath, null);
  if (!j) return;
  for (const [tmp, path] of j.renames) {
    step();
    if (existsSync(tmp)) renameSync(tmp, path);
  }
  for (const p of j.removes) rmSync(p, { force: true });
  step();
  rmSync(journalPath, { force: true });
}

/** On open: finish a committed save, or drop the temporary files of one that never committed. */
export function recoverSave(journalPath: string, dirs: string[]): void {
  if (existsSync(journalPath)) finish(journalPath);
  for (const d of dirs) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d)) if (f.endsWith(TMP)) rmSync(join(d, f), { force: true });
  }
}
