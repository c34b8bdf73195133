// Texts people see in menus, dialogs, the Log and the CLI (problem texts live in texts.ts).
// Russian first; English when the user's locale or the Settings say so.
import type { Lang } from '../types';
import { fill } from './fill';

const T = {
  menuTitle: { ru: 'План мероприятий', en: 'Event plan' },
  menuSetup: { ru: 'Настроить таблицу…', en: 'Set up the sheet…' },
  menuImport: { ru: 'Импортировать план…', en: 'Import a plan…' },
  menuCheck: { ru: 'Проверить план', en: 'Check the plan' },
  menuSync: { ru: 'Обновить календарь сейчас', en: 'Sync the calendar now' },
  menuConfirmMass: { ru: 'Подтвердить удаление событий', en: 'Confirm deleting events' },
  menuRemind: { ru: 'Отправить напоминания сейчас', en: "Send today's reminders now" },
  menuPreview: { ru: 'Какие напоминания уйдут сегодня', en: "Preview today's reminders" },
  menuReport: { ru: 'Собрать отчёт за месяц…', en: "Build a month's report…" },
  menuYearReport: { ru: 'Собрать анализ за учебный год', en: "Build the school year's analysis" },
  menuRevoke: { ru: 'Отозвать все ссылки «Отметить результат»', en: 'Revoke all «Record the result» links' },
  menuOn: { ru: 'Включить автоматизацию', en: 'Turn automation on' },
  menuOff: { ru: 'Выключить автоматизацию', en: 'Turn automation off' },
  menuAccess: { ru: 'Проверка доступа', en: 'Access check' },
  menuStatus: { ru: 'Состояние', en: 'Status' },
  menuSettings: { ru: 'Настройки', en: 'Settings' },
  menuHelp: { ru: 'Справка', en: 'Help' },
  setupDone: {
    ru: 'Таблица готова: листы {sheets}. Заполните e-mail ответственных на листе «Ответственные».',
    en: 'The sheet is ready: {sheets}. Fill in the responsibles’ e-mails on the Responsibles sheet.',
  },
  checkDone: {
    ru: 'Строк в плане: {rows}. С проблемами: {problems}. Проблемы плана: {planProblems}.',
    en: 'Plan rows: {rows}. With problems: {problems}. Plan problems: {planProblems}.',
  },
  importDone: {
    ru: 'Импортировано строк: {added}. Уже были в плане: {skipped}. Новых ответственных: {roles}.',
    en: 'Rows imported: {added}. Already in the plan: {skipped}. New responsibles: {roles}.',
  },
  setupFix: { ru: 'Исправьте отмеченные поля.', en: 'Please fix the marked fields.' },
  setupSaved: { ru: 'Изменено настроек: {count}.', en: 'Settings changed: {count}.' },
  importNothing: { ru: 'В тексте не найдено ни одной строки плана.', en: 'No plan rows found in the text.' },
  notSetUp: {
    ru: 'Таблица ещё не настроена: выберите «План мероприятий → Настроить таблицу».',
    en: 'The sheet is not set up yet: choose "Event plan → Set up the sheet".',
  },
  busy: {
    ru: 'planbook уже выполняет другую операцию. Попробуйте через минуту.',
    en: 'planbook is busy with another run. Try again in a minute.',
  },
  logSetup: { ru: 'Настройка', en: 'Setup' },
  logImport: { ru: 'Импорт', en: 'Import' },
  logCheck: { ru: 'Проверка плана', en: 'Plan check' },
  // Reminders (src/app/remind.ts).
  logRemind: { ru: 'Напоминания', en: 'Reminders' },
  remindSent: {
    ru: 'Напоминания на {date}: отправлено писем — {sent}, пунктов в них — {items}.',
    en: 'Reminders for {date}: {sent:mail|mails} sent with {items:item|items}.',
  },
  remindNothing: {
    ru: 'Напоминания на {date}: сегодня отправлять нечего.',
    en: 'Reminders for {date}: nothing to send today.',
  },
  remindDeferred: {
    ru: ' Отложено на завтра (человек уже получил письмо сегодня): {count}.',
    en: ' Held for tomorrow (the person already got mail today): {count}.',
  },
  remindQuota: {
    ru: ' Дневная квота писем исчерпана: ещё {left:письмо уйдёт|письма уйдут|писем уйдут} при следующем запуске.',
    en: ' The daily mail quota is used up: {left:more mail goes|more mails go} out on the next run.',
  },
  remindBudget: {
    ru: ' Время запуска вышло: ещё {left:письмо уйдёт|письма уйдут|писем уйдут} при следующем запуске.',
    en: ' The run ran out of time: {left:more mail goes|more mails go} out on the next run.',
  },
  remindFailed: { ru: ' Не отправлено из-за ошибки: {list}.', en: ' Not sent because of an error: {list}.' },
  remindUnreachable: {
    ru: ' Не удалось напомнить по строкам с ошибками в e-mail: {count} (см. столбец «Проблемы»).',
    en: ' Reminders that reached nobody or not everyone: {count} (see the Problems column).',
  },
  remindNoOwner: {
    ru: ' Тестовый режим, но e-mail владельца неизвестен: впишите его в «Настройки».',
    en: ' Test mode is on, but the owner e-mail is unknown: set it in Settings.',
  },
  remindTest: {
    ru: ' Тестовый режим: все письма ушли владельцу плана ({owner}).',
    en: ' Test mode: all mail went to the plan owner ({owner}).',
  },
  remindPreview: {
    ru: 'Сегодня ({date}) ушло бы писем: {count}.',
    en: 'Today ({date}) {count:mail|mails} would go out.',
  },
  remindPreviewLine: { ru: '• {to}: {subject}', en: '• {to}: {subject}' },
  error: { ru: 'Ошибка: {message}', en: 'Error: {message}' },
  automationOnDone: {
    ru: 'Автоматизация включена. Новых триггеров: {count} ({what}). Календарь обновляется при правке плана и каждое утро, напоминания — каждое утро, отчёт — 1-го числа.',
    en: 'Automation is on. New triggers: {count} ({what}). The calendar follows edits and every morning, reminders go every morning, the report on the 1st.',
  },
  automationCardOnly: {
    ru: 'Календарь следует за правками плана. Напоминания и отчёт по расписанию дополнение не отправляет: у запуска по времени нет открытой таблицы. Нажимайте «Отправить напоминания сейчас» в карточке или установите planbook скриптом в таблицу (README).',
    en: 'The calendar follows edits of the plan. The add-on sends no scheduled reminders or report: a time-driven run has no open spreadsheet. Press "Send today\'s reminders now" on the card, or install planbook as the spreadsheet\'s script (README).',
  },
  automationOffDone: {
    ru: 'Автоматизация выключена. Удалено триггеров planbook: {count} ({what}). Чужие триггеры не тронуты.',
    en: 'Automation is off. planbook triggers removed: {count} ({what}). Other triggers were left alone.',
  },
  // calendar sync (app/sync.ts, domain/calendarPlan.ts)
  calNoTitle: { ru: '(без названия)', en: '(untitled)' },
  calDeadline: { ru: 'Срок: {title}', en: 'Due: {title}' },
  calWeekly: { ru: '{title} (еженедельно)', en: '{title} (weekly)' },
  calMonthly: { ru: '{title} (ежемесячно)', en: '{title} (monthly)' },
  calHeld: { ru: '✓ {title}', en: '✓ {title}' },
  calMoved: { ru: 'Перенесено: {title}', en: 'Moved: {title}' },
  calPlanned: { ru: 'запланировано', en: 'planned' },
  calDescWho: { ru: 'Ответственные: {who}', en: 'Responsible: {who}' },
  calDescWhen: { ru: 'Сроки: {when}', en: 'When: {when}' },
  calDescPlace: { ru: 'Место: {place}', en: 'Place: {place}' },
  calDescClasses: { ru: 'Классы: {classes}', en: 'Classes: {classes}' },
  calDescSection: { ru: 'Раздел: {section}', en: 'Section: {section}' },
  calDescStatus: { ru: 'Статус: {status}', en: 'Status: {status}' },
  calDescPlan: { ru: 'План: {url}', en: 'Plan: {url}' },
  calendarDescription: {
    ru: 'План мероприятий школы (planbook). События ведёт таблица плана; правьте план, а не календарь.',
    en: "The school's event plan (planbook). The plan sheet keeps these events; edit the plan, not the calendar.",
  },
  syncOk: { ru: '✓ в календаре ({count})', en: '✓ in the calendar ({count})' },
  syncSeries: { ru: '✓ в календаре (повторяющееся)', en: '✓ in the calendar (recurring)' },
  syncNoDate: { ru: 'без даты — не в календаре', en: 'no date — not in the calendar' },
  syncCancelled: { ru: 'отменено — не в календаре', en: 'cancelled — not in the calendar' },
  syncPending: { ru: 'ждёт обновления календаря', en: 'waiting for the calendar sync' },
  syncError: { ru: 'ошибка календаря: {message}', en: 'calendar error: {message}' },
  logSync: { ru: 'Календарь', en: 'Calendar' },
  syncDone: {
    ru: 'Календарь обновлён: создано {created}, изменено {updated}, восстановлено {restored}, удалено {deleted}, без изменений {skipped}.',
    en: 'Calendar synced: {created} created, {updated} updated, {restored} restored, {deleted} deleted, {skipped} unchanged.',
  },
  syncStopped: {
    ru: 'Обновление календаря приостановлено ({reason}); осталось действий: {left}. Продолжение — автоматически.',
    en: 'Calendar sync paused ({reason}); actions left: {left}. It will continue automatically.',
  },
  syncStoppedCard: {
    ru: 'Обновление календаря приостановлено ({reason}); осталось действий: {left}. Нажмите «Обновить календарь сейчас» ещё раз, чтобы продолжить.',
    en: 'Calendar sync paused ({reason}); actions left: {left}. Press "Sync the calendar now" again to continue.',
  },
  syncReasonTime: { ru: 'время выполнения на исходе', en: 'running out of time' },
  syncReasonRate: {
    ru: 'Google ограничил частоту изменений календаря',
    en: 'Google rate-limited calendar changes',
  },
  syncRestored: {
    ru: 'Событие «{title}» (строка {row}) было удалено в календаре — создано снова: план главнее.',
    en: 'Event "{title}" (row {row}) was deleted in the calendar and has been made again: the plan is the truth.',
  },
  syncCalendarCreated: {
    ru: 'Создан календарь «{name}» (ID {id}). Поделитесь им с сотрудниками в настройках Google Календаря.',
    en: 'Created the calendar "{name}" (ID {id}). Share it with staff in Google Calendar settings.',
  },
  syncCalendarMaybeLost: {
    ru: 'Предыдущий запуск прервался при создании календаря; если в Google Календаре есть пустой календарь «{name}», удалите его.',
    en: 'An earlier run stopped while creating the calendar; if Google Calendar shows an empty calendar "{name}", delete it.',
  },
  syncRowError: { ru: 'Строка {row}: {message}', en: 'Row {row}: {message}' },
  // The Workspace add-on card (src/ui/card.ts).
  cardTitle: { ru: 'План мероприятий', en: 'Event plan' },
  cardAtGlance: { ru: 'План коротко', en: 'At a glance' },
  cardSchoolYear: { ru: 'Учебный год', en: 'School year' },
  cardRows: { ru: 'Строк в плане', en: 'Plan rows' },
  cardProblemRows: { ru: 'Строк с проблемами', en: 'Rows with problems' },
  cardPlanProblems: { ru: 'Проблемы плана', en: 'Plan problems' },
  cardMailQuota: { ru: 'Писем можно отправить сегодня (адресатов)', en: 'Mail left today (recipients)' },
  cardAutomation: { ru: 'Автоматизация', en: 'Automation' },
  cardOn: { ru: 'включена', en: 'on' },
  cardOff: { ru: 'выключена', en: 'off' },
  cardNext: { ru: 'Ближайшие мероприятия', en: 'Next events' },
  cardNoNext: {
    ru: 'В ближайшие две недели мероприятий с датами нет.',
    en: 'No dated events in the next two weeks.',
  },
  cardActions: { ru: 'Действия', en: 'Actions' },
  cardReport: { ru: 'Отчёт за прошлый месяц', en: "Last month's report" },
  cardNotPlan: {
    ru: 'Эта таблица ещё не план мероприятий. planbook добавит листы «План», «Ответственные», «Настройки» и «Журнал»; то, что уже есть в таблице, не изменится.',
    en: 'This spreadsheet is not an event plan yet. planbook will add the Plan, Responsibles, Settings and Log sheets; what is already here stays as it is.',
  },
  cardNeedAccess: {
    ru: 'Чтобы показать план, planbook нужен доступ к этой таблице — только к ней, не ко всему Диску.',
    en: 'To show the plan, planbook needs access to this spreadsheet — only this one, not your whole Drive.',
  },
  cardGrant: { ru: 'Разрешить доступ к таблице', en: 'Allow access to this spreadsheet' },
  cardErrorTitle: { ru: 'Не получилось', en: 'Something went wrong' },
} as const;

export type TextId = keyof typeof T;

export function t(id: TextId, lang: Lang, params: Record<string, string | number> = {}): string {
  return fill(T[id][lang], params);
}

export { fill } from './fill';

/** ru unless the locale says English (Session.getActiveUserLocale(): 'en', 'en_US', …). */
export function langOfLocale(locale: string | null | undefined): Lang {
  return (locale ?? '').toLowerCase().startsWith('en') ? 'en' : 'ru';
}

/** Every template of this module, for the typography and grammar test (test/domain/texts.test.ts). */
export const UI_TEXTS: Record<string, { ru: string; en: string }> = T;
