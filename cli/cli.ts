// planbook <command> [--workspace DIR] [--today YYYY-MM-DD]: the local Workspace from the terminal.

import { parseFault } from '../localgas/faultFlag';
import { Runtime } from '../localgas/runtime';
import { check, importCmd, setup, status } from './commands/basic';
import { card } from './commands/card';
import { demo } from './commands/demo';
import { automationCmd, remindCmd, tickCmd } from './commands/remind';
import { reportCmd } from './commands/report';
import { editCmd, syncCmd } from './commands/sync';
import { type CliArgs, CliError, type Command, type Io } from './commands/types';
import { uiCmd } from './commands/ui';

export const COMMANDS: Command[] = [
  demo,
  setup,
  importCmd,
  check,
  status,
  syncCmd,
  editCmd,
  remindCmd,
  automationCmd,
  tickCmd,
  reportCmd,
  uiCmd,
  card,
];

export function parseArgs(argv: string[]): { command: string | undefined; args: CliArgs } {
  const positional: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      const next = argv[i + 1];
      if (inline !== undefined) flags[name] = inline;
      else if (next !== undefined && !next.startsWith('--') && VALUE_FLAGS.has(name)) {
        flags[name] = next;
        i++;
      } else flags[name] = true;
    } else if (a === '-h') flags['help'] = true;
    else positional.push(a);
  }
  const [command, ...rest] = positional;
  return {
    command,
    args: {
      positional: rest,
      flags,
      workspace: typeof flags['workspace'] === 'string' ? flags['workspace'] : 'workspace',
      today: typeof flags['today'] === 'string' ? flags['today'] : undefined,
    },
  };
}

/** Flags that take a value (the rest are switches). */
export const VALUE_FLAGS = new Set([
  'workspace',
  'today',
  'from',
  'to',
  'month',
  'port',
  'fault',
  'locale',
  'action',
  'html',
  'row',
  'column',
  'value',
  'sheet',
]);

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    'planbook — школьный план мероприятий: календарь, напоминания, отчёты (локальная рабочая папка).',
    '',
    'Использование: planbook <команда> [--workspace ПАПКА] [--today ГГГГ-ММ-ДД]',
    '',
    'Команды:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Общие параметры:',
    '  --workspace ПАПКА   рабочая папка (по умолчанию ./workspace)',
    '  --today ГГГГ-ММ-ДД  «сегодня» для эмулятора (по умолчанию — текущая дата)',
    '  --locale en         язык пользователя (по умолчанию ru)',
    '  --fault ПРАВИЛО     сбой для пробы: kill@12 (прервать на 12-м вызове служб),',
    '                      Calendar.Events.insert#5=rate, MailApp.sendEmail#1=quota, Метод#N=текст ошибки',
    '  --help              эта справка',
  ].join('\n');
}

export function consoleIo(): Io {
  const tty = Boolean(process.stderr.isTTY);
  return {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    progress: (t) => {
      if (tty) process.stderr.write(`\r\x1b[K${t}`);
    },
  };
}

export async function main(argv: string[], io: Io = consoleIo()): Promise<number> {
  const { command, args } = parseArgs(argv);
  if (!command || args.flags['help'] || command === 'help') {
    io.out(help());
    return command || args.flags['help'] ? 0 : 2;
  }
  const cmd = COMMANDS.find((c) => c.name === command);
  if (!cmd) {
    io.err(`planbook: неизвестная команда «${command}». Список команд: planbook --help`);
    return 2;
  }
  // Commands open the workspace when they need it; it is closed here however the command ends.
  const opened: Runtime[] = [];
  const open = async () => {
    const rt = await Runtime.open({
      workspace: args.workspace,
      today: args.today,
      session: typeof args.flags['locale'] === 'string' ? { locale: args.flags['locale'] } : undefined,
      faults: typeof args.flags['fault'] === 'string' ? [parseFault(args.flags['fault'])] : undefined,
    });
    opened.push(rt);
    return rt;
  };
  try {
    return await cmd.run(args, io, open);
  } catch (e) {
    io.err(`planbook ${command}: ${e instanceof Error ? e.message : String(e)}`);
    return e instanceof CliError ? e.code : 1;
  } finally {
    for (const rt of opened) await rt.close();
  }
}

// The emulator's pieces, for scripts and tests that drive it from Node (require('.build/cli.js')).
export { Runtime } from '../localgas/runtime';
export { FileLock } from '../localgas/services/lock';
