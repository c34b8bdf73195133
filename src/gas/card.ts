// CardService adapter: the Workspace add-on's cards (R/card-service). The only code that builds cards.
// The Workspace add-on's side-panel card (CardService): one more face over the same use cases as the menu.
// It only lays out data the use cases return; every button names a top-level function of main.ts.
// Text widgets "support basic HTML formatting" (R/card-service/text-paragraph), so every text that came
// from the sheet (titles, names, the file's title) is escaped with cardText() wherever it is shown.

import type { Overview } from '../app/overview';
import { formatDayRu } from '../domain/days';
import { escapeHtml } from '../domain/html';
import { type TextId, t } from '../domain/texts/ui';
import type { Lang } from '../domain/types';

export type Card = GoogleAppsScript.Card_Service.Card;
export type ActionResponse = GoogleAppsScript.Card_Service.ActionResponse;
/** The add-on event object (G/add-ons/concepts/event-objects); every field may be missing. */
export type AddonEvent = Partial<GoogleAppsScript.Addons.EventObject>;

/** The card's buttons: label → top-level function of main.ts (a test checks each exists in the bundle). */
export const CARD_ACTIONS: { text: TextId; fn: string }[] = [
  { text: 'menuSync', fn: 'cardSyncCalendar' },
  { text: 'menuRemind', fn: 'cardSendReminders' },
  { text: 'cardReport', fn: 'cardBuildReport' },
  { text: 'menuCheck', fn: 'cardCheckPlan' },
  { text: 'menuAccess', fn: 'cardCheckAccess' },
];
export const CARD_AUTOMATION = {
  on: { text: 'menuOn', fn: 'cardAutomationOn' },
  off: { text: 'menuOff', fn: 'cardAutomationOff' },
} as const;
export const CARD_SETUP = { text: 'menuSetup', fn: 'cardSetup' } as const;
export const CARD_GRANT = { text: 'cardGrant', fn: 'cardRequestFileAccess' } as const;

/** Sheet text for a card text widget: shown as typed, never as markup. */
export function cardText(s: string): string {
  return escapeHtml(s);
}

function button(text: string, fn: string, filled = false): GoogleAppsScript.Card_Service.TextButton {
  const b = CardService.newTextButton()
    .setText(text)
    .setOnClickAction(CardService.newAction().setFunctionName(fn));
  return filled ? b.setTextButtonStyle(CardService.TextButtonStyle.FILLED) : b;
}

function fact(label: string, value: string | number): GoogleAppsScript.Card_Service.DecoratedText {
  return CardService.newDecoratedText()
    .setTopLabel(label)
    .setText(cardText(String(value)));
}

function header(lang: Lang, subtitle?: string): GoogleAppsScript.Card_Service.CardHeader {
  const h = CardService.newCardHeader().setTitle(t('cardTitle', lang));
  return subtitle ? h.setSubtitle(cardText(subtitle)) : h;
}

const NEXT_SHOWN = 5;

/** The homepage of a set-up plan: the plan at a glance and the actions. */
export function homeCard(d: Overview, lang: Lang, fileTitle?: string): GoogleAppsScript.Card_Service.Card {
  const glance = CardService.newCardSection()
    .setHeader(t('cardAtGlance', lang))
    .addWidget(fact(t('cardSchoolYear', lang), d.schoolYear))
    .addWidget(fact(t('cardRows', lang), d.rows))
    .addWidget(fact(t('cardProblemRows', lang), d.problemRows))
    .addWidget(fact(t('cardAutomation', lang), t(d.automationOn ? 'cardOn' : 'cardOff', lang)));
  if (d.mailQuota !== null) glance.addWidget(fact(t('cardMailQuota', lang), d.mailQuota));
  if (d.planProblems.length) glance.addWidget(fact(t('cardPlanProblems', lang), d.planProblems.join('; ')));

  const next = CardService.newCardSection().setHeader(t('cardNext', lang));
  if (d.upcoming.length === 0)
    next.addWidget(CardService.newTextParagraph().setText(cardText(t('cardNoNext', lang))));
  for (const u of d.upcoming.slice(0, NEXT_SHOWN)) {
    const when = u.start === u.end ? formatDayRu(u.start) : `${formatDayRu(u.start)} – ${formatDayRu(u.end)}`;
    const w = CardService.newDecoratedText()
      .setTopLabel(cardText(u.time ? `${when}, ${u.time}` : when))
      .setText(cardText(u.number ? `${u.number}. ${u.title}` : u.title))
      .setWrapText(true);
    next.addWidget(u.responsibles.length ? w.setBottomLabel(cardText(u.responsibles.join(', '))) : w);
  }

  const actions = CardService.newButtonSet();
  for (const a of CARD_ACTIONS) actions.addButton(button(t(a.text, lang), a.fn));
  const auto = d.automationOn ? CARD_AUTOMATION.off : CARD_AUTOMATION.on;
  actions.addButton(button(t(auto.text, lang), auto.fn, !d.automationOn));

  return CardService.newCardBuilder()
    .setName('home')
    .setHeader(header(lang, fileTitle))
    .addSection(glance)
    .addSection(next)
    .addSection(CardService.newCardSection().setHeader(t('cardActions', lang)).addWidget(actions))
    .build();
}

/** A card that says one thing, and offers one action when it has one (a filled button). */
function messageCard(
  name: string,
  head: GoogleAppsScript.Card_Service.CardHeader,
  text: string,
  action?: { label: string; fn: string },
): GoogleAppsScript.Card_Service.Card {
  const section = CardService.newCardSection().addWidget(
    CardService.newTextParagraph().setText(cardText(text)),
  );
  if (action) section.addWidget(CardService.newButtonSet().addButton(button(action.label, action.fn, true)));
  return CardService.newCardBuilder().setName(name).setHeader(head).addSection(section).build();
}

/** A spreadsheet that is not a plan yet: offer the same setup as the menu. */
export function setupCard(lang: Lang, fileTitle?: string): GoogleAppsScript.Card_Service.Card {
  const action = { label: t(CARD_SETUP.text, lang), fn: CARD_SETUP.fn };
  return messageCard('setup', header(lang, fileTitle), t('cardNotPlan', lang), action);
}

/**
 * Before the person allows access to the open file: the Workspace add-on asks for the drive.file scope
 * for this one file (G/add-ons/editors/gsao/editor-actions; R/card-service/editor-file-scope-action-response-builder).
 */
export function fileAccessCard(lang: Lang): GoogleAppsScript.Card_Service.Card {
  const action = { label: t(CARD_GRANT.text, lang), fn: CARD_GRANT.fn };
  return messageCard('access', header(lang), t('cardNeedAccess', lang), action);
}

/** When even the homepage cannot be read: the readable message, never a stack trace. */
export function errorCard(message: string, lang: Lang): GoogleAppsScript.Card_Service.Card {
  return messageCard('error', header(lang, t('cardErrorTitle', lang)), message);
}

/** An action's answer: a notification and, when it could be built, the updated card in place. */
export function actionResponse(
  message: string,
  card: GoogleAppsScript.Card_Service.Card | null,
): GoogleAppsScript.Card_Service.ActionResponse {
  const r = CardService.newActionResponseBuilder().setNotification(
    CardService.newNotification().setText(message),
  );
  if (card) r.setNavigation(CardService.newNavigation().updateCard(card));
  return r.build();
}

export function fileScopeRequest(): GoogleAppsScript.Card_Service.EditorFileScopeActionResponse {
  return CardService.newEditorFileScopeActionResponseBuilder().requestFileScopeForActiveDocument().build();
}
