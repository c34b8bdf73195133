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
  notAFolder: {
    ru: '«{dir}» — файл, а не папка. Укажите папку: --workspace ПАПКА.',
    en: '"{dir}" is a file, not a folder. Name a folder: --workspace DIR.',
  },
} as const;

export type CliTextId = keyof typeof W;

/** The CLI's words in one language: say('noWorkspace', { dir }). */
export function cliText(lang: Lang): (id: CliTextId, params?: Record<string, string | number>) => string {
  return (id, params = {}) => fill(W[id][lang], params);
}
