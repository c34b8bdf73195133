// Texts about Google's permissions: what each scope lets planbook do, what to do when one is missing.
// Russian first; English when the user's locale or the Settings say so.
import type { Lang } from '../types';
import { fill } from './fill';

/** What each scope lets planbook do, in the words of the consent screen's items. */
const SCOPE_WORDS: Record<string, { ru: string; en: string }> = {
  'https://www.googleapis.com/auth/spreadsheets.currentonly': {
    ru: 'читать и менять эту таблицу',
    en: 'read and change this spreadsheet',
  },
  'https://www.googleapis.com/auth/script.scriptapp': {
    ru: 'работать, когда вас нет (триггеры)',
    en: 'run while you are away (triggers)',
  },
  'https://www.googleapis.com/auth/script.send_mail': {
    ru: 'отправлять письма от вашего имени',
    en: 'send e-mail as you',
  },
  'https://www.googleapis.com/auth/calendar.events': {
    ru: 'менять мероприятия в календаре',
    en: 'change events in the calendar',
  },
  'https://www.googleapis.com/auth/calendar.app.created': {
    ru: 'создать календарь плана',
    en: "create the plan's calendar",
  },
  'https://www.googleapis.com/auth/documents': {
    ru: 'создавать и менять документы отчётов',
    en: 'create and change the report documents',
  },
  'https://www.googleapis.com/auth/drive.file': {
    ru: 'работать с файлами, созданными planbook (папка отчётов, PDF)',
    en: 'work with the files planbook made (the report folder, PDF)',
  },
  'https://www.googleapis.com/auth/script.container.ui': {
    ru: 'показывать окна и боковую панель',
    en: 'show dialogs and the sidebar',
  },
  'https://www.googleapis.com/auth/userinfo.email': {
    ru: 'узнать ваш адрес e-mail',
    en: 'see your e-mail address',
  },
};

/** «отправлять письма от вашего имени (script.send_mail)». */
export function scopeWords(scope: string, lang: Lang): string {
  const short = scope.replace('https://www.googleapis.com/auth/', '');
  const words = SCOPE_WORDS[scope];
  return words ? `${words[lang]} (${short})` : short;
}

const T = {
  scopesMissing: {
    ru: 'Автоматизация не включена: Google не разрешил planbook {what}. Выберите пункт меню ещё раз и на экране согласия Google отметьте все пункты.',
    en: 'Automation is not on: Google has not allowed planbook to {what}. Choose the menu item again and tick every item on the Google consent screen.',
  },
  triggerScopesMissing: {
    ru: 'Запуск по расписанию «{job}» не выполнен: Google не разрешил planbook {what}. Владелец таблицы: выберите «Включить автоматизацию» и на экране согласия отметьте все пункты.',
    en: 'The scheduled run "{job}" did not run: Google has not allowed planbook to {what}. Owner: choose "Turn automation on" and tick every item on the consent screen.',
  },
  triggerScopesSubject: {
    ru: 'planbook: нет разрешения Google, запуски по расписанию остановлены',
    en: 'planbook: a Google permission is missing, scheduled runs stopped',
  },
  accessTitle: { ru: 'Проверка доступа', en: 'Access check' },
  accessSheet: {
    ru: 'Таблица плана: читается (строк: {rows}).',
    en: 'The plan sheet: readable ({rows} rows).',
  },
  accessSheetMissing: {
    ru: 'Таблица плана: листа «План» нет — выберите «План мероприятий → Настроить таблицу».',
    en: 'The plan sheet: there is no Plan sheet — choose "Event plan → Set up the sheet".',
  },
  accessCalendarNone: {
    ru: 'Календарь: ещё не создан — выберите «Обновить календарь сейчас», потом проверьте снова.',
    en: 'Calendar: not made yet — choose "Sync the calendar now", then check again.',
  },
  accessCalendarList: { ru: 'Календарь: читается.', en: 'Calendar: readable.' },
  accessCalendarWrite: {
    ru: 'Календарь: проверочное мероприятие создано и удалено.',
    en: 'Calendar: a test event was made and removed.',
  },
  accessMail: {
    ru: 'Почта: работает (сегодня ещё можно отправить адресатам: {quota}).',
    en: 'Mail: works ({quota} more recipients can be sent to today).',
  },
  accessDocs: {
    ru: 'Отчёты: проверочный документ создан в папке «{folder}» и убран в корзину.',
    en: 'Reports: a test document was made in the folder "{folder}" and trashed.',
  },
  accessTriggers: {
    ru: 'Триггеры: читаются (триггеров planbook: {count}).',
    en: 'Triggers: readable ({count} of planbook).',
  },
  accessFailed: {
    ru: '{what}: не работает — {why}',
    en: '{what}: does not work — {why}',
  },
  accessFixScope: {
    ru: 'Google не разрешил planbook {scope}. Выберите пункт меню ещё раз и на экране согласия отметьте все пункты.',
    en: 'Google has not allowed planbook to {scope}. Choose the menu item again and tick every item on the consent screen.',
  },
  accessAllOk: { ru: 'Все проверки пройдены.', en: 'Every check passed.' },
  accessSomeFailed: {
    ru: 'Не пройдено проверок: {count}. Исправьте и запустите проверку снова.',
    en: 'Checks failed: {count}. Fix them and run the check again.',
  },
  checkSheet: { ru: 'Таблица плана', en: 'The plan sheet' },
  checkCalendarRead: { ru: 'Календарь (чтение)', en: 'Calendar (read)' },
  checkCalendarWrite: { ru: 'Календарь (запись)', en: 'Calendar (write)' },
  checkMail: { ru: 'Почта', en: 'Mail' },
  checkDocs: { ru: 'Отчёты', en: 'Reports' },
  checkTriggers: { ru: 'Триггеры', en: 'Triggers' },
} as const;

export type AccessTextKey = keyof typeof T;

export function at(key: AccessTextKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return fill(T[key][lang], params);
}
