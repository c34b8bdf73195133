// Headless Chromium for the browser tests: one launch, and pages that record every dialog and page error
// (an alert() from an XSS payload must never fire). Missing Chromium is a visible skip on a developer's
// machine and a failure in CI (CI=true), as test/tools.ts does for the other tools.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startUiServer, type UiServer } from '../cli/commands/ui';
import { REPO_ROOT } from '../localgas/paths';
import { IN_CI } from './tools';

export const CHROMIUM = '/usr/bin/chromium';
/** True when the browser tests cannot run here (and are not in CI, where they fail instead). */
export const SKIP_BROWSER = !existsSync(CHROMIUM) && !IN_CI;
if (SKIP_BROWSER) {
  console.warn(
    `browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium). In CI (CI set) they run and fail instead.`,
  );
}
export const SHOTS = join(REPO_ROOT, 'test-output', 'screenshots');
export const XSS = '<img src=x onerror=alert(1)>';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // playwright launches with a fresh, temporary --user-data-dir of its own (it refuses one here).
    ],
  });
}

/** What a browser test file works with: the ui server over a workspace of its own, and Chromium. */
export interface BrowserUi {
  browser: Browser;
  srv: UiServer;
  workspace: string;
}

/**
 * Opens a BrowserUi before the file's tests and closes it after them (call it inside the describe). Not
 * helpers.tempDir: that one is removed after each test, and this workspace lives for the file.
 */
export function useBrowserUi(prefix: string, today: string): BrowserUi {
  const ui = {} as BrowserUi;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ui.workspace = mkdtempSync(join(tmpdir(), prefix));
    ui.srv = await startUiServer({ workspace: ui.workspace, today });
    ui.browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await ui.browser?.close();
    await ui.srv?.close();
    if (ui.workspace) rmSync(ui.workspace, { recursive: true, force: true });
  });
  return ui;
}

/** A page in a fresh context whose dialogs (dismissed) and page errors are pushed to `events`. */
export async function recordingPage(
  browser: Browser,
  events: string[],
  options: BrowserContextOptions,
): Promise<Page> {
  const ctx = await browser.newContext(options);
  const p = await ctx.newPage();
  p.on('dialog', (d) => {
    events.push(d.message());
    void d.dismiss();
  });
  p.on('pageerror', (e) => events.push(`pageerror: ${e.message}`));
  return p;
}
