// Outside programs some tests need (LibreOffice, Chromium). Missing one is a visible skip on a
// developer's machine and a failure in CI (CI=true), where .ci/run installs them: a test that quietly
// returns early when a tool is missing could never fail.
import { spawnSync } from 'node:child_process';

export const IN_CI = Boolean(process.env['CI']);

/** The first of the names that is on PATH, or null. */
export function findTool(...names: string[]): string | null {
  return names.find((b) => spawnSync('which', [b]).status === 0) ?? null;
}

/** LibreOffice's command, if installed. */
export const SOFFICE = findTool('soffice', 'libreoffice');

/** Skip tests that need a tool only off CI; say so once. */
export function skipWithout(tool: string | null, what: string, install: string): boolean {
  if (tool) return false;
  if (IN_CI) return false; // the test runs and fails with needTool's message
  console.warn(`skipped: ${what} (${install} to run it; with CI=true it fails instead)`);
  return true;
}

/** Inside a test that needs the tool: its command, or a failure saying what to install. */
export function needTool(tool: string | null, what: string, install: string): string {
  if (!tool) throw new Error(`${what} is not installed: ${install} (.ci/run installs it)`);
  return tool;
}
