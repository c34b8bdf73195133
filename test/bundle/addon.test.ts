// The Workspace add-on card, through the built bundle in the emulator: the homepage for a fresh sheet and
// for the seed's plan, every button doing what its menu item does, sheet text shown as text.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callScript } from '../../cli/api';
import { cardButtons, homepageCard, pressButton, sheetsEvent } from '../../cli/commands/card';
import { DIST_DIR } from '../../localgas/paths';
import type { Runtime } from '../../localgas/runtime';
import { type CardJson, jsonOf } from '../../localgas/services/card';
import { renderCardHtml, renderCardText } from '../../localgas/services/cardRender';
import type { ScriptAppFake } from '../../localgas/services/scriptApp';
import type { SpreadsheetService } from '../../localgas/services/spreadsheet';
import { openRuntime, tempDir } from '../helpers';

const SEED = readFileSync(join(DIST_DIR, '..', 'seeds', 'plan-school-library.txt'), 'utf8');
const ADDON_DIR = join(DIST_DIR, '..', 'dist-addon');

const sheets = (rt: Runtime) => rt.service<SpreadsheetService>('spreadsheet');
const sheetNames = (rt: Runtime) => sheets(rt).book.sheets.map((s) => s.name);
const lastAlert = (rt: Runtime) => sheets(rt).ui.alerts.at(-1)?.prompt ?? '';

function facts(card: CardJson): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of card.sections) {
    for (const w of s.widgets)
      if ('decoratedText' in w && w.decoratedText.topLabel)
        out[w.decoratedText.topLabel] = w.decoratedText.text;
  }
  return out;
}

/** A workspace with the seed plan imported, closed, so that it can be copied. */
async function seededWorkspace(): Promise<string> {
  const dir = tempDir();
  const rt = await openRuntime({ workspace: dir });
  await rt.call('setupSheets');
  await rt.call('importPlan', SEED);
  await rt.close();
  return dir;
}

/** Two identical copies of a workspace: one for the menu item, one for the card's button. */
async function twins(dir: string): Promise<[Runtime, Runtime]> {
  const a = tempDir();
  const b = tempDir();
  cpSync(dir, a, { recursive: true });
  cpSync(dir, b, { recursive: true });
  return [await openRuntime({ workspace: a }), await openRuntime({ workspace: b })];
}

