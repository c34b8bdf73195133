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
  // The year's analysis.
  yearDocName: {
    ru: '{year} Анализ совместных мероприятий за учебный год',
    en: '{year} Analysis of joint events for the school year',
  },
  yearTitle: {
    ru: 'Анализ совместных мероприятий за {year} учебный год',
    en: 'Analysis of joint events for the {year} school year',
  },
  yearSummaryHeading: { ru: 'Итоги учебного года', en: 'The year in brief' },
  yearSummary: {
    ru: 'Мероприятий в плане: {planned}. Проведено: {held} из {planned} ({done}). Перенесено: {moved}. Отменено: {cancelled}. Без итогов: {noResult}. Участников: {participants}. Ссылок на публикации и фотоотчёты: {links}.',
    en: 'Events in the plan: {planned}. Held: {held} of {planned} ({done}). Moved: {moved}. Cancelled: {cancelled}. No results: {noResult}. Participants: {participants}. Links to publications and photo reports: {links}.',
  },
  sectionsHeading: { ru: 'По разделам (модулям) плана', en: 'By section (module) of the plan' },
  noSection: { ru: 'Без раздела', en: 'No section' },
  colSection: { ru: 'Раздел', en: 'Section' },
  colMovedCancelled: { ru: 'Перенесено / отменено', en: 'Moved / cancelled' },
  colPeople: { ru: 'Участников', en: 'Participants' },
  monthsHeading: { ru: 'По месяцам', en: 'By month' },
  yearMissingHeading: {
    ru: 'Приложение. Итоги не внесены (по ответственным)',
    en: 'Appendix. Results not recorded (by responsible)',
  },
  yearBuilt1: {
    ru: 'Анализ за {year} учебный год готов: {url}',
    en: 'The analysis of the {year} school year is ready: {url}',
  },
  badYear: {
    ru: 'Учебный год «{year}» не понят: напишите его как 2026-2027.',
    en: 'Cannot read the school year «{year}»: write it as 2026-2027.',
  },
  summaryHeading: { ru: 'Итоги месяца', en: 'The month in brief' },
  summary: {
    ru: 'Мероприятий в плане на месяц: {planned}. Проведено: {held} из {planned} ({done}). Перенесено: {moved}. Отменено: {cancelled}. Ещё без итогов: {noResult}. Участников проведённых мероприятий: {participants}. Ссылок на публикации и фотоотчёты: {links}.',
    en: 'Events planned for the month: {planned}. Held: {held} of {planned} ({done}). Moved: {moved}. Cancelled: {cancelled}. No results yet: {noResult}. Participants of the events held: {participants}. Links to publications and photo reports: {links}.',
  },
  publicationsHeading: { ru: 'Публикации и фотоотчёты', en: 'Publications and photo reports' },
  noPublications: {
    ru: 'Ссылок на публикации и фотоотчёты в плане нет.',
    en: 'The plan has no links to publications or photo reports.',
  },
  colLink: { ru: 'Ссылка', en: 'Link' },
  eventsHeading: { ru: 'Мероприятия месяца', en: 'Events of the month' },
  noEvents: { ru: 'На этот месяц в плане мероприятий нет.', en: 'The plan has no events for this month.' },
  ongoingHeading: {
    ru: 'В течение года (без определённого месяца)',
    en: 'Throughout the year (no particular month)',
  },
  noOngoing: { ru: 'Таких мероприятий в плане нет.', en: 'The plan has no such items.' },
  missingHeading: {
    ru: 'Срок прошёл, итоги не внесены (по ответственным)',
    en: 'Over, results not recorded yet (by responsible)',
  },
  noMissing: { ru: 'Итоги всех прошедших мероприятий внесены.', en: 'All past events have their results.' },
  nextHeading: { ru: 'План на {monthName} {year} г.', en: 'Plan for {monthName} {year}' },
  noNext: { ru: 'На следующий месяц мероприятий в плане нет.', en: 'The plan has no events for next month.' },
  yearHeading: {
    ru: 'Учебный год по месяцам (выполнение — проведено из запланированного)',
    en: 'The school year month by month (done: held of planned)',
  },
  yearNote: {
    ru: 'Выполнение — доля проведённых из всех запланированных на месяц (перенесённые и отменённые не считаются проведёнными): █ — проведено, ░ — нет.',
    en: 'Done: the share of the month’s planned events that were held (moved and cancelled ones are not held): █ held, ░ not.',
  },
  problemsHeading: {
    ru: 'Приложение. Строки плана с проблемами (исправьте их в таблице)',
    en: 'Appendix. Plan rows with problems (fix them in the sheet)',
  },
  participantsLine: { ru: 'участников: {n}', en: 'participants: {n}' },
  noProblems: { ru: 'Проблем в плане нет.', en: 'The plan has no problems.' },
  colNo: { ru: '№', en: 'No.' },
  colEvent: { ru: 'Мероприятие', en: 'Event' },
  colDates: { ru: 'Сроки', en: 'When' },
  colResponsibles: { ru: 'Ответственные', en: 'Responsible' },
  colStatus: { ru: 'Статус', en: 'Status' },
  colResults: { ru: 'Итоги', en: 'Results' },
  colResultsLinks: { ru: 'Итоги и публикации', en: 'Results and publications' },
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
    ru: 'Ответственный за план: ______________ / ______________ /',
    en: 'Responsible for the plan: ______________ / ______________ /',
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
