// The CLI's own words (the script's texts live in src/domain/texts/). Russian first; English with
// --locale en. Every error names the file, row or option it is about and says what to do.
import { fill } from '../src/domain/texts/ui';
import type { Lang } from '../src/domain/types';

const W = {
  usage: { ru: 'Использование', en: 'Usage' },
  options: { ru: 'Параметры', en: 'Options' },
  commands: { ru: 'Команды', en: 'Commands' },
  commonOptions: { ru: 'Общие параметры', en: 'Options of every command' },
  helpTitle: {
    ru: 'planbook — школьный план мероприятий: календарь, напоминания, отчёты (локальная рабочая папка).',
    en: "planbook — a school's plan of events: calendar, reminders, reports (a local workspace).",
  },
  helpUsage: { ru: 'planbook <команда> [параметры]', en: 'planbook <command> [options]' },
  helpMore: {
    ru: 'Параметры команды: planbook <команда> --help',
    en: "A command's options: planbook <command> --help",
  },
  unknownCommand: {
    ru: 'неизвестная команда «{command}».',
    en: 'unknown command "{command}".',
  },
  didYouMeanCommand: { ru: 'Может быть, planbook {command}?', en: 'Did you mean planbook {command}?' },
  listCommands: { ru: 'Список команд: planbook --help', en: 'The commands: planbook --help' },
  unknownOption: {
    ru: 'у команды {command} нет параметра {option}; команда не выполнена.',
    en: 'the command {command} has no option {option}; nothing was done.',
  },
  didYouMean: { ru: 'Может быть, {option}? Выполните: {line}', en: 'Did you mean {option}? Run: {line}' },
  optionOfOther: { ru: '{option} есть у команд: {commands}.', en: '{option} belongs to: {commands}.' },
  seeHelp: {
    ru: 'Параметры команды: planbook {command} --help',
    en: 'Its options: planbook {command} --help',
  },
  optionTwice: { ru: '{option} указан дважды; оставьте один.', en: '{option} is given twice; keep one.' },
  switchNoValue: {
    ru: '{option} — переключатель, значение ему не нужно: уберите «=…».',
    en: '{option} is a switch and takes no value: drop the "=…".',
  },
  optionNeedsValue: {
    ru: 'после {option} нужно значение: {option} {value}.',
    en: '{option} needs a value: {option} {value}.',
  },
  tooManyArgs: { ru: 'лишнее в команде: «{extra}».', en: 'unexpected words: "{extra}".' },
  noArgs: {
    ru: 'эта команда не принимает слов без параметра: «{extra}». Параметры пишутся как --имя значение.',
    en: 'this command takes no bare words: "{extra}". Options are written --name value.',
  },
  missingArg: { ru: 'не хватает: {arg}.', en: 'missing: {arg}.' },
  badChoice: { ru: '«{value}» — нужно одно из: {choices}.', en: '"{value}": expected one of {choices}.' },
  noWorkspace: {
    ru: 'папка «{dir}» — не рабочая папка planbook (в ней нет plan.xlsx и .planbook/); ничего не сделано. Создайте рабочую папку: planbook setup --workspace {dir} (пустой план) или planbook demo --workspace {dir} (пример школы); или укажите существующую: --workspace ПАПКА.',
    en: 'the folder "{dir}" is not a planbook workspace (no plan.xlsx or .planbook/ in it); nothing was done. Make one: planbook setup --workspace {dir} (an empty plan) or planbook demo --workspace {dir} (the school example); or name an existing one: --workspace DIR.',
  },
  noWorkspaceHere: {
    ru: 'папка «{dir}» — не рабочая папка planbook (в ней нет plan.xlsx и .planbook/); ничего не сделано. Укажите рабочую папку: --workspace ПАПКА; новую создаёт planbook setup --workspace НОВАЯ_ПАПКА.',
    en: 'the folder "{dir}" is not a planbook workspace (no plan.xlsx or .planbook/ in it); nothing was done. Name a workspace: --workspace DIR; planbook setup --workspace NEW_DIR makes a new one.',
  },
  folderNotEmpty: {
    ru: 'папка «{dir}» не пуста и не похожа на рабочую папку planbook; ничего не сделано. Выберите пустую или новую папку: --workspace ПАПКА.',
    en: 'the folder "{dir}" is not empty and is not a planbook workspace; nothing was done. Choose an empty or new folder: --workspace DIR.',
  },
  notSetUp: {
    ru: 'план в папке «{dir}» ещё не настроен (в plan.xlsx нет листов плана). Выполните planbook setup --workspace {dir}, затем planbook import ФАЙЛ --workspace {dir}.',
    en: 'the plan in "{dir}" is not set up yet (plan.xlsx has no plan sheets). Run planbook setup --workspace {dir}, then planbook import FILE --workspace {dir}.',
  },
  notAFolder: {
    ru: '«{dir}» — файл, а не папка. Укажите папку: --workspace ПАПКА.',
    en: '"{dir}" is a file, not a folder. Name a folder: --workspace DIR.',
  },
  killed: {
    ru: 'выполнение прервано (план сбоев эмулятора, --fault).',
    en: 'the run was killed (the emulator fault plan, --fault).',
  },
  importUnreadable: {
    ru: 'не удалось прочитать файл «{file}»: его нет или он недоступен. Укажите файл плана (.txt, .tsv, .csv в UTF-8): planbook import ФАЙЛ.',
    en: 'cannot read the file "{file}": it does not exist or is not readable. Name the plan file (.txt, .tsv, .csv in UTF-8): planbook import FILE.',
  },
  tickOff: {
    ru: 'автоматизация выключена: нет триггеров по времени, срабатывать нечему. Включите её: planbook automation on (в таблице — меню «План мероприятий → Включить автоматизацию»).',
    en: 'automation is off: no time-driven triggers to fire. Turn it on: planbook automation on (in the sheet: Event plan → Turn automation on).',
  },
  tickBackwards: {
    ru: '--to ({to}) раньше, чем --from ({from}): поменяйте даты местами.',
    en: '--to ({to}) is before --from ({from}): swap the dates.',
  },
  tickUsage: {
    ru: 'укажите дни в виде ГГГГ-ММ-ДД: planbook tick --from 2026-09-01 --to 2026-09-30.',
    en: 'name the days as YYYY-MM-DD: planbook tick --from 2026-09-01 --to 2026-09-30.',
  },
  badPort: {
    ru: '--port {port}: нужно число от 0 до 65535.',
    en: '--port {port}: a number from 0 to 65535 is expected.',
  },
  sheetsCreated: { ru: 'Созданы листы', en: 'Sheets created' },
  sheetsUpgraded: { ru: 'Обновлены листы', en: 'Sheets upgraded' },
  planFile: { ru: 'Таблица', en: 'Spreadsheet' },
  askSchool: {
    ru: 'Название школы (для отчётов и писем; Enter — пропустить): ',
    en: 'School name (for reports and mail; Enter to skip): ',
  },
  askPartner: {
    ru: 'Партнёр школы по плану (например, библиотека; Enter — пропустить): ',
    en: "The school's partner in the plan (e.g. a library; Enter to skip): ",
  },
  noSchool: {
    ru: 'Название школы не указано — в отчётах его не будет. Укажите: planbook setup --workspace {dir} --school "МОУ «…»" (или на листе «Настройки»).',
    en: 'No school name yet — the reports will have none. Set it: planbook setup --workspace {dir} --school "…" (or on the Settings sheet).',
  },
  importHead: {
    ru: 'Учебный год: {year}. Строк в тексте: {rows}.',
    en: 'School year: {year}. Rows in the text: {rows}.',
  },
  importDuplicate: { ru: 'уже в плане', en: 'already in the plan' },
  importRoles: { ru: 'Новые ответственные', en: 'New responsibles' },
  reportCounts: {
    ru: 'в плане {planned}, проведено {held}, перенесено {moved}, отменено {cancelled}, без итогов {noResult}',
    en: 'planned {planned}, held {held}, moved {moved}, cancelled {cancelled}, no results {noResult}',
  },
  reportYearCounts: {
    ru: ', участников {participants}, ссылок {links}',
    en: ', participants {participants}, links {links}',
  },
  reportSection: {
    ru: '{section}: в плане {planned}, проведено {held}',
    en: '{section}: planned {planned}, held {held}',
  },
  reportNewDoc: { ru: 'новый документ', en: 'a new document' },
  reportSameDoc: { ru: 'тот же документ обновлён', en: 'the same document, updated' },
  reportMonthAndYear: {
    ru: '--month и --year вместе не бывают — выберите одно',
    en: '--month and --year do not go together — choose one',
  },
  statusDir: { ru: 'Рабочая папка', en: 'Workspace' },
  statusRows: {
    ru: 'Строк в плане: {rows}; с проблемами: {problems}',
    en: 'Plan rows: {rows}; with problems: {problems}',
  },
  statusEvents: { ru: 'Событий в календаре', en: 'Calendar events' },
  statusMails: { ru: 'Писем отправлено (outbox/)', en: 'Mails sent (outbox/)' },
  statusReports: { ru: 'Отчётов (reports/)', en: 'Reports (reports/)' },
  statusTriggers: { ru: 'Триггеров planbook', en: 'planbook triggers' },
  statusMore: { ru: 'Подробно', en: 'In full' },
  syncEvents: {
    ru: 'Событий в календаре: {count} (файл {file})',
    en: 'Calendar events: {count} (file {file})',
  },
  andMore: { ru: 'и ещё {count}', en: 'and {count} more' },
  calendar: { ru: 'Календарь', en: 'Calendar' },
  editNoTrigger: {
    ru: 'Автоматизация выключена: календарь обновится при planbook sync (или включите автоматизацию: planbook automation on).',
    en: 'Automation is off: the calendar follows on planbook sync (or turn automation on: planbook automation on).',
  },
  editKilled: {
    ru: 'Триггер правки прерван (план сбоев эмулятора, --fault).',
    en: 'The on-edit trigger was killed (the emulator fault plan, --fault).',
  },
  editTrigger: { ru: 'Триггер правки', en: 'On-edit trigger' },
  editNothing: { ru: 'нечего обновлять.', en: 'nothing to update.' },
  tickKilled: { ru: 'выполнение прервано', en: 'the run was killed' },
  tickDone: {
    ru: 'Дней: {days}. Запусков триггеров: {runs}. Отправлено писем: {mails} (outbox/).',
    en: 'Days: {days}. Trigger runs: {runs}. Mails sent: {mails} (outbox/).',
  },
  moreErrors: { ru: 'и ещё ошибок: {count}', en: 'and {count} more errors' },
  cardNote: { ru: 'Уведомление', en: 'Notification' },
  cardFileScope: {
    ru: 'Таблицы спрашивают разрешение на доступ к этому файлу.',
    en: 'Sheets asks for access to this file.',
  },
  uiServing: {
    ru: 'Диалоги planbook: {url}/  (рабочая папка {dir}; Ctrl+C — остановить)',
    en: 'planbook dialogs: {url}/  (workspace {dir}; Ctrl+C to stop)',
  },
  empty: { ru: '(пусто)', en: '(empty)' },
  editUsage: {
    ru: 'укажите строку, столбец и значение: planbook edit --row 5 --column Статус --value проведено (--value= очищает ячейку).',
    en: 'name the row, the column and the value: planbook edit --row 5 --column Статус --value проведено (--value= clears the cell).',
  },
  editNoSheet: {
    ru: 'в plan.xlsx нет листа «{sheet}». Листы: {sheets}. Укажите один из них: --sheet ЛИСТ.',
    en: 'plan.xlsx has no sheet "{sheet}". Sheets: {sheets}. Name one of them: --sheet SHEET.',
  },
  editNoColumn: {
    ru: 'на листе «{sheet}» нет столбца «{column}». Столбцы: {columns}.',
    en: 'the sheet "{sheet}" has no column "{column}". Columns: {columns}.',
  },
  editRowRange: {
    ru: 'строки «{row}» на листе «{sheet}» нет: данные в строках 2–{last} (строка 1 — заголовки); новую строку можно начать в строке {next}.',
    en: 'the sheet "{sheet}" has no row "{row}": its data is in rows 2–{last} (row 1 is the headings); a new row may start at row {next}.',
  },
  editRowEmpty: {
    ru: 'строки «{row}» на листе «{sheet}» нет: лист пуст (строка 1 — заголовки); первая строка плана — строка 2.',
    en: 'the sheet "{sheet}" has no row "{row}": it is empty (row 1 is the headings); the first plan row is row 2.',
  },
  editHidden: {
    ru: 'столбец «{column}» скрыт: в таблице в него не напечатать, не показав его. Его пишет planbook.',
    en: 'the column "{column}" is hidden: in the sheet one cannot type there without showing it. planbook writes it.',
  },
  editProtected: {
    ru: 'столбец «{column}» защищён с предупреждением („{warning}“): это системный столбец, его пишет planbook. Выберите другой столбец.',
    en: 'the column "{column}" is protected with a warning ("{warning}"): it is a system column that planbook writes. Choose another column.',
  },
  editNotInList: {
    ru: '«{value}» нет в списке столбца «{column}»: {list}. Выберите значение из списка.',
    en: '"{value}" is not in the list of the column "{column}": {list}. Choose a value from the list.',
  },
  editInvalid: {
    ru: '«{value}» не проходит проверку данных столбца «{column}»: {help}.',
    en: '"{value}" fails the data validation of the column "{column}": {help}.',
  },
  ruleMin: { ru: 'нужно число не меньше {min}', en: 'a number of at least {min} is expected' },
  ruleOther: {
    ru: 'посмотрите правило в «Данные → Проверка данных»',
    en: 'see the rule in Data → Data validation',
  },
  editForce: {
    ru: 'Ничего не записано. Записать всё равно, как «ОК» в предупреждении таблицы: добавьте --force.',
    en: "Nothing was written. To write it anyway, as OK in the sheet's warning: add --force.",
  },
  editForced: { ru: 'Предупреждение: {warning}', en: 'Warning: {warning}' },
  editDone: { ru: 'Строка {row}, «{column}»: {value}', en: 'Row {row}, "{column}": {value}' },
} as const;

export type CliTextId = keyof typeof W;

/** The CLI's words in one language: say('noWorkspace', { dir }). */
export function cliText(lang: Lang): (id: CliTextId, params?: Record<string, string | number>) => string {
  return (id, params = {}) => fill(W[id][lang], params);
}

/** Every template of the CLI, for the typography and grammar test (test/domain/texts.test.ts). */
export const CLI_TEXTS: Record<string, { ru: string; en: string }> = W;
