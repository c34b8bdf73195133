// planbook <command> [options]: the local Workspace from the terminal. Options are declared per
// command (cli/options.ts); anything else is refused before any workspace is touched.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { parseFault } from '../localgas/faultFlag';
import { Runtime } from '../localgas/runtime';
import type { HostKind } from '../localgas/service';
import { Workspace } from '../localgas/workspace';
import { t } from '../src/domain/texts/ui';
import type { Lang } from '../src/domain/types';
import { accessCmd } from './commands/access';
import { answerCmd } from './commands/answer';
import { check, importCmd, setup, status } from './commands/basic';
import { card } from './commands/card';
import { demo } from './commands/demo';
import { automationCmd, remindCmd, tickCmd } from './commands/remind';
import { reportCmd } from './commands/report';
import { editCmd, syncCmd } from './commands/sync';
import { type CliArgs, CliError, type Command, type Io, type OptionSpec } from './commands/types';
import { uiCmd } from './commands/ui';
import {
  COMMON_OPTIONS,
  commandHelp,
  deniedScopes,
  langOfArgv,
  nearest,
  parseCommandArgs,
  UsageError,
} from './options';
import { PLANBOOK } from './product';
import { cliText } from './texts';

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
  answerCmd,
  card,
  accessCmd,
];

const HOSTS: HostKind[] = ['bound', 'editor-addon', 'workspace-addon'];

function hostOf(flag: string | boolean | undefined, lang: Lang): HostKind {
  if (flag === undefined) return 'bound';
  const h = HOSTS.find((x) => x === flag);
  if (!h)
    throw new UsageError(cliText(lang)('badChoice', { value: String(flag), choices: HOSTS.join(', ') }));
  return h;
}

/** The command's name (the first bare word not taken by a common option) and the words around it. */
export function splitCommand(argv: string[]): { command: string | undefined; rest: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('-')) return { command: a, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
    const name = a.slice(2);
    if (COMMON_OPTIONS.some((o) => o.name === name && o.value)) i++;
  }
  return { command: undefined, rest: argv };
}

function help(lang: Lang): string {
  const say = cliText(lang);
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  const label = (o: OptionSpec) => `--${o.name}${o.value ? ` ${o.value}` : ''}`;
  const optWidth = Math.max(...COMMON_OPTIONS.map((o) => label(o).length));
  return [
    say('helpTitle'),
    '',
    `${say('usage')}: ${say('helpUsage')}`,
    '',
    `${say('commands')}:`,
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${lang === 'en' ? c.summaryEn : c.summary}`),
    '',
    `${say('commonOptions')}:`,
    ...COMMON_OPTIONS.map((o) => `  ${label(o).padEnd(optWidth)}  ${o.help[lang]}`),
    '',
    say('helpMore'),
  ].join('\n');
}

/** Refuses a folder that is not a workspace, except for the commands that make one. */
function checkWorkspace(cmd: Command, dir: string, lang: Lang): void {
  const say = cliText(lang);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new CliError(say('notAFolder', { dir }), 2);
  const ws = new Workspace(dir, PLANBOOK.stateDir);
  if (ws.exists()) return;
  const empty = !existsSync(dir) || readdirSync(dir).length === 0;
  if (!cmd.makesWorkspace) throw new CliError(say(empty ? 'noWorkspace' : 'noWorkspaceHere', { dir }), 2);
  if (!empty) throw new CliError(say('folderNotEmpty', { dir }), 2);
}

export function consoleIo(): Io {
  const tty = Boolean(process.stderr.isTTY);
  return {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    progress: (t) => {
      if (tty) process.stderr.write(`\r\x1b[K${t}`);
    },
    ask: process.stdin.isTTY && process.stdout.isTTY ? askOnTerminal : undefined,
  };
}

async function askOnTerminal(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

export async function main(argv: string[], io: Io = consoleIo()): Promise<number> {
  const lang = langOfArgv(argv);
  const say = cliText(lang);
  const { command, rest } = splitCommand(argv);
  if (!command || command === 'help') {
    const asked = command === 'help' || rest.includes('--help') || rest.includes('-h');
    io.out(help(lang));
    return asked ? 0 : 2;
  }
  const cmd = COMMANDS.find((c) => c.name === command);
  if (!cmd) {
    const near = nearest(
      command,
      COMMANDS.map((c) => c.name),
    );
    io.err(`planbook: ${say('unknownCommand', { command })}`);
    if (near) io.err(say('didYouMeanCommand', { command: [near, ...rest].join(' ') }));
    io.err(say('listCommands'));
    return 2;
  }
  // Commands open the workspace when they need it; it is closed here however the command ends.
  const opened: Runtime[] = [];
  let args: CliArgs | undefined;
  try {
    try {
      args = parseCommandArgs(cmd, rest, COMMANDS, lang);
      hostOf(args.flags['host'], lang);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      io.err(`planbook ${command}: ${e.message}`);
      io.err(`${say('usage')}: ${cmd.usage}`);
      return 2;
    }
    if (args.flags['help']) {
      io.out(commandHelp(cmd, lang));
      return 0;
    }
    const a = args;
    checkWorkspace(cmd, a.workspace, lang);
    const open = async () => {
      const rt = await Runtime.open({
        workspace: a.workspace,
        product: PLANBOOK,
        today: a.today,
        session: typeof a.flags['locale'] === 'string' ? { locale: a.flags['locale'] } : undefined,
        faults: typeof a.flags['fault'] === 'string' ? [parseFault(a.flags['fault'])] : undefined,
        denyScopes: deniedScopes(a.flags['deny-scope']),
        host: hostOf(a.flags['host'], lang),
        install: typeof a.flags['install'] === 'string' ? a.flags['install'] : undefined,
      });
      opened.push(rt);
      return rt;
    };
    return await cmd.run(a, io, open);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // The script speaks of the Google Sheets menu; here the way to set the plan up is a command.
    const notSetUp = message === t('notSetUp', 'ru') || message === t('notSetUp', 'en');
    const dir = args?.workspace ?? 'workspace';
    io.err(`planbook ${command}: ${notSetUp ? say('notSetUp', { dir }) : message}`);
    return e instanceof CliError ? e.code : 1;
  } finally {
    for (const rt of opened) await rt.close();
  }
}

// The emulator's pieces, for scripts and tests that drive it from Node (require('.build/cli.js')).
export { Runtime } from '../localgas/runtime';
export { FileLock } from '../localgas/services/lock';
