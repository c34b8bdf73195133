// The menu and the dialogs through the built bundle: what onOpen adds, what each menu item shows
// (HtmlService templates evaluated by the emulator's fake), and that sheet text is printed escaped.
import { describe, expect, it } from 'vitest';
import { callScript } from '../../cli/api';
import type { UiFake } from '../../localgas/services/ui';
import { openRuntime } from '../helpers';

const XSS = '<img src=x onerror=alert(1)>';
const ui = (rt: Awaited<ReturnType<typeof openRuntime>>) =>
  (rt.service('spreadsheet') as unknown as { ui: UiFake }).ui;

describe('menu', () => {
  it('lists the items in the order of the issue', async () => {
    const rt = await openRuntime();
    await rt.call('onOpen', { authMode: 'LIMITED' });
    const fns = ui(rt)
      .menus[0]!.items.map((i) => i.functionName)
      .filter(Boolean);
    const order = [
      'menuSetup',
      'menuImport',
      'menuCheckPlan',
      'menuSyncCalendar',
      'menuSendReminders',
      'menuPreviewReminders',
      'menuBuildReport',
      'menuAutomationOn',
      'menuAutomationOff',
      'menuSettings',
      'menuHelp',
    ];
    const present = order.filter((f) => fns.includes(f));
    expect(present.slice(0, 4)).toEqual(['menuSetup', 'menuImport', 'menuCheckPlan', 'menuSyncCalendar']);
    expect(fns.filter((f) => order.includes(f))).toEqual(present);
    expect(fns).toContain('menuStatus');
  });

  it('as an Editor add-on (onInstall, or onOpen in AuthMode.NONE) the same items under Extensions', async () => {
    const rt = await openRuntime();
    await rt.call('onOpen', { authMode: 'LIMITED' });
    const bound = ui(rt).menus[0]!.items;
    await rt.call('onInstall', { authMode: 'FULL' });
    const installed = ui(rt).menus.at(-1)!;
    expect(installed.addon).toBe(true);
    expect(installed.items).toEqual(bound);
    await rt.call('onOpen', { authMode: 'NONE' });
    expect(ui(rt).menus.at(-1)!.addon).toBe(true);
  });
});

describe('dialogs', () => {
  it('«Set up the sheet…» shows the wizard; saving writes the typed values and prints them escaped later', async () => {
    const rt = await openRuntime();
    await rt.call('menuSetup');
    const d = ui(rt).dialogs.at(-1)!;
    expect(d.kind).toBe('modal');
    expect(d.title).toBe('Настройка плана мероприятий');
    expect(d.html).toContain('value="2026–2027"');
    expect(d.html).not.toMatch(/<\?/);

    const bad = await callScript(rt, 'saveSetup', {
      schoolYear: 'когда-нибудь',
      calendarMode: 'existing',
      ownerEmail: 'x',
    });
    expect(bad.ok).toBe(false);
    expect(Object.keys(bad.errors).sort()).toEqual(['calendarId', 'ownerEmail', 'schoolYear']);

    const ok = await callScript(rt, 'saveSetup', {
      schoolName: XSS,
      partnerName: 'Библиотека «Лад»',
      schoolYear: '2026/27',
      calendarMode: 'new',
      calendarName: 'План',
      leadDays: '3',
      ownerEmail: 'owner@example.org',
      testMode: true,
    });
    expect(ok.ok).toBe(true);
    expect(ok.written).toEqual(
      expect.arrayContaining(['schoolName', 'partnerName', 'schoolYear', 'leadDays', 'testMode']),
    );

    await rt.call('menuSettings');
    const s = ui(rt).dialogs.at(-1)!;
    expect(s.title).toBe('Настройки');
    // The wizard has the partner field, filled with what was saved (escaped like every sheet text).
    expect(s.html).toContain('<label for="partnerName">Партнёр</label>');
    expect(s.html).toContain('value="Библиотека «Лад»"');
    expect(s.html).toContain('value="&lt;img src=x onerror=alert(1)&gt;"');
    expect(s.html).not.toContain(XSS);

    await rt.call('menuHelp');
    const h = ui(rt).dialogs.at(-1)!;
    expect(h.html).toContain('<td>&lt;img src=x onerror=alert(1)&gt;</td>');
    expect(h.html).not.toContain(XSS);
  });

  it('the status sidebar and the import dialog open; the sidebar data is plain (no Date objects)', async () => {
    const rt = await openRuntime();
    await rt.call('setupSheets');
    await rt.call('importPlan', `1. ${XSS} – сентябрь, директор.\n2. Вечер – 05.09.2026, завуч.`);
    await rt.call('menuStatus');
    expect(ui(rt).dialogs.at(-1)!.kind).toBe('sidebar');
    await rt.call('menuImport');
    expect(ui(rt).dialogs.at(-1)!.title).toBe('Импорт плана');
    const data = await callScript(rt, 'getSidebar');
    expect(data.upcoming.map((u) => u.title)).toEqual([XSS, 'Вечер']);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(data.automation.on).toBe(false);
  });

  it('an English locale gets English dialogs before setup', async () => {
    const rt = await openRuntime({ session: { locale: 'en_US' } });
    await rt.call('menuHelp');
    expect(ui(rt).dialogs.at(-1)!.title).toBe('Help');
  });
});
