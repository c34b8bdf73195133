// «Отметить результат» in real headless Chromium: the link is taken from a real .eml the emulator wrote,
// opened on `planbook ui`'s server (the web app at /exec, answered by dist/Code.js's doGet/doPost), the
// form is filled and saved, and plan.xlsx, the month's report and the year's report (.docx in reports/)
// show the answer. A tampered link, an expired one and a replay on another row change nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MailFake } from '../../localgas/services/mail';
import { answerPlan, linksInMail, setDay } from '../answerPlan';
import { recordingPage, SHOTS, SKIP_BROWSER, useBrowserUi, XSS } from '../chromium';

/** A plan row of plan.xlsx (the file a person opens), by its №: heading → value. */
async function xlsxRow(workspace: string, n: string): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(workspace, 'plan.xlsx'));
  const ws = wb.getWorksheet('План')!;
  const head = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  for (let r = 2; r <= ws.rowCount; r++) {
    const v = (ws.getRow(r).values as unknown[]).slice(1);
    if (String(v[head.indexOf('№')] ?? '') === n)
      return Object.fromEntries(head.map((h, i) => [h, v[i] ?? '']));
  }
  throw new Error(`no row №${n}`);
}

/** The words of a .docx in reports/ whose name contains `part`. */
async function docxText(workspace: string, part: string): Promise<string> {
  const dir = join(workspace, 'reports');
  const file = readdirSync(dir).find((f) => f.includes(part) && f.endsWith('.docx'));
  if (!file) throw new Error(`no report ${part} in ${readdirSync(dir).join(', ')}`);
  const zip = await JSZip.loadAsync(readFileSync(join(dir, file)));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

describe.skipIf(SKIP_BROWSER)('«Отметить результат» in headless Chromium', () => {
  const ui = useBrowserUi('planbook-answer-', '2026-10-01');
  const events: string[] = [];

  const page = (): Promise<Page> =>
    recordingPage(ui.browser, events, { viewport: { width: 390, height: 844 }, locale: 'ru-RU' });

  it('opens the link of a real nudge, saves the form, and the plan and both reports show it', async () => {
    const rt = ui.srv.runtime;
    await answerPlan(rt, `${ui.srv.url}/exec`);
    setDay(rt, '2026-10-17');
    await rt.call('sendReminders');
    const mail = rt.service<MailFake>('mail').state.mails.find((m) => m.to === 'ivanova@example.org')!;
    const [link1, link2] = await linksInMail(rt, mail.file);
    expect(link1!.startsWith(`${ui.srv.url}/exec?t=`)).toBe(true);

    const p = await page();
    await p.goto(link1!);
    expect(await p.locator('h1').textContent()).toContain('Экскурсия в библиотеку');
    expect(await p.locator('dl').first().textContent()).toContain('15.10.2026');
    expect(await p.locator('#status').inputValue()).toBe('held');
    await p.fill('#results', `Экскурсия для 5А и 6Б; ${XSS}`);
    await p.fill('#participants', '25');
    await p.fill('#classes', '5А, 6Б');
    await p.fill('#publication', 'https://vk.com/wall-123_456');
    await p.screenshot({ path: join(SHOTS, 'answer-form.png'), fullPage: true });
    await p.click('button[type=submit]');
    await p.waitForSelector('.card.ok');
    expect(await p.locator('.card.ok').textContent()).toContain('Сохранено в плане');
    expect(await p.locator('.card.ok').textContent()).toContain('https://vk.com/wall-123_456');
    await p.screenshot({ path: join(SHOTS, 'answer-saved.png'), fullPage: true });
    expect(events).toEqual([]);

    const row = await xlsxRow(ui.workspace, '1');
    expect(row['Статус']).toBe('проведено');
    expect(row['Итоги']).toBe(`Экскурсия для 5А и 6Б; ${XSS}`);
    expect(row['Участников']).toBe(25);
    expect(row['Классы']).toBe('5А, 6Б');
    expect(row['Публикация']).toBe('https://vk.com/wall-123_456');

    await rt.call('buildReport', '2026-10');
    const month = await docxText(ui.workspace, '2026-10');
    expect(month).toContain('Экскурсия для 5А и 6Б');
    expect(month).toContain('https://vk.com/wall-123_456');
    await rt.call('buildYearReport', '2026-2027');
    const year = await docxText(ui.workspace, '2026-2027');
    expect(year).toContain('https://vk.com/wall-123_456');
    expect(year).toMatch(/Иванова[\s\S]*Конкурс чтецов/);

    // Tampered: row 2's payload under row 1's signature, put into row 2's own form.
    const before = JSON.stringify(await xlsxRow(ui.workspace, '2'));
    const [p2] = new URL(link2!).searchParams.get('t')!.split('.');
    const [, s1] = new URL(link1!).searchParams.get('t')!.split('.');
    await p.goto(`${ui.srv.url}/exec?t=${p2}.${s1}`);
    expect(await p.locator('h1').textContent()).toBe('Ссылка недействительна');
    // Replayed on another row: row 2's form, with row 1's token in its hidden field, saves row 1 only.
    await p.goto(link2!);
    await p.evaluate((t) => {
      (document.querySelector('input[name=t]') as HTMLInputElement).value = t;
    }, new URL(link1!).searchParams.get('t')!);
    await p.fill('#results', 'не для этой строки');
    await p.click('button[type=submit]');
    await p.waitForSelector('.card.ok');
    expect(await p.locator('h1').textContent()).toContain('Экскурсия в библиотеку');
    expect(JSON.stringify(await xlsxRow(ui.workspace, '2'))).toBe(before);
    // Expired: 60 days after the event the link opens a page that says so, and the form is gone.
    setDay(rt, '2026-12-20');
    await p.goto(link2!);
    expect(await p.locator('h1').textContent()).toBe('Срок действия ссылки истёк');
    expect(await p.locator('form').count()).toBe(0);
    expect(JSON.stringify(await xlsxRow(ui.workspace, '2'))).toBe(before);
    expect(events).toEqual([]);
    await p.context().close();
  }, 120_000);
});
