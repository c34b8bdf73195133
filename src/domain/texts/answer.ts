// Texts of the «Отметить результат» page (the web app) and of its links in mails. Russian first.
import type { Lang } from '../types';
import { fill } from './ui';

const A = {
  pageTitle: { ru: 'Итоги мероприятия', en: 'Event results' },
  linkText: { ru: 'Отметить результат', en: 'Record the result' },
  linkLine: { ru: 'Отметить результат: {url}', en: 'Record the result: {url}' },
  when: { ru: 'Когда', en: 'When' },
  place: { ru: 'Место', en: 'Place' },
  classes: { ru: 'Классы', en: 'Classes' },
  responsibles: { ru: 'Ответственные', en: 'Responsible' },
  status: { ru: 'Статус', en: 'Status' },
  results: { ru: 'Итоги', en: 'Results' },
  resultsHint: {
    ru: 'Что прошло, кто участвовал, чем закончилось — как для отчёта.',
    en: 'What happened, who took part, the outcome — as for the report.',
  },
  participants: { ru: 'Участников', en: 'Participants' },
  publication: { ru: 'Ссылка на публикацию или фотоотчёт', en: 'Link to the publication or photo report' },
  publicationHint: {
    ru: 'Страница школы во ВКонтакте или Одноклассниках, сайт; несколько ссылок — через пробел.',
    en: "The school's social media page or site; several links separated by spaces.",
  },
  save: { ru: 'Сохранить', en: 'Save' },
  saved: {
    ru: 'Сохранено в плане {time}. Если нужно, исправьте и сохраните ещё раз.',
    en: 'Saved in the plan at {time}. Correct and save again if needed.',
  },
  recorded: { ru: 'Сейчас в плане записано', en: 'Now recorded in the plan' },
  empty: { ru: 'не указано', en: 'not given' },
  footer: {
    ru: 'Страница плана мероприятий (planbook). Ссылка личная: не пересылайте её.',
    en: 'A page of the event plan (planbook). The link is personal: do not forward it.',
  },
  // Form errors.
  badStatus: { ru: 'Выберите статус из списка.', en: 'Choose a status from the list.' },
  tooLong: {
    ru: 'Слишком длинно: не больше {max:знака|знаков|знаков}.',
    en: 'Too long: at most {max:character|characters}.',
  },
  badNumber: {
    ru: 'Число участников — целое число от 0 до 100 000.',
    en: 'Participants is a whole number from 0 to 100,000.',
  },
  badLink: {
    ru: 'Ссылка должна начинаться с https:// или http://.',
    en: 'A link must start with https:// or http://.',
  },
  notSaved: {
    ru: 'Ничего не сохранено: поправьте отмеченные поля.',
    en: 'Nothing was saved: correct the marked fields.',
  },
  // Pages that write nothing.
  badLinkTitle: { ru: 'Ссылка недействительна', en: 'The link is not valid' },
  badLinkText: {
    ru: 'Ссылка повреждена или все ссылки плана были отозваны. Ничего не изменено. Откройте последнее письмо-напоминание или впишите итоги прямо в таблицу плана.',
    en: 'The link is damaged, or all links of the plan were revoked. Nothing was changed. Open the latest reminder or type the results into the plan sheet.',
  },
  expiredTitle: { ru: 'Срок действия ссылки истёк', en: 'The link has expired' },
  expiredText: {
    ru: 'Ссылка действовала до {date}. Ничего не изменено. Впишите итоги прямо в таблицу плана или попросите ответственного за план прислать новую ссылку.',
    en: 'The link worked until {date}. Nothing was changed. Type the results into the plan sheet, or ask the plan’s owner for a new link.',
  },
  goneTitle: { ru: 'Мероприятие не найдено', en: 'Event not found' },
  goneText: {
    ru: 'Этой строки больше нет в плане (её удалили). Ничего не изменено.',
    en: 'This row is no longer in the plan (it was deleted). Nothing was changed.',
  },
  notYoursTitle: { ru: 'Ссылка не для этого мероприятия', en: 'Not your event any more' },
  notYoursText: {
    ru: 'Ответственные за это мероприятие изменились, и ссылка больше не действует. Ничего не изменено.',
    en: 'The responsibles of this event changed, so the link no longer works. Nothing was changed.',
  },
  busyTitle: { ru: 'План сейчас занят', en: 'The plan is busy' },
  busyText: {
    ru: 'План обновляется другой задачей. Ничего не изменено: вернитесь назад и сохраните ещё раз через минуту.',
    en: 'Another task is updating the plan. Nothing was changed: go back and save again in a minute.',
  },
  notSetUpTitle: { ru: 'План не настроен', en: 'The plan is not set up' },
  notSetUpText: {
    ru: 'Таблица плана ещё не настроена. Ничего не изменено.',
    en: 'The plan sheet is not set up yet. Nothing was changed.',
  },
  // The Log and the menu.
  logAnswer: { ru: 'Итоги по ссылке', en: 'Results by link' },
  logAnswerLine: {
    ru: 'Строка {row}{number} «{title}»: {fields}. Внёс(ла): {person}.',
    en: 'Row {row}{number} «{title}»: {fields}. By: {person}.',
  },
  logRefused: {
    ru: 'Отклонена ссылка ({reason}); ничего не изменено.',
    en: 'A link was refused ({reason}); nothing was changed.',
  },
  revoked: {
    ru: 'Все ссылки «Отметить результат» из отправленных писем отозваны: они больше не работают. В новых письмах будут новые ссылки.',
    en: 'All «Record the result» links in mails sent so far are revoked and no longer work. New mails carry new links.',
  },
  revokeConfirm: {
    ru: 'Отозвать все ссылки «Отметить результат» из уже отправленных писем? Они перестанут работать; итоги можно будет внести в таблицу или по ссылкам из новых писем.',
    en: 'Revoke all «Record the result» links in mails already sent? They will stop working; results can still be typed into the sheet or sent through links in new mails.',
  },
  menuRevoke: { ru: 'Отозвать все ссылки', en: 'Revoke all links' },
} as const;

export type AnswerTextId = keyof typeof A;

export function at(id: AnswerTextId, lang: Lang, params: Record<string, string | number> = {}): string {
  return fill(A[id][lang], params);
}

/** Every template of this module, for the typography and grammar test (test/domain/texts.test.ts). */
export const ANSWER_TEXTS: Record<string, { ru: string; en: string }> = A;