describe('the add-on build (dist-addon/)', () => {
  it('is the same Code.js under a manifest whose trigger functions exist as top-level functions', () => {
    const code = readFileSync(join(ADDON_DIR, 'Code.js'), 'utf8');
    expect(code).toBe(readFileSync(join(DIST_DIR, 'Code.js'), 'utf8'));
    const manifest = JSON.parse(readFileSync(join(ADDON_DIR, 'appsscript.json'), 'utf8'));
    const sheetsAddon = manifest.addOns.sheets;
    for (const fn of [
      sheetsAddon.homepageTrigger.runFunction,
      sheetsAddon.onFileScopeGrantedTrigger.runFunction,
    ]) {
      expect(code).toMatch(new RegExp(`^function ${fn}\\(`, 'm'));
    }
    expect(manifest.addOns.common.name).toBeTruthy();
    expect(manifest.addOns.common.logoUrl).toMatch(/^https:\/\//);
  });

  it('asks for the narrowest scopes: drive.file for the one file, no container UI, no full Drive or Sheets', () => {
    const manifest = JSON.parse(readFileSync(join(ADDON_DIR, 'appsscript.json'), 'utf8'));
    const scopes: string[] = manifest.oauthScopes;
    // requestFileScopeForActiveDocument() needs drive.file in the manifest (R/card-service/editor-file-scope-action-response-builder).
    expect(scopes).toContain('https://www.googleapis.com/auth/drive.file');
    for (const wide of ['drive', 'spreadsheets', 'calendar', 'script.container.ui', 'gmail.send']) {
      expect(scopes).not.toContain(`https://www.googleapis.com/auth/${wide}`);
    }
    expect(scopes.every((s) => s.startsWith('https://www.googleapis.com/auth/'))).toBe(true);
    const editor = JSON.parse(readFileSync(join(DIST_DIR, 'appsscript.json'), 'utf8'));
    expect(editor.addOns).toBeUndefined();
  });
});

describe('the homepage card', () => {
  it('on a fresh spreadsheet offers the setup, and its button sets the sheet up as setupSheets does', async () => {
    const rt = await openRuntime();
    const home = await homepageCard(rt);
    expect(home.name).toBe('setup');
    expect(renderCardText(home)).toContain('ещё не план мероприятий');
    expect(cardButtons(home).map((b) => b.fn)).toEqual(['cardSetup']);
    expect(sheetNames(rt)).toEqual(['Лист1']);

    const r = await pressButton(rt, 'cardSetup');
    expect(sheetNames(rt)).toEqual(['План', 'Ответственные', 'Настройки', 'Журнал']);
    expect(r.notification).toMatch(/^Таблица готова/);
    expect(r.card?.name).toBe('home');
    expect(facts(r.card!)['Строк в плане']).toBe('0');

    // The menu's setup is now a wizard dialog; its plain setup is the setupSheets API (planbook setup).
    const other = await openRuntime();
    const done = await callScript(other, 'setupSheets');
    expect(sheetNames(other)).toEqual(sheetNames(rt));
    expect(done.message).toBe(r.notification);
  });

  it("on the seed's plan shows the counts, plan problems, next events and the actions", async () => {
    const rt = await openRuntime({ workspace: await seededWorkspace() });
    const status = await callScript(rt, 'getStatus');
    expect(status.rows.length).toBe(14);
    const home = await homepageCard(rt);
    expect(home.name).toBe('home');
    const f = facts(home);
    expect(f['Строк в плане']).toBe(String(status.rows.length));
    expect(f['Строк с проблемами']).toBe(String(status.rows.filter((r) => r.problems.length).length));
    expect(f['Проблемы плана']).toBe(status.problems.join('; '));
    expect(f['Автоматизация']).toBe('выключена');
    expect(f['Учебный год']).toBe('2026–2027');
    const text = renderCardText(home);
    // 1 September 2026: September's rows and the year-long ones are coming up.
    expect(text).toContain('01.09.2026 – 30.09.2026: 1. Заключение договора о сотрудничестве');
    const fns = cardButtons(home).map((b) => b.fn);
    expect(fns).toEqual([
      'cardSyncCalendar',
      'cardSendReminders',
      'cardBuildReport',
      'cardCheckPlan',
      'cardCheckAccess',
      'cardAutomationOn',
    ]);
    expect(fns).not.toContain('cardAutomationOff');
  });

  it('without access to the file asks for it (drive.file for this file) instead of reading the sheet', async () => {
    const rt = await openRuntime();
    rt.meter.reset();
    const home = await homepageCard(rt, false);
    expect(home.name).toBe('access');
    expect(cardButtons(home).map((b) => b.fn)).toEqual(['cardRequestFileAccess']);
    expect(Object.keys(rt.meter.snapshot().byMethod).filter((m) => m.startsWith('Spreadsheet.'))).toEqual([]);
    const r = jsonOf<{ requestFileScopeForActiveDocument?: boolean }>(
      await rt.call('cardRequestFileAccess', sheetsEvent(rt, { fileAccess: false })),
    );
    expect(r.requestFileScopeForActiveDocument).toBe(true);
    // Once granted, Sheets calls onFileScopeGrantedTrigger with the file's id and title.
    // A card event as the CLI builds it (cli/commands/card.ts): its enums are the host's strings, so by name.
    const cards = (await rt.call('addonFileScopeGranted', sheetsEvent(rt))) as unknown[];
    expect(jsonOf<CardJson>(cards[0]).name).toBe('setup');
  });

  it('shows a title with HTML in it as text, in the card and in the rendered HTML', async () => {
    const rt = await openRuntime();
    await rt.call('setupSheets');
    const title = 'Конкурс <b>«Лучший чтец»</b> & <script>alert(1)</script>';
    sheets(rt).personEdit('План', 2, 1, [['1', title, '01.09.2026']]);
    await rt.save();
    const home = await homepageCard(rt);
    const text = renderCardText(home);
    expect(text).toContain(`1. ${title}`);
    const html = renderCardHtml(home);
    expect(html).toContain(
      'Конкурс &lt;b&gt;«Лучший чтец»&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(html).not.toContain('<b>«Лучший чтец»</b>');
    expect(html).not.toContain('<script>');
  });

  it('shows an error in Russian, never a stack trace', async () => {
    const rt = await openRuntime();
    await rt.call('setupSheets');
    // The file the event names cannot be opened (a stale id): a readable card, not an exception.
    const event = {
      ...sheetsEvent(rt),
      sheets: { id: 'no-such-file', title: 'x', addonHasFileScopePermission: true },
    };
    const cards = (await rt.call('addonHome', event)) as unknown[];
    const card = jsonOf<CardJson>(cards[0]);
    expect(card.name).toBe('error');
    const text = renderCardText(card);
    expect(text).toMatch(/^== План мероприятий ==\nНе получилось/);
    expect(text).toContain('Ошибка: ');
    expect(text).not.toMatch(/\n\s+at /);
    const r = jsonOf<{ notification: { text: string } }>(await rt.call('cardCheckPlan', event));
    expect(r.notification.text).toMatch(/^Ошибка: /);
  });
});

describe('each button changes the workspace as its menu item does', () => {
  it('check: the same Problems cell written, the same message', async () => {
    const [menu, card] = await twins(await seededWorkspace());
    for (const rt of [menu, card]) {
      const header = sheets(rt).read('План')[0]!;
      const col = header.indexOf('Проблемы') + 1;
      expect(col).toBeGreaterThan(0);
      sheets(rt).personEdit('План', 2, col, [['']]);
      await rt.save();
    }
    await menu.call('menuCheckPlan');
    const r = await pressButton(card, 'cardCheckPlan');
    expect(r.notification).toBe(lastAlert(menu));
    expect(r.notification).toMatch(/^Строк в плане: 14/);
    const a = sheets(menu).read('План');
    const b = sheets(card).read('План');
    expect(b).toEqual(a);
    const col = a[0]!.indexOf('Проблемы');
    expect(String(a[1]![col])).not.toBe('');
  });

  it('automation on: the card installs the on-edit trigger only and says why; off removes them', async () => {
    const [menu, card] = await twins(await seededWorkspace());
    await menu.call('menuAutomationOn');
    const on = await pressButton(card, 'cardAutomationOn');
    const handlers = (rt: Runtime) =>
      rt
        .service<ScriptAppFake>('scriptApp')
        .triggers.map((t) => t.handler)
        .sort();
    expect(handlers(menu)).toEqual(['dailyRun', 'monthlyRun', 'onPlanEdit']);
    // A Workspace add-on's time-driven trigger has no open spreadsheet (docs/APPS-SCRIPT-FACTS.md §8).
    expect(handlers(card)).toEqual(['onPlanEdit']);
    expect(on.notification.startsWith(lastAlert(menu).split(':')[0]!)).toBe(true);
    expect(on.notification).toContain('у запуска по времени нет открытой таблицы');
    expect(facts(on.card!)['Автоматизация']).toBe('включена');
    expect(cardButtons(on.card!).map((b) => b.fn)).toContain('cardAutomationOff');

    await menu.call('menuAutomationOff');
    const off = await pressButton(card, 'cardAutomationOff');
    expect(handlers(card)).toEqual([]);
    expect(handlers(menu)).toEqual([]);
    expect(off.notification).toMatch(
      /^Автоматизация выключена. Удалено триггеров planbook: 1 \(правка плана\)/,
    );
    expect(facts(off.card!)['Автоматизация']).toBe('выключена');
  });

  for (const [button, menuItem, key] of [
    ['cardSyncCalendar', 'menuSyncCalendar', 'events'],
    ['cardSendReminders', 'menuSendReminders', 'mails'],
  ] as const) {
    it(`${button}: the same ${key} and message as ${menuItem}`, async () => {
      const [menu, card] = await twins(await seededWorkspace());
      await menu.call(menuItem);
      const r = await pressButton(card, button);
      expect(r.notification).toBe(lastAlert(menu));
      expect(r.card?.name).toBe('home');
      const list = (rt: Runtime) => (rt.status()[key] as unknown[] | undefined)?.length ?? -1;
      expect(list(card)).toBeGreaterThanOrEqual(key === 'events' ? 1 : 0);
      expect(list(card)).toBe(list(menu));
    });
  }

  it("report: last month's report, as the report menu item builds it for the month it is asked", async () => {
    const [menu, card] = await twins(await seededWorkspace());
    sheets(menu).ui.answers.push({ button: 'OK', text: '' });
    await menu.call('menuBuildReport');
    const r = await pressButton(card, 'cardBuildReport');
    // Each workspace makes its own document: the same sentence but for the new document's id.
    const sameDoc = (s: string) => s.replace(/\/document\/d\/[^/]+/, '/document/d/ID');
    expect(r.notification).toMatch(/^Отчёт за август 2026/);
    expect(sameDoc(r.notification)).toBe(sameDoc(lastAlert(menu)));
    const reports = (rt: Runtime) => (rt.status()['reports'] as unknown[] | undefined)?.length ?? -1;
    expect(reports(card)).toBe(reports(menu));
    expect(reports(card)).toBe(1);
  });
});
