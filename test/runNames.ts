// The names people must never read: the functions Google calls (every top-level function of the built
// dist/Code.js: dailyRun, onPlanEdit, sendReminders …) and the ids of the operations table and the jobs
// (camelCase: cardSync, yearReport …) — a run is named by its label (src/domain/texts/runs.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { expect } from 'vitest';
import { DIST_DIR } from '../localgas/paths';
import type { Runtime } from '../localgas/runtime';
import { OPERATIONS } from '../src/app/operations';
import runs from '../src/domain/texts/runs.json';

/** Every internal name that has a capital inside it (plain words like «sync» are English, not names). */
export function internalNames(): string[] {
  const code = readFileSync(join(DIST_DIR, 'Code.js'), 'utf8');
  const functions = [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]!);
  const ids = [...Object.keys(OPERATIONS), ...Object.keys(runs.jobs)];
  return [...new Set([...functions, ...ids])].filter((n) => /[a-z][A-Z]/.test(n));
}

/** Fails naming the text and the internal name it shows. */
export function expectNoInternalNames(texts: string[], where: string): void {
  const names = internalNames();
  expect(names.length).toBeGreaterThan(20);
  for (const text of texts)
    for (const n of names)
      expect(new RegExp(`\\b${n}\\b`).test(text), `${where}: «${n}» in ${text}`).toBe(false);
}

/** What a person reads of a sent mail (the .eml in outbox/): its subject and its text. */
export async function mailText(rt: Runtime, file: string): Promise<string> {
  const parsed = await simpleParser(readFileSync(join(rt.workspace.outboxDir, file)));
  return `${parsed.subject ?? ''}\n${parsed.text ?? ''}`;
}
