// The dialogs in real headless Chromium (Debian's package, driven by playwright-core), served by
// `planbook ui`'s server: every google.script.run call is answered by dist/Code.js in the emulator.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_PLAN } from '../../cli/paths';
import { REPO_ROOT } from '../../localgas/paths';
import type { ScriptAppFake } from '../../localgas/services/scriptApp';
import { recordingPage, SHOTS, SKIP_BROWSER, useBrowserUi, XSS } from '../chromium';
import { docxText, planDocx } from '../planDocx';
import { expectNoInternalNames } from '../runNames';

/** The Plan sheet of a plan.xlsx as values (dates as ISO text). */
async function planValues(path: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: unknown[][] = [];
  const sheet = wb.getWorksheet('План')!;
  const width = sheet.getRow(1).cellCount;
  sheet.eachRow((row) => {
    const v = Array.from({ length: width }, (_, i) => row.getCell(i + 1).value);
    out.push(v.map((x) => (x instanceof Date ? x.toISOString() : (x ?? ''))));
  });
  return out;
}

describe.skipIf(SKIP_BROWSER)('dialogs in headless Chromium', () => {
  const ui = useBrowserUi('planbook-ui-', '2026-09-01');
  const dialogEvents: string[] = [];

  async function page(width: number, height: number, zoom = 1): Promise<Page> {
    // alert(), confirm() and friends: none may ever fire (an XSS payload would call alert(1)).
    return recordingPage(ui.browser, dialogEvents, {
      viewport: { width: Math.round(width / zoom), height: Math.round(height / zoom) },
      deviceScaleFactor: zoom,
      locale: 'ru-RU',
    });
  }

  /** Opens a dialog as the menu would; a page that did not open says why. */
  async function openDialog(p: Page, id: string): Promise<void> {
    const res = await p.goto(`${ui.srv.url}/dialog/${id}`);
    if (res?.status() !== 200)
      throw new Error(`dialog ${id}: ${res?.status()} ${await p.textContent('body')}`);
  }

  async function idle(p: Page): Promise<void> {
    await p.waitForFunction(() => !(window as unknown as { __pbPending?: number }).__pbPending);
  }

  /** Nothing sticks out sideways: the page reads without horizontal scrolling. */
  async function fitsWidth(p: Page): Promise<void> {
    const { scroll, client } = await p.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client + 1);
  }

  it('setup wizard: validates, saves the Settings, then offers the import dialog', async () => {
    const p = await page(560, 660);
    await openDialog(p, 'setup');
    await expect(p.locator('h1').textContent()).resolves.toBe('Настройка плана мероприятий');
    // Typed with the keyboard: the first field has the focus.
    await p.keyboard.type(XSS);
    await p.fill('#leadDays', '7, сто');
    await p.fill('#ownerEmail', 'завуч@школа.рф');
    await p.check('#testMode');
    await p.click('#save');
    await p.waitForSelector('#leadDays[aria-invalid=true]');
    expect(await p.locator('#leadDays-error').textContent()).toMatch(/от 0 до 60/);
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('leadDays');
    await p.fill('#leadDays', '1, 7');
    await p.fill('#ownerEmail', 'zavuch@school.example');
    await p.keyboard.press('Enter'); // submits the form from the field
    await p.waitForSelector('#next:not([hidden])');
    expect(await p.locator('#message').textContent()).toContain('Настройки сохранены');
    await p.screenshot({ path: join(SHOTS, 'setup.png'), fullPage: true });
    await p.click('#import');
    await p.waitForURL(/\/shown\/\d+$/);
    await expect(p.locator('h1').textContent()).resolves.toBe('Импорт плана');
    const st =
      ui.srv.runtime.service<import('../../localgas/services/spreadsheet').SpreadsheetService>('spreadsheet');
    const settings = st.read('Настройки') as unknown[][];
    const value = (code: string) => settings.find((r) => r[3] === code)?.[1];
    expect(value('schoolName')).toBe(XSS);
    expect(value('leadDays')).toBe('7, 1');
    expect(value('ownerEmail')).toBe('zavuch@school.example');
    expect(value('testMode')).toBe('да');
    await p.context().close();
  });

  it('import dialog: paste the seed, see the preview, import, and the rows are in plan.xlsx', async () => {
    const seed = readFileSync(SEED_PLAN, 'utf8');
    const extra = `\n99. ${XSS} – сентябрь, директор.`;
    const p = await page(900, 640);
    await openDialog(p, 'import');
    await p.fill('#text', seed + extra);
    // Keyboard only: from the text box, Tab reaches «Просмотр», Enter presses it.
    await p.focus('#text');
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('preview');
    await p.keyboard.press('Enter');
    await p.waitForSelector('#result:not([hidden])');
    await idle(p);
    const rows = await p.locator('#rows tbody tr').count();
    expect(rows).toBeGreaterThan(10);
    const xssCell = p.locator('#rows tbody td', { hasText: XSS });
    expect(await xssCell.count()).toBe(1);
    expect(await p.locator('img').count()).toBe(0);
    await p.screenshot({ path: join(SHOTS, 'import-preview.png'), fullPage: true });
    await fitsWidth(p);
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('import');
    await p.keyboard.press('Enter');
    await p.waitForFunction(() =>
      /Импортировано строк/.test(document.getElementById('message')?.textContent ?? ''),
    );
    await p.screenshot({ path: join(SHOTS, 'import-done.png'), fullPage: true });
    await p.context().close();

    // The rows are in the real plan.xlsx the emulator wrote.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(ui.srv.runtime.workspace.planPath);
    const plan = wb.getWorksheet('План');
    expect(plan).toBeTruthy();
    const titles: string[] = [];
    plan!.eachRow((row, n) => {
      if (n > 1) titles.push(String(row.getCell(2).value ?? ''));
    });
    expect(titles).toContain(XSS);
    const seedTitles = seed
      .split('\n')
      .map((l) => /^\s*\d+\.\s*(.{12})/.exec(l)?.[1])
      .filter((x): x is string => Boolean(x));
    expect(seedTitles.length).toBeGreaterThan(5);
    for (const start of seedTitles)
      expect(titles.some((t) => t.replace(/\s+/g, ' ').includes(start.trim()))).toBe(true);
  });

  it('import dialog reads at 200% zoom (no sideways scrolling)', async () => {
    const p = await page(900, 640, 2);
    await openDialog(p, 'import');
    await p.fill('#text', `1. ${XSS} – октябрь, директор.`);
    await p.click('#preview');
    await p.waitForSelector('#result:not([hidden])');
    await idle(p);
    await fitsWidth(p);
    expect(await p.locator('#rows tbody td', { hasText: XSS }).count()).toBe(1);
    await p.screenshot({ path: join(SHOTS, 'import-200.png'), fullPage: true });
    await p.context().close();
  });

  it('import dialog: a Word .docx uploaded, the preview shows what was understood, the rows are what the CLI imports', async () => {
    const docx = await planDocx(
      readFileSync(join(REPO_ROOT, 'test/fixtures/plans/15-saturday-borisov-2021-10-30.txt'), 'utf8'),
    );
    const p = await page(900, 640);
    await openDialog(p, 'import');
    await p.setInputFiles('#file', {
      name: 'plan.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: docx,
    });
    await p.waitForFunction(() => /plan\.docx/.test(document.getElementById('message')?.textContent ?? ''));
    await idle(p);
    expect(await p.inputValue('#text')).toBe(docxText(docx));
    const cells = await p
      .locator('#rows tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')),
      );
    expect(cells).toHaveLength(8);
    // Мероприятие, Даты (the day of the heading and the time of the cell), Ответственные, Раздел
    expect(cells[0]![1]).toBe('Кроссворд с ответами\n«Знакомство с земляками»');
    expect(cells[0]![3]).toMatch(/30\.10\.2021 10:00/);
    expect(cells[0]![4]).toBe('Бакун А.М.');
    expect(cells[0]![6]).toBe('Школьные и классные мероприятия');
    await p.screenshot({ path: join(SHOTS, 'import-docx-preview.png'), fullPage: true });
    const before = await planValues(ui.srv.runtime.workspace.planPath);
    await p.click('#import');
    await p.waitForFunction(() =>
      /Импортировано строк/.test(document.getElementById('message')?.textContent ?? ''),
    );
    await p.context().close();
    const added = (await planValues(ui.srv.runtime.workspace.planPath)).slice(before.length);
    expect(added).toHaveLength(8);
    // the same file through `planbook import plan.docx` into a fresh plan: the same rows
    const dir = mkdtempSync(join(tmpdir(), 'planbook-ui-cli-'));
    try {
      const file = join(dir, 'plan.docx');
      writeFileSync(file, docx);
      const cli = (...a: string[]) =>
        spawnSync(
          process.execPath,
          [join(REPO_ROOT, 'bin/planbook.cjs'), ...a, '--workspace', join(dir, 'ws')],
          {
            encoding: 'utf8',
            timeout: 120_000,
          },
        );
      expect(cli('setup').status).toBe(0);
      expect(cli('import', file).status).toBe(0);
      const viaCli = (await planValues(join(dir, 'ws', 'plan.xlsx'))).slice(1);
      const noKeys = (rows: unknown[][]) => rows.map((r) => r.slice(0, -3));
      expect(noKeys(added)).toEqual(noKeys(viaCli));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('status sidebar: the next two weeks, problem rows and the automation switch (twice → one of each)', async () => {
    // Row 2 gets a second problem (a period nobody can read) besides its missing e-mails.
    const sheet =
      ui.srv.runtime.service<import('../../localgas/services/spreadsheet').SpreadsheetService>('spreadsheet');
    const periodCol = (sheet.read('План')[0] ?? []).indexOf('Сроки') + 1;
    sheet.personEdit('План', 2, periodCol, [['когда-нибудь']]);
    // A morning's run, so that the panel lists each job's last run.
    await ui.srv.runtime.call('dailyRun');
    const p = await page(300, 700);
    await openDialog(p, 'status');
    await idle(p);
    // The jobs as people call them, not by their ids (sync, remind).
    const runs = await p.locator('#runs li').allTextContents();
    expect(runs.some((r) => r.startsWith('Календарь — '))).toBe(true);
    expect(runs.some((r) => r.startsWith('Напоминания — '))).toBe(true);
    expectNoInternalNames(runs, 'the status panel');
    expect(await p.locator('#upcoming li', { hasText: XSS }).count()).toBeGreaterThan(0);
    expect(await p.locator('#problems li').count()).toBeGreaterThan(0);
    // Two problems of one row are two lines, each its own sentence.
    const row2 = p.locator('#problems li', { hasText: 'строка 2 ' }).locator('.problem');
    expect(await row2.count()).toBe(2);
    expect(await row2.nth(0).textContent()).not.toBe(await row2.nth(1).textContent());
    expect(await p.locator('#autoState').textContent()).toBe('выключена');
    // The MailApp fake's daily quota (100 recipients for a consumer account) as the script read it.
    expect(await p.locator('#quota').textContent()).toMatch(/^\d+$/);
    for (let i = 0; i < 2; i++) {
      await p.click('#on');
      await idle(p);
      await p.waitForFunction(() =>
        /Автоматизация включена/.test(document.getElementById('message')?.textContent ?? ''),
      );
    }
    expect(await p.locator('#autoState').textContent()).toBe('включена');
    expect(await p.locator('#message').textContent()).toMatch(/Новых триггеров: 0/);
    const scripts = ui.srv.runtime.service<ScriptAppFake>('scriptApp');
    const handlers = (scripts.status()['triggers'] as { handler: string }[]).map((t) => t.handler).sort();
    expect(handlers).toEqual(['dailyRun', 'monthlyRun', 'onPlanEdit']);
    expect(await p.locator('img').count()).toBe(0);
    await fitsWidth(p);
    await p.screenshot({ path: join(SHOTS, 'status.png'), fullPage: true });
    await p.click('#off');
    await p.waitForFunction(() =>
      /Автоматизация выключена/.test(document.getElementById('message')?.textContent ?? ''),
    );
    expect(scripts.status()['triggers']).toEqual([]);
    await p.context().close();
  });

  it('settings and help show sheet text as text', async () => {
    const p = await page(560, 660);
    await openDialog(p, 'settings');
    await expect(p.locator('h1').textContent()).resolves.toBe('Настройки');
    expect(await p.inputValue('#schoolName')).toBe(XSS);
    expect(await p.inputValue('#leadDays')).toBe('7, 1');
    expect(await p.isChecked('#testMode')).toBe(true);
    await p.screenshot({ path: join(SHOTS, 'settings.png'), fullPage: true });
    await p.context().close();

    const h = await page(600, 560);
    await openDialog(h, 'help');
    expect(await h.locator('#settings td', { hasText: XSS }).count()).toBe(1);
    expect(await h.locator('img').count()).toBe(0);
    await fitsWidth(h);
    await h.screenshot({ path: join(SHOTS, 'help.png'), fullPage: true });
    await h.click('#close');
    await h.waitForURL(/closed=1/);
    await h.context().close();
  });

  it("every dialog's Close closes it, and a failed call is told in its message line (Client.html)", async () => {
    for (const id of ['setup', 'import', 'status']) {
      const p = await page(900, 640);
      await openDialog(p, id);
      await idle(p);
      await p.click('#close');
      await p.waitForURL(/closed=1/);
      await p.context().close();
    }
    const p = await page(900, 640);
    await openDialog(p, 'import');
    await p.setInputFiles('#file', {
      name: 'plan.docx',
      mimeType: 'application/zip',
      buffer: Buffer.from('no zip'),
    });
    await p.waitForFunction(() => document.getElementById('message')?.className === 'message error');
    expect(await p.locator('#message').textContent()).not.toBe('');
    expect(await p.inputValue('#text')).toBe('');
    await p.context().close();
  });

  it('google.script.run refuses private functions and Date values, as Apps Script does', async () => {
    const p = await page(600, 400);
    await openDialog(p, 'help');
    const err = (fn: string, args: string) =>
      p.evaluate(
        ([f, a]) =>
          new Promise<string>((resolve) => {
            const run = (window as unknown as { google: { script: { run: Record<string, unknown> } } }).google
              .script.run;
            const r = (run['withSuccessHandler'] as (f: unknown) => Record<string, unknown>)(() =>
              resolve('ok'),
            );
            const r2 = (r['withFailureHandler'] as (f: unknown) => Record<string, (...x: unknown[]) => void>)(
              (e: Error) => resolve(e.message),
            );
            r2[f!]!(...(JSON.parse(a!) as unknown[]).map((x) => (x === 'DATE' ? new Date() : x)));
          }),
        [fn, args],
      );
    expect(await err('api_', '[]')).toMatch(/not found/);
    expect(await err('previewImport', '["DATE"]')).toMatch(/illegal value/);
    expect(await err('noSuchFunction', '[]')).toMatch(/no top-level function/);
    await p.context().close();
  });

  it('no alert, confirm or page error fired in any dialog', () => {
    expect(dialogEvents).toEqual([]);
  });
});
