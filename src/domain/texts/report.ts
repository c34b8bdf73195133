// The monthly report's texts (src/domain/texts/, beside the menus' and problems'). Russian first; English
// when the Settings say so.
import { STATUSES } from '../columns';
import type { Lang, Status } from '../types';
import { monthName } from './months';
import { fill } from './ui';

const R = {
  docName: { ru: '{month} Отчёт о совместных мероприятиях', en: '{month} Report on joint events' },
  title: {
    ru: 'Отчёт о совместных мероприятиях за {monthName} {year} г.',
    en: 'Report on joint events for {monthName} {year}',
  },
  school: { ru: 'Образовательная организация: {school}', en: 'School: {school}' },
  partner: { ru: 'Партнёр: {partner}', en: 'Partner: {partner}' },
  schoolYear: { ru: 'Учебный год: {year}', en: 'School year: {year}' },
  built: { ru: 'Отчёт сформирован {date}.', en: 'Built on {date}.' },
  summaryHeading: { ru: 'Итоги месяца', en: 'The month in brief' },
  summary: {
    ru: 'Мероприятий в плане на месяц: {planned}. Проведено: {held}. Перенесено: {moved}. Отменено: {cancelled}. Ещё без итогов: {noResult}.',
    en: 'Events planned for the month: {planned}. Held: {held}. Moved: {moved}. Cancelled: {cancelled}. No results yet: {noResult}.',
  },
  eventsHeading: { ru: 'Мероприятия месяца', en: 'Events of the month' },
  noEvents: { ru: 'На этот месяц в плане мероприятий нет.', en: 'The plan has no events for this month.' },
  ongoingHeading: { ru: 'В течение года', en: 'Throughout the year' },
  ongoingIntro: {
    ru: 'Мероприятия без определённого месяца, которые идут весь учебный год:',
    en: 'Items without a particular month that run the whole school year:',
  },
  noOngoing: { ru: 'Таких мероприятий в плане нет.', en: 'The plan has no such items.' },
  missingHeading: { ru: 'Ещё не внесены итоги', en: 'Results still missing' },
  missingIntro: {
    ru: 'Мероприятия учебного года, срок которых прошёл, а итоги в план ещё не внесены, — по ответственным:',
    en: 'Events of the school year that are over but have no results in the plan yet, by responsible:',
  },
  noMissing: { ru: 'Итоги всех прошедших мероприятий внесены.', en: 'All past events have their results.' },
  nextHeading: { ru: 'План на {monthName} {year} г.', en: 'Plan for {monthName} {year}' },
  noNext: { ru: 'На следующий месяц мероприятий в плане нет.', en: 'The plan has no events for next month.' },
  yearHeading: { ru: 'Учебный год по месяцам', en: 'The school year month by month' },
  yearNote: {
    ru: 'Шкала: █ — проведено, ░ — запланировано, но не проведено.',
    en: 'Bar: █ held, ░ planned but not held.',
  },
  problemsHeading: { ru: 'Строки плана с проблемами', en: 'Plan rows with problems' },
  problemsIntro: {
    ru: 'Эти строки плана не удалось учесть полностью; исправьте их в таблице плана:',
    en: 'These plan rows could not be fully taken into account; fix them in the plan sheet:',
  },
  noProblems: { ru: 'Проблем в плане нет.', en: 'The plan has no problems.' },
  colNo: { ru: '№', en: 'No.' },
  colEvent: { ru: 'Мероприятие', en: 'Event' },
  colDates: { ru: 'Сроки', en: 'When' },
  colResponsibles: { ru: 'Ответственные', en: 'Responsible' },
  colStatus: { ru: 'Статус', en: 'Status' },
  colResults: { ru: 'Итоги', en: 'Results' },
  colParticipants: { ru: 'Участников', en: 'Participants' },
  colPerson: { ru: 'Ответственный', en: 'Responsible' },
  colEvents: { ru: 'Мероприятия без итогов', en: 'Events without results' },
  colMonth: { ru: 'Месяц', en: 'Month' },
  colPlanned: { ru: 'В плане', en: 'Planned' },
  colHeld: { ru: 'Проведено', en: 'Held' },
  colMoved: { ru: 'Перенесено', en: 'Moved' },
  colCancelled: { ru: 'Отменено', en: 'Cancelled' },
  colNoResult: { ru: 'Без итогов', en: 'No results' },
  colBar: { ru: 'Выполнение', en: 'Done' },
  colRow: { ru: 'Строка', en: 'Row' },
  colProblem: { ru: 'Проблема', en: 'Problem' },
  planProblems: { ru: 'Проблемы плана в целом: {list}', en: 'Problems of the plan as a whole: {list}' },
  signature: {
    ru: 'Ответственный за план: ____________________ / ____________________ /',
    en: 'Responsible for the plan: ____________________ / ____________________ /',
  },
  // Messages about building and sending.
  built1: {
    ru: 'Отчёт за {monthName} {year} г. готов: {url}',
    en: 'The report for {monthName} {year} is ready: {url}',
  },
  mailSubject: {
    ru: 'Отчёт о совместных мероприятиях за {monthName} {year} г.',
    en: 'Report on joint events, {monthName} {year}',
  },
  mailBody: {
    ru: 'Здравствуйте!\n\nОтчёт о совместных мероприятиях за {monthName} {year} г. готов: {url}\n{pdf}\nПисьмо отправлено автоматически из плана мероприятий (planbook).',
    en: 'Hello,\n\nThe report on joint events for {monthName} {year} is ready: {url}\n{pdf}\nThis message was sent automatically from the event plan (planbook).',
  },
  mailPdf: { ru: 'PDF-версия во вложении.\n', en: 'A PDF copy is attached.\n' },
  mailed: { ru: 'Ссылка отправлена: {to}.', en: 'Link sent to: {to}.' },
  badMonth: {
    ru: 'Месяц «{month}» не понят: напишите его как 2026-10 (год-месяц).',
    en: 'Cannot read the month «{month}»: write it as 2026-10 (year-month).',
  },
  promptMonth: {
    ru: 'За какой месяц собрать отчёт? Напишите год и месяц, например {example}.',
    en: 'Which month should the report cover? Write year and month, e.g. {example}.',
  },
  folderFallback: {
    ru: 'Папку отчётов «{folder}» открыть не удалось, отчёт оставлен в корне Диска.',
    en: 'Could not open the report folder «{folder}»; the report stays in the root of Drive.',
  },
  logReport: { ru: 'Отчёт', en: 'Report' },
} as const;

export type ReportTextId = keyof typeof R;

export function rt(id: ReportTextId, lang: Lang, params: Record<string, string | number> = {}): string {
  return fill(R[id][lang], params);
}

/** Short month name for the year table: «сен», «Sep». */
export function monthShort(month: number, lang: Lang): string {
  const name = monthName(month, lang);
  return lang === 'ru' ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

export function statusName(s: Status, lang: Lang): string {
  return STATUSES[s][lang];
}

/** Every template of this module, for the typography and grammar test (test/domain/texts.test.ts). */
export const REPORT_TEXTS: Record<string, { ru: string; en: string }> = R;
