// planbook card: the Workspace add-on's side-panel card for the workspace's spreadsheet, as Google Sheets
// would ask for it (the homepage trigger with a Sheets event object), or one of its buttons pressed.
import { writeFileSync } from 'node:fs';
import type { Runtime } from '../../localgas/runtime';
import { type ActionResponseJson, type CardJson, jsonOf } from '../../localgas/services/card';
import { renderCardHtml, renderCardText } from '../../localgas/services/cardRender';
import type { SpreadsheetService } from '../../localgas/services/spreadsheet';
import { cliText } from '../texts';
import { runEntry } from './script';
import { CliError, type Command } from './types';

/** The function addOns.sheets.homepageTrigger names (appsscript.addon.json). */
export const HOMEPAGE_FUNCTION = 'addonHome';

/**
 * The event object Sheets passes to a Workspace add-on once the person has granted drive.file for the
 * file (G/add-ons/concepts/event-objects): commonEventObject plus sheets {id, title, addonHasFileScopePermission}.
 */
export function sheetsEvent(
  rt: Runtime,
  opts: { fileAccess?: boolean; parameters?: Record<string, string> } = {},
) {
  const book = rt.service<SpreadsheetService>('spreadsheet').book;
  const access = opts.fileAccess !== false;
  return {
    commonEventObject: {
      hostApp: 'SHEETS',
      platform: 'WEB',
      userLocale: rt.ctx.session.locale,
      timeZone: { id: rt.ctx.session.timeZone, offset: '0' },
      parameters: opts.parameters ?? {},
      formInputs: {},
    },
    sheets: access
      ? { id: book.id, title: book.name, addonHasFileScopePermission: true }
      : { addonHasFileScopePermission: false },
  };
}

/** The homepage card: what addonHome returns (an array of cards; the panel shows the first). */
export async function homepageCard(rt: Runtime, fileAccess = true): Promise<CardJson> {
  const cards = await runEntry(rt, HOMEPAGE_FUNCTION, sheetsEvent(rt, { fileAccess }));
  const first = Array.isArray(cards) ? cards[0] : cards;
  if (!first) throw new CliError(`${HOMEPAGE_FUNCTION} не вернул ни одной карточки.`);
  return jsonOf<CardJson>(first);
}

/** Presses a card button: runs its function with the event, returns the notification and the new card. */
export async function pressButton(
  rt: Runtime,
  fn: string,
): Promise<{ response: ActionResponseJson; card: CardJson | null; notification: string }> {
  const response = jsonOf<ActionResponseJson>(await runEntry(rt, fn, sheetsEvent(rt)));
  const card = response.navigations?.map((n) => n.updateCard ?? n.pushCard).find(Boolean) ?? null;
  return { response, card, notification: response.notification?.text ?? '' };
}

/** Every function a card's buttons call. */
export function cardButtons(card: CardJson): { text: string; fn: string }[] {
  const out: { text: string; fn: string }[] = [];
  for (const s of card.sections) {
    for (const w of s.widgets) {
      if ('buttonList' in w) {
        for (const b of w.buttonList.buttons)
          if (b.onClick) out.push({ text: b.text, fn: b.onClick.action.function });
      }
    }
  }
  return out;
}

export const card: Command = {
  name: 'card',
  usage: 'planbook card [--action ФУНКЦИЯ] [--html ФАЙЛ]',
  summary: 'карточка дополнения Google Workspace (боковая панель Таблиц); --action нажимает её кнопку',
  summaryEn: "the Google Workspace add-on's card (the Sheets side panel); --action presses its button",
  options: [
    {
      name: 'action',
      value: 'ФУНКЦИЯ',
      help: {
        ru: 'нажать кнопку карточки (cardCheckPlan…)',
        en: 'press a button of the card (cardCheckPlan…)',
      },
    },
    {
      name: 'html',
      value: 'ФАЙЛ',
      help: { ru: 'записать карточку страницей HTML', en: 'write the card as an HTML page' },
    },
  ],
  async run(args, io, open) {
    const rt = await open();
    const action = args.flags['action'];
    const htmlFile = args.flags['html'];
    let shown: CardJson;
    let note: string | undefined;
    if (typeof action === 'string') {
      const home = await homepageCard(rt);
      const known = cardButtons(home).map((b) => b.fn);
      if (!known.includes(action)) {
        const list = known.length ? known.join(', ') : '—';
        throw new CliError(`На карточке нет кнопки «${action}». Есть: ${list}`, 2);
      }
      const r = await pressButton(rt, action);
      note = r.notification;
      io.out(`${cliText(args.lang)('cardNote')}: ${note || '—'}`);
      if (r.response.requestFileScopeForActiveDocument) io.out(cliText(args.lang)('cardFileScope'));
      if (!r.card) return 0;
      io.out('');
      shown = r.card;
    } else shown = await homepageCard(rt);
    io.out(renderCardText(shown));
    if (typeof htmlFile === 'string') {
      writeFileSync(htmlFile, renderCardHtml(shown, note));
      io.out(`\nHTML: ${htmlFile}`);
    }
    return 0;
  },
};
