// The Settings sheet: one row per setting (name shown to people, value, explanation, hidden code).
// Everything later features read from the sheet is declared here, with its default and its parser.
import type { Lang } from './types';

export interface SettingDef {
  code: string;
  ru: string;
  en: string;
  helpRu: string;
  helpEn: string;
  /** Default value as typed in the sheet. */
  def: string;
}

export const SETTING_DEFS: SettingDef[] = [
  {
    code: 'schoolName',
    ru: 'Школа',
    en: 'School',
    def: '',
    helpRu: 'Название школы для отчётов и писем',
    helpEn: 'School name for reports and mail',
  },
  {
    code: 'partnerName',
    ru: 'Партнёр',
    en: 'Partner',
    def: '',
    helpRu: 'С кем проводятся совместные мероприятия (например, библиотека)',
    helpEn: 'Partner organisation of the joint events',
  },
  {
    code: 'schoolYear',
    ru: 'Учебный год',
    en: 'School year',
    def: '',
    helpRu: 'Например 2026-2027. Пусто — текущий учебный год',
    helpEn: 'e.g. 2026-2027. Empty: the current school year',
  },
  {
    code: 'holidays',
    ru: 'Каникулы',
    en: 'School holidays',
    def: '',
    helpRu:
      'Периоды каникул через точку с запятой, например 26.10.2026–03.11.2026; 31.12.2026–11.01.2027. Мероприятия «в течение года», «еженедельно» и «ежемесячно» на них не ставятся, если в сроках не сказано «в каникулы»',
    helpEn:
      'Holiday periods separated by semicolons, e.g. 26.10.2026–03.11.2026; 31.12.2026–11.01.2027. Whole-year, weekly and monthly items skip them unless the row says «в каникулы»',
  },
  {
    code: 'timeZone',
    ru: 'Часовой пояс',
    en: 'Time zone',
    def: 'Europe/Moscow',
    helpRu: 'Часовой пояс календаря и дат (IANA), например Europe/Moscow',
    helpEn: 'IANA time zone of the calendar and dates',
  },
  {
    code: 'language',
    ru: 'Язык',
    en: 'Language',
    def: 'ru',
    helpRu: 'ru — русский, en — английский (письма, отчёты, меню)',
    helpEn: 'ru or en (mail, reports, menus)',
  },
  {
    code: 'ownerEmail',
    ru: 'E-mail владельца плана',
    en: 'Plan owner e-mail',
    def: '',
    helpRu: 'Кому приходят сводки и письма тестового режима',
    helpEn: 'Receives summaries and test-mode mail',
  },
  {
    code: 'calendarId',
    ru: 'Календарь (ID)',
    en: 'Calendar ID',
    def: '',
    helpRu: 'ID общего календаря. Пусто — planbook создаст свой календарь',
    helpEn: 'Shared calendar ID. Empty: planbook creates one',
  },
  {
    code: 'calendarName',
    ru: 'Название календаря',
    en: 'Calendar name',
    def: 'План мероприятий',
    helpRu: 'Имя календаря, который создаёт planbook',
    helpEn: 'Name of the calendar planbook creates',
  },
  {
    code: 'leadDays',
    ru: 'Напоминать за (дней)',
    en: 'Remind (days before)',
    def: '7, 1',
    helpRu: 'За сколько дней до мероприятия напоминать, через запятую',
    helpEn: 'Days before an event to remind, comma separated',
  },
  {
    code: 'periodLeadDays',
    ru: 'Напоминать о месяце за (дней)',
    en: 'Remind of a month (days before)',
    def: '5',
    helpRu: 'За сколько дней до начала месяца или периода просить указать точную дату',
    helpEn: 'Days before a month or period starts to ask for the exact date',
  },
  {
    code: 'reminderHour',
    ru: 'Час рассылки',
    en: 'Mail hour',
    def: '8',
    helpRu: 'Во сколько (час, 0–23) отправлять напоминания',
    helpEn: 'Hour (0-23) to send reminders',
  },
  {
    code: 'testMode',
    ru: 'Тестовый режим',
    en: 'Test mode',
    def: 'нет',
    helpRu: 'да — все письма уходят только владельцу плана',
    helpEn: 'yes: all mail goes to the plan owner only',
  },
  {
    code: 'reportFolder',
    ru: 'Папка отчётов',
    en: 'Report folder',
    def: 'planbook — отчёты',
    helpRu: 'Папка на Диске для ежемесячных отчётов (имя или ID)',
    helpEn: 'Drive folder for monthly reports (name or ID)',
  },
  {
    code: 'reportRecipients',
    ru: 'Получатели отчёта',
    en: 'Report recipients',
    def: '',
    helpRu: 'Кому отправлять ссылку на отчёт, через запятую. Пусто — не отправлять',
    helpEn: 'Who gets the report link, comma separated',
  },
  {
    code: 'reportPdf',
    ru: 'Прикладывать PDF к отчёту',
    en: 'Attach report PDF',
    def: 'да',
    helpRu: 'да/нет',
    helpEn: 'yes/no',
  },
];

export type SettingCode = string;

export interface Settings {
  get(code: string): string;
  lang: Lang;
  timeZone: string;
}

const YES = new Set(['да', 'yes', 'true', '1', 'вкл', 'on', 'истина']);

export function isYes(v: string): boolean {
  return YES.has(v.trim().toLowerCase());
}

/** Lead days "7, 1" → [7, 1]; anything unreadable falls back to the default. */
export function parseDayList(v: string, fallback: number[]): number[] {
  const nums = v
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 0 && n <= 60);
  return nums.length ? [...new Set(nums)].sort((a, b) => b - a) : fallback;
}

export function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
}

export function makeSettings(values: Record<string, string>): Settings {
  const get = (code: string) => {
    const v = values[code];
    if (v !== undefined && v.trim() !== '') return v.trim();
    return SETTING_DEFS.find((d) => d.code === code)?.def ?? '';
  };
  const tz = get('timeZone');
  return {
    get,
    lang: get('language').toLowerCase().startsWith('en') ? 'en' : 'ru',
    timeZone: validTimeZone(tz) ? tz : 'Europe/Moscow',
  };
}
