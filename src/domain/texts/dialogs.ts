// Texts of the dialogs and the sidebar (src/ui/*.html), Russian first. Each dialog gets its own
// dictionary as a template property; the client reads the few texts it builds at run time from it.
import type { Lang } from '../types';

type Texts = Record<string, { ru: string; en: string }>;

const COMMON: Texts = {
  close: { ru: 'Закрыть', en: 'Close' },
  working: { ru: 'Подождите…', en: 'Please wait…' },
  failed: { ru: 'Не получилось', en: 'Failed' },
};

const SETUP: Texts = {
  title: { ru: 'Настройка плана мероприятий', en: 'Event plan setup' },
  settingsTitle: { ru: 'Настройки', en: 'Settings' },
  intro: {
    ru: 'Заполните то, что знаете; всё можно поменять позже на листе «Настройки».',
    en: 'Fill in what you know; everything can be changed later on the Settings sheet.',
  },
  schoolName: { ru: 'Название школы', en: 'School name' },
  partnerName: { ru: 'Партнёр', en: 'Partner' },
  partnerHint: {
    ru: 'С кем школа ведёт совместный план, например «Центральная библиотека»; попадает в отчёты',
    en: 'Who the school runs the joint plan with, e.g. the central library; shown in the reports',
  },
  schoolYear: { ru: 'Учебный год', en: 'School year' },
  schoolYearHint: { ru: 'Например 2026-2027', en: 'e.g. 2026-2027' },
  calendar: { ru: 'Календарь', en: 'Calendar' },
  calendarNew: { ru: 'Создать новый календарь', en: 'Create a new calendar' },
  calendarName: { ru: 'Название нового календаря', en: 'New calendar name' },
  calendarExisting: { ru: 'Использовать существующий календарь', en: 'Use an existing calendar' },
  calendarId: {
    ru: 'ID календаря (из его настроек в Google Календаре)',
    en: 'Calendar ID (from its settings)',
  },
  reportFolder: { ru: 'Папка отчётов на Диске (имя или ID)', en: 'Report folder on Drive (name or ID)' },
  leadDays: {
    ru: 'Напоминать за (дней до мероприятия, через запятую)',
    en: 'Remind (days before, comma separated)',
  },
  holidays: { ru: 'Каникулы', en: 'School holidays' },
  holidaysHint: {
    ru: 'Периоды через точку с запятой: 26.10.2026–03.11.2026; 31.12.2026–11.01.2027. На каникулы не ставятся мероприятия «в течение года», «еженедельно», «ежемесячно» (кроме строк со словами «в каникулы»)',
    en: 'Periods separated by semicolons: 26.10.2026–03.11.2026; 31.12.2026–11.01.2027. Whole-year, weekly and monthly items skip them (unless the row says «в каникулы»)',
  },
  ownerEmail: { ru: 'E-mail владельца плана', en: 'Plan owner e-mail' },
  testMode: {
    ru: 'Тестовый режим: все письма уходят только владельцу плана',
    en: 'Test mode: all mail goes to the plan owner only',
  },
  save: { ru: 'Сохранить', en: 'Save' },
  saved: { ru: 'Настройки сохранены.', en: 'Settings saved.' },
  importOffer: { ru: 'Теперь можно загрузить план мероприятий.', en: 'Now you can import the plan.' },
  importNow: { ru: 'Импортировать план…', en: 'Import a plan…' },
  fixErrors: { ru: 'Исправьте отмеченные поля.', en: 'Please fix the marked fields.' },
};

const IMPORT: Texts = {
  title: { ru: 'Импорт плана', en: 'Import a plan' },
  intro: {
    ru: 'Вставьте план: строки с номерами или таблицу, скопированную из Word (№, содержание, сроки, ответственные).',
    en: 'Paste the plan: numbered lines or a table copied from Word (No., event, when, responsible).',
  },
  textLabel: { ru: 'Текст плана', en: 'Plan text' },
  fileLabel: {
    ru: 'Или загрузите файл плана: документ Word (.docx), .txt, .tsv, .csv',
    en: 'Or upload the plan file: a Word document (.docx), .txt, .tsv, .csv',
  },
  fileRead: {
    ru: 'Файл «{name}» прочитан: его текст ниже. Проверьте, что понято, в просмотре.',
    en: '«{name}» is read: its text is below. Check what was understood in the preview.',
  },
  preview: { ru: 'Просмотр', en: 'Preview' },
  doImport: { ru: 'Импортировать', en: 'Import' },
  schoolYear: { ru: 'Учебный год', en: 'School year' },
  rowsFound: { ru: 'Строк найдено', en: 'Rows found' },
  colNumber: { ru: '№', en: 'No.' },
  colTitle: { ru: 'Мероприятие', en: 'Event' },
  colPeriod: { ru: 'Сроки', en: 'When' },
  colDates: { ru: 'Даты', en: 'Dates' },
  colResponsibles: { ru: 'Ответственные', en: 'Responsible' },
  colClasses: { ru: 'Классы', en: 'Classes' },
  colSection: { ru: 'Раздел', en: 'Section' },
  colProblems: { ru: 'Проблемы', en: 'Problems' },
  duplicate: { ru: 'уже в плане', en: 'already in the plan' },
  textProblems: { ru: 'Замечания к тексту', en: 'Notes on the text' },
  newRoles: {
    ru: 'Новые ответственные (e-mail заполните на листе «Ответственные»)',
    en: 'New responsibles (fill in e-mails)',
  },
  empty: { ru: 'Вставьте текст плана.', en: 'Paste the plan text.' },
  noDates: { ru: 'нет дат', en: 'no dates' },
};

