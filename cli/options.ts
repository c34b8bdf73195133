// The CLI's option model: each command declares its options and positional arguments; the common
// options are declared once here. Anything undeclared is refused (exit 2) with the nearest known option
// and the whole command line to run instead, so a typo never runs a command against something else.
import type { Lang } from '../src/domain/types';
import type { CliArgs, Command, OptionSpec } from './commands/types';
import { cliText } from './texts';

export const COMMON_OPTIONS: OptionSpec[] = [
  {
    name: 'workspace',
    value: 'ПАПКА',
    help: {
      ru: 'рабочая папка (по умолчанию ./workspace)',
      en: 'the workspace folder (default ./workspace)',
    },
  },
  {
    name: 'today',
    value: 'ГГГГ-ММ-ДД',
    help: { ru: '«сегодня» для эмулятора (по умолчанию — текущая дата)', en: '"today" for the emulator' },
  },
  {
    name: 'locale',
    value: 'en',
    help: { ru: 'язык пользователя (по умолчанию ru)', en: "the user's language (default ru)" },
  },
  {
    name: 'fault',
    value: 'ПРАВИЛО',
    help: {
      ru: 'сбой для пробы: kill@12, Calendar.Events.insert#5=rate, MailApp.sendEmail#1=quota',
      en: 'a fault to try: kill@12, Calendar.Events.insert#5=rate, MailApp.sendEmail#1=quota',
    },
  },
  {
    name: 'host',
    value: 'bound|editor-addon|workspace-addon',
    help: {
      ru: 'как установлен скрипт: в таблице (по умолчанию), дополнение редактора или Google Workspace',
      en: 'how the script is installed: bound (default), an Editor or a Google Workspace add-on',
    },
  },
  {
    name: 'install',
    value: 'ПАПКА',
    help: {
      ru: 'общее состояние дополнения (свойства скрипта, блокировка, триггеры) для всех рабочих папок',
      en: "the add-on's shared state (script properties, lock, triggers) for every workspace",
    },
  },
  {
    name: 'deny-scope',
    value: 'РАЗРЕШЕНИЕ',
    repeatable: true,
    help: {
      ru: 'как будто на экране согласия снята галочка: script.send_mail, calendar.events… (можно повторять)',
      en: 'as if unticked on the consent screen: script.send_mail, calendar.events… (repeatable)',
    },
  },
  { name: 'help', help: { ru: 'эта справка', en: 'this help' } },
];

/** --deny-scope values as full scope URLs (the short form names …/auth/NAME). */
export function deniedScopes(flag: string | boolean | undefined): string[] {
  if (typeof flag !== 'string') return [];
  return flag
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (s.startsWith('https://') ? s : `https://www.googleapis.com/auth/${s}`));
}

/** Bad usage: printed with the command's usage line, exit code 2. */
export class UsageError extends Error {}

/** The language of the CLI's own words: --locale as given anywhere on the line, else ru. */
export function langOfArgv(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  if (i < 0) return 'ru';
  const v = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return (v ?? '').toLowerCase().startsWith('en') ? 'en' : 'ru';
}

export function optionsOf(cmd: Command): OptionSpec[] {
  return [...cmd.options, ...COMMON_OPTIONS];
}

/** Parses the words after the command's name by its declaration; throws UsageError on anything else. */
export function parseCommandArgs(cmd: Command, argv: string[], all: Command[], lang: Lang): CliArgs {
  const say = cliText(lang);
  const known = optionsOf(cmd);
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h') {
      flags['help'] = true;
      continue;
    }
    if (!a.startsWith('-') || a === '-') {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.replace(/^--?/, '').split(/=(.*)/s, 2) as [string, string | undefined];
    const spec = known.find((o) => o.name === name);
    if (!spec) throw new UsageError(unknownOption(cmd, name, argv, i, all, lang));
    if (name in flags && !spec.repeatable) throw new UsageError(say('optionTwice', { option: `--${name}` }));
    if (!spec.value) {
      if (inline !== undefined) throw new UsageError(say('switchNoValue', { option: `--${name}` }));
      flags[name] = true;
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(say('optionNeedsValue', { option: `--${name}`, value: spec.value }));
    }
    if (inline === undefined) i++;
    flags[name] = spec.repeatable && typeof flags[name] === 'string' ? `${flags[name]},${value}` : value;
  }
  const specs = cmd.args ?? [];
  if (!flags['help']) {
    if (positional.length > specs.length) {
      throw new UsageError(
        say(specs.length ? 'tooManyArgs' : 'noArgs', { extra: positional.slice(specs.length).join(' ') }),
      );
    }
    for (const [k, spec] of specs.entries()) {
      const v = positional[k];
      if (v === undefined) throw new UsageError(say('missingArg', { arg: spec.name }));
      if (spec.choices && !spec.choices.includes(v)) {
        throw new UsageError(say('badChoice', { value: v, choices: spec.choices.join(', ') }));
      }
    }
  }
  return {
    positional,
    flags,
    lang,
    workspace: typeof flags['workspace'] === 'string' ? flags['workspace'] : 'workspace',
    today: typeof flags['today'] === 'string' ? flags['today'] : undefined,
  };
}

function unknownOption(
  cmd: Command,
  name: string,
  argv: string[],
  at: number,
  all: Command[],
  lang: Lang,
): string {
  const say = cliText(lang);
  const lines = [say('unknownOption', { option: `--${name}`, command: cmd.name })];
  const near = nearest(
    name,
    optionsOf(cmd).map((o) => o.name),
  );
  if (near) {
    const fixed = [...argv];
    fixed[at] = argv[at]!.replace(/^--?[^=]*/, `--${near}`);
    lines.push(say('didYouMean', { option: `--${near}`, line: ['planbook', cmd.name, ...fixed].join(' ') }));
  }
  const owners = all.filter((c) => c !== cmd && c.options.some((o) => o.name === name)).map((c) => c.name);
  if (owners.length) lines.push(say('optionOfOther', { option: `--${name}`, commands: owners.join(', ') }));
  lines.push(say('seeHelp', { command: cmd.name }));
  return lines.join('\n');
}

/** The candidate within edit distance 2 (or a prefix of it), the closest first; undefined if none. */
export function nearest(word: string, candidates: string[]): string | undefined {
  let best: { c: string; d: number } | undefined;
  for (const c of candidates) {
    const d = c.startsWith(word) && word.length >= 2 ? 0.5 : distance(word, c);
    if (d <= 2 && (!best || d < best.d)) best = { c, d };
  }
  return best?.c;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** A command's own help: its usage line, summary and every option it takes. */
export function commandHelp(cmd: Command, lang: Lang): string {
  const say = cliText(lang);
  const opts = optionsOf(cmd);
  const label = (o: OptionSpec) => `--${o.name}${o.value ? ` ${o.value}` : ''}`;
  const width = Math.max(...opts.map((o) => label(o).length));
  return [
    `${say('usage')}: ${cmd.usage}`,
    '',
    lang === 'en' ? cmd.summaryEn : cmd.summary,
    '',
    `${say('options')}:`,
    ...opts.map((o) => `  ${label(o).padEnd(width)}  ${o.help[lang]}`),
  ].join('\n');
}
