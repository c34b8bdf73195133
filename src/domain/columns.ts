// The sheets' layout: one place that names every column, in Russian and English.
import type { Lang } from './types';

export interface ColumnDef {
  id: string;
  ru: string;
  en: string;
  /** Width in pixels. */
  width: number;
  /** System columns belong to the code: protected, set apart, never typed by people. */
  system?: boolean;
  hidden?: boolean;
  /** Other headings schools give this column (found by heading as well as ru/en). */
  aliases?: readonly string[];
  /** A column a plan may lack (added later); every other Plan column must be found or the run stops. */
  optional?: boolean;
}

export const PLAN_COLUMNS = [
  { id: 'number', ru: '№', en: 'No.', width: 50, aliases: ['№ п/п', 'п/п', 'N', 'Номер', '#'] },
  {
    id: 'title',
    ru: 'Мероприятие',
    en: 'Event',
    // Ответственные's 300 (the template's: app/setup.ts), so a new Plan costs no call for it
    width: 300,
    aliases: [
      'Мероприятия',
      'Название',
      'Название мероприятия',
      'Наименование мероприятия',
      'Содержание работы',
      'Содержание',
      'Тема',
      'Title',
    ],
  },
  {
    id: 'period',
    ru: 'Сроки',
    en: 'When',
    width: 140,
    aliases: [
      'Срок',
      'Срок проведения',
      'Сроки проведения',
      'Сроки исполнения',
      'Срок исполнения',
      'Когда',
      'Период',
      'Дата проведения',
      'Period',
    ],
  },
  { id: 'date', ru: 'Дата', en: 'Date', width: 140, aliases: ['Точная дата', 'Дата и время'] },
  { id: 'place', ru: 'Место', en: 'Place', width: 140, aliases: ['Место проведения', 'Где', 'Location'] },
  // Added later: plans set up before them lack them, so they are optional. Widths come from a small
  // palette so that neighbours share one (gas/layout.ts paints a run of them in one call): Классы is as
  // wide as the columns around it; narrow columns keep a new sheet's 100 px and cost no call.
  { id: 'classes', ru: 'Классы', en: 'Classes', width: 140, optional: true },
  { id: 'section', ru: 'Раздел', en: 'Section', width: 140, optional: true },
  {
    id: 'responsibles',
    ru: 'Ответственные',
    en: 'Responsible',
    width: 240,
    aliases: [
      'Ответственный',
      'Ответственные лица',
      'Ответственный исполнитель',
      'Исполнители',
      'Исполнитель',
      'Кто отвечает',
      'Responsibles',
    ],
  },
  { id: 'status', ru: 'Статус', en: 'Status', width: 130, aliases: ['Состояние', 'Отметка о выполнении'] },
  { id: 'results', ru: 'Итоги', en: 'Results', width: 240, aliases: ['Итог', 'Результат', 'Результаты'] },
  {
    id: 'participants',
    ru: 'Участников',
    en: 'Participants',
    width: 100,
    aliases: ['Участники', 'Количество участников', 'Кол-во участников', 'Число участников', 'Охват'],
  },
  { id: 'publication', ru: 'Публикация', en: 'Publication', width: 200, optional: true },
  // Время (issue 13): the start time of the row's days that have none.
  { id: 'time', ru: 'Время', en: 'Time', width: 100, optional: true, aliases: ['Время начала'] },
  // hidden: its width is whatever the widths around it make (gas/layout.ts)
  { id: 'key', ru: 'Ключ', en: 'Key', width: 100, system: true, hidden: true },
  // one width for both system columns (one call), the palette's 240 of Ответственные and Итоги
  { id: 'sync', ru: 'Синхронизация', en: 'Sync', width: 240, system: true },
  { id: 'problems', ru: 'Проблемы', en: 'Problems', width: 240, system: true },
] as const satisfies readonly ColumnDef[];

export type PlanColumnId = (typeof PLAN_COLUMNS)[number]['id'];

/** 1-based column number of a Plan column. */
export function planCol(id: PlanColumnId): number {
  return PLAN_COLUMNS.findIndex((c) => c.id === id) + 1;
}

export const FIRST_SYSTEM_COL = planCol('key');
export const SYSTEM_COL_COUNT = PLAN_COLUMNS.length - FIRST_SYSTEM_COL + 1;

// Ответственные is the template the new Настройки, Журнал and Plan are copied from (app/setup.ts): its
// widths 300 300 520 are Настройки's own, and the Журнал's last column's.
export const RESPONSIBLE_COLUMNS = [
  { id: 'who', ru: 'Ответственный (роль или человек)', en: 'Responsible (role or person)', width: 300 },
  { id: 'emails', ru: 'E-mail', en: 'E-mail', width: 300 },
  { id: 'note', ru: 'Примечание', en: 'Note', width: 520 },
] as const satisfies readonly ColumnDef[];

export const SETTINGS_COLUMNS = [
  { id: 'name', ru: 'Параметр', en: 'Setting', width: 300 },
  { id: 'value', ru: 'Значение', en: 'Value', width: 300 },
  { id: 'help', ru: 'Пояснение', en: 'Explanation', width: 520 },
  { id: 'key', ru: 'Код', en: 'Code', width: 120, system: true, hidden: true },
] as const satisfies readonly ColumnDef[];

export const LOG_COLUMNS = [
  { id: 'time', ru: 'Время', en: 'Time', width: 160 },
  { id: 'action', ru: 'Действие', en: 'Action', width: 160 },
  { id: 'result', ru: 'Результат', en: 'Result', width: 520 },
] as const satisfies readonly ColumnDef[];

export const SHEETS = {
  plan: { ru: 'План', en: 'Plan' },
  responsibles: { ru: 'Ответственные', en: 'Responsibles' },
  settings: { ru: 'Настройки', en: 'Settings' },
  log: { ru: 'Журнал', en: 'Log' },
} as const;

export type SheetId = keyof typeof SHEETS;

export function sheetName(id: SheetId, lang: Lang): string {
  return SHEETS[id][lang];
}

export const STATUSES = {
  planned: { ru: 'запланировано', en: 'planned' },
  held: { ru: 'проведено', en: 'held' },
  moved: { ru: 'перенесено', en: 'moved' },
  cancelled: { ru: 'отменено', en: 'cancelled' },
} as const;