const STATUS: Texts = {
  title: { ru: 'Состояние плана', en: 'Plan status' },
  refresh: { ru: 'Обновить', en: 'Refresh' },
  upcoming: { ru: 'Ближайшие две недели', en: 'Next two weeks' },
  noUpcoming: { ru: 'Ничего не запланировано.', en: 'Nothing planned.' },
  problemRows: { ru: 'Строки с проблемами', en: 'Rows with problems' },
  noProblems: { ru: 'Проблем нет.', en: 'No problems.' },
  holidays: { ru: 'Каникулы', en: 'School holidays' },
  noHolidays: {
    ru: 'Каникулы не указаны (Настройки → «Каникулы»).',
    en: 'No school holidays set (Settings → School holidays).',
  },
  todayHolidays: { ru: 'Сейчас каникулы.', en: 'The school is on holiday now.' },
  row: { ru: 'строка', en: 'row' },
  moreProblems: {
    ru: '…и ещё строк: {count}. Все проблемы — в столбце «Проблемы» листа «План».',
    en: '…and {count} more rows. See the Problems column of the Plan sheet.',
  },
  runs: { ru: 'Последние запуски', en: 'Last runs' },
  noRuns: { ru: 'Запусков ещё не было.', en: 'No runs yet.' },
  ok: { ru: 'успешно', en: 'ok' },
  error: { ru: 'ошибка', en: 'error' },
  quota: { ru: 'Осталось писем на сегодня', en: 'Mail left today' },
  quotaUnknown: { ru: 'неизвестно', en: 'unknown' },
  automation: { ru: 'Автоматизация', en: 'Automation' },
  automationOn: { ru: 'включена', en: 'on' },
  automationOff: { ru: 'выключена', en: 'off' },
  turnOn: { ru: 'Включить', en: 'Turn on' },
  turnOff: { ru: 'Выключить', en: 'Turn off' },
  notSetUp: {
    ru: 'Таблица ещё не настроена: выберите «План мероприятий → Настроить таблицу…».',
    en: 'The sheet is not set up yet: choose "Event plan → Set up the sheet…".',
  },
};

const HELP: Texts = {
  title: { ru: 'Справка', en: 'Help' },
  what: {
    ru: 'planbook ведёт план мероприятий в этой таблице: каждая строка с датой попадает в общий Google Календарь, ответственные получают напоминания по почте, а 1-го числа собирается отчёт за прошедший месяц.',
    en: 'planbook keeps the event plan in this sheet: every dated row goes to a shared Google Calendar, the responsible people get e-mail reminders, and on the 1st a report on the past month is built.',
  },
  steps: { ru: 'С чего начать', en: 'Getting started' },
  step1: {
    ru: '«Настроить таблицу…» — листы и основные настройки.',
    en: '"Set up the sheet…": sheets and main settings.',
  },
  step2: {
    ru: '«Импортировать план…» — вставьте план из Word или текста.',
    en: '"Import a plan…": paste the plan from Word or text.',
  },
  step3: {
    ru: 'Заполните e-mail на листе «Ответственные», затем «Проверить план».',
    en: 'Fill in e-mails on the Responsibles sheet, then "Check the plan".',
  },
  step4: {
    ru: '«Включить автоматизацию» — календарь, напоминания и отчёты пойдут сами.',
    en: '"Turn automation on": calendar, reminders and reports run by themselves.',
  },
  periods: { ru: 'Как писать сроки', en: 'How to write dates' },
  periodsText: {
    ru: '«октябрь», «апрель-июнь», «в течение года», «1 раз в четверть», «II полугодие», «до 20 мая», «15.10.2026», «12 апреля». Точная дата в столбце «Дата» важнее «Сроков».',
    en: '"октябрь", "апрель-июнь", "в течение года", "15.10.2026", "12 апреля". An exact date in the Date column wins over "When".',
  },
  holidays: { ru: 'Каникулы', en: 'School holidays' },
  holidaysText: {
    ru: 'Периоды каникул пишутся в настройке «Каникулы»: 26.10.2026–03.11.2026; 31.12.2026–11.01.2027. Мероприятия «в течение года», «еженедельно» и «ежемесячно» на каникулы не ставятся, если в сроках не сказано «в каникулы».',
    en: 'Holiday periods go into the «Каникулы» setting: 26.10.2026–03.11.2026; 31.12.2026–11.01.2027. Whole-year, weekly and monthly items skip them unless the row says «в каникулы».',
  },
  print: { ru: 'Печать плана', en: 'Printing the plan' },
  printText: {
    ru: 'Файл → Печать: размер бумаги A4, ориентация «Альбомная», масштаб «По ширине», «Верхние и нижние колонтитулы» → «Повторять закреплённые строки». Скрипт не может задать это сам: в Apps Script нет настроек печати.',
    en: 'File → Print: paper A4, orientation Landscape, scale Fit to width, Headers & footers → Repeat frozen rows. A script cannot set these: Apps Script has no print settings.',
  },
  settings: { ru: 'Текущие настройки', en: 'Current settings' },
  noSettings: { ru: 'Таблица ещё не настроена.', en: 'The sheet is not set up yet.' },
};

const DIALOGS = { setup: SETUP, import: IMPORT, status: STATUS, help: HELP } as const;
export type DialogTextsId = keyof typeof DIALOGS;

/** The dialog's texts in one language (plain strings: they go into the template as a property). */
export function dialogTexts(id: DialogTextsId, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...COMMON, ...DIALOGS[id] })) out[k] = v[lang];
  return out;
}
