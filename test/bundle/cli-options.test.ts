// The CLI's option model, as a person meets it: a separate process; a typo or a wrong folder is refused
// before anything is touched, with the option or command to use instead; exit 2 for usage, 1 for failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { COMMANDS, main } from '../../cli/cli';
import { COMMON_OPTIONS, nearest } from '../../cli/options';
import { REPO_ROOT } from '../../localgas/paths';
import { tempDir } from '../helpers';

const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(REPO_ROOT, 'bin/planbook.cjs'), ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });

/** Every file under dir with its size and modification time. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => {
      const st = statSync(join(dir, f));
      return `${f} ${st.size} ${st.mtimeMs}`;
    })
    .sort();
}

describe('planbook CLI options', () => {
  it('a misspelt option is refused with the nearest one and the whole command to run; nothing is synced', () => {
    const dir = tempDir();
    expect(run('setup', '--workspace', dir).status).toBe(0);
    const before = snapshot(dir);
    const r = run('sync', '--wrkspace', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('у команды sync нет параметра --wrkspace');
    expect(r.stderr).toContain(`Выполните: planbook sync --workspace ${dir}`);
    expect(r.stdout).toBe('');
    expect(snapshot(dir)).toEqual(before);
    // An option of another command names its command.
    const other = run('report', '--json', '--workspace', dir);
    expect(other.status).toBe(2);
    expect(other.stderr).toContain('--json есть у команд: status');
  });

  it('a folder that is not a workspace is refused, and not created, by every command but setup and demo', () => {
    const missing = join(tempDir(), 'no', 'such', 'dir');
    const stranger = tempDir();
    writeFileSync(join(stranger, 'notes.txt'), 'чужая папка');
    const needsWs = COMMANDS.filter((c) => !c.makesWorkspace);
    expect(needsWs.map((c) => c.name)).toContain('remind');
    for (const c of needsWs) {
      const argv = [c.name, ...(c.args ?? []).map((a) => a.choices?.[0] ?? 'plan.txt')];
      if (c.name === 'tick') argv.push('--from', '2026-09-01', '--to', '2026-09-02');
      const r = run(...argv, '--workspace', missing);
      expect(r.status, `${c.name}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain(`planbook setup --workspace ${missing}`);
      expect(r.stderr).not.toContain('Google');
      expect(existsSync(missing)).toBe(false);
      const s = run(...argv, '--workspace', stranger);
      expect(s.status).toBe(2);
      expect(s.stderr).toContain('не рабочая папка planbook');
      expect(readdirSync(stranger)).toEqual(['notes.txt']);
    }
    // setup makes one in a new folder, but not in a folder full of someone else's files.
    expect(run('setup', '--workspace', missing).status).toBe(0);
    expect(existsSync(join(missing, 'plan.xlsx'))).toBe(true);
    const s = run('setup', '--workspace', stranger);
    expect(s.status).toBe(2);
    expect(s.stderr).toContain('не пуста');
    expect(readdirSync(stranger)).toEqual(['notes.txt']);
  }, 240_000); // two processes per command: slow on a busy machine

  it('usage errors exit 2 with the usage line: a missing value, a bare word, a bad choice, an unknown command', () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const value = run('edit', '--row', '--column', 'Статус', '--workspace', dir);
    expect(value.status).toBe(2);
    expect(value.stderr).toContain('после --row нужно значение');
    expect(value.stderr).toContain('Использование: planbook edit');
    expect(run('sync', 'now').stderr).toContain('не принимает слов без параметра');
    const choice = run('automation', 'maybe');
    expect(choice.status).toBe(2);
    expect(choice.stderr).toContain('нужно одно из: on, off');
    const cmd = run('stauts', '--json');
    expect(cmd.status).toBe(2);
    expect(cmd.stderr).toContain('Может быть, planbook status --json?');
    expect(run('status', '--json', '--json').stderr).toContain('указан дважды');
  });

  it('--locale en speaks English in the CLI own words; each command lists its options with --help', () => {
    const r = run('remind', '--workspace', join(tempDir(), 'none'), '--locale', 'en');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not a planbook workspace');
    expect(r.stderr).not.toMatch(/[а-яё]/i);
    const typo = run('sync', '--locale=en', '--todya', '2026-09-01');
    expect(typo.stderr).toContain('Did you mean --today? Run: planbook sync --locale=en --today 2026-09-01');
    const ws = tempDir();
    expect(run('setup', '--workspace', ws, '--locale', 'en').status).toBe(0);
    const status = run('status', '--workspace', ws, '--locale', 'en');
    expect(status.status, status.stderr).toBe(0);
    expect(status.stdout).toContain('Plan rows: 0; with problems: 0');
    expect(status.stdout).not.toMatch(/[а-яё]/i);
    const help = run('--help', '--locale', 'en');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Commands:');
    const edit = run('edit', '--help');
    expect(edit.status).toBe(0);
    for (const o of ['--row N', '--column', '--value', '--workspace', '--locale'])
      expect(edit.stdout).toContain(o);
  });

  it('every declared option is unique in its command and a typo of each is mended to it', () => {
    for (const c of COMMANDS) {
      const names = [...c.options, ...COMMON_OPTIONS].map((o) => o.name);
      expect(new Set(names).size, c.name).toBe(names.length);
      for (const n of names) {
        const typo = n.length > 3 ? `${n.slice(0, 2)}${n.slice(3)}` : n;
        expect(nearest(typo, names), `${c.name} --${typo}`).toBe(n);
      }
    }
  });
});

describe('planbook setup', () => {
  const settingsOf = async (dir: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'plan.xlsx'));
    const out: Record<string, string> = {};
    wb.getWorksheet('Настройки')!.eachRow((r) => {
      out[String(r.getCell(1).value)] = String(r.getCell(2).value ?? '');
    });
    return out;
  };

  it('takes the school and the partner from --school and --partner, and says when the school is missing', async () => {
    const dir = tempDir();
    const bare = run('setup', '--workspace', dir);
    expect(bare.status).toBe(0);
    expect(bare.stdout).toContain('Название школы не указано');
    const r = run(
      'setup',
      '--workspace',
      dir,
      '--school',
      'МОУ «Рамешковская СОШ»',
      '--partner',
      'Библиотека',
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('не указано');
    const s = await settingsOf(dir);
    expect(s['Школа']).toBe('МОУ «Рамешковская СОШ»');
    expect(s['Партнёр']).toBe('Библиотека');
  });

  it('asks for the school and the partner at a terminal when they are not known', async () => {
    const dir = tempDir();
    const asked: string[] = [];
    const out: string[] = [];
    const io = {
      out: (t: string) => out.push(t),
      err: (t: string) => out.push(t),
      progress: () => undefined,
      ask: async (q: string) => {
        asked.push(q);
        return asked.length === 1 ? 'МОУ СОШ № 1' : '';
      },
    };
    expect(await main(['setup', '--workspace', dir], io)).toBe(0);
    expect(asked).toEqual([
      'Название школы (для отчётов и писем; Enter — пропустить): ',
      'Партнёр школы по плану (например, библиотека; Enter — пропустить): ',
    ]);
    expect((await settingsOf(dir))['Школа']).toBe('МОУ СОШ № 1');
    // Known now: a second setup does not ask for the school again.
    asked.length = 0;
    expect(await main(['setup', '--workspace', dir], io)).toBe(0);
    expect(asked).toHaveLength(1);
  });
});
