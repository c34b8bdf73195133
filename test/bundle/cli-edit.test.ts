// `planbook edit` as the sheet's own checks would have it, and a plan.xlsx that cannot be read: a separate
// process, nothing written on a refusal, the message names the row, column or file and what to do.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../localgas/paths';
import { tempDir } from '../helpers';

const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(REPO_ROOT, 'bin/planbook.cjs'), ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });

describe('planbook edit', () => {
  // tempDir's folders are removed after each test: each test makes its own workspace.
  let dir = '';
  const edit = (...args: string[]) => run('edit', ...args, '--workspace', dir, '--today', '2026-09-01');
  beforeEach(() => {
    dir = tempDir();
    expect(run('setup', '--workspace', dir).status).toBe(0);
    const seed = join(REPO_ROOT, 'seeds/plan-school-library.txt');
    expect(run('import', seed, '--workspace', dir, '--today', '2026-09-01').status).toBe(0);
  }, 120_000);

  it('refuses what the sheet would warn about or not take, and writes nothing', () => {
    const plan = readFileSync(join(dir, 'plan.xlsx'));
    const cases: [string[], string][] = [
      [['--row', '999', '--column', 'Статус', '--value', 'проведено'], 'данные в строках 2–15'],
      [['--row', '1', '--column', 'Статус', '--value', 'проведено'], 'строка 1 — заголовки'],
      [['--row', '3', '--column', 'Ключ', '--value', 'x'], 'столбец «Ключ» скрыт'],
      [
        ['--row', '3', '--column', 'Проблемы', '--value', 'x'],
        'столбец «Проблемы» защищён с предупреждением',
      ],
      [
        ['--row', '3', '--column', 'Статус', '--value', 'готово'],
        'нет в списке столбца «Статус»: запланировано',
      ],
      [['--row', '3', '--column', 'Участников', '--value', '-5'], 'нужно число не меньше 0'],
      [['--row', '3', '--column', 'Итог', '--value', 'x'], 'нет столбца «Итог». Столбцы: №, Мероприятие'],
      [
        ['--row', '3', '--column', 'Статус', '--value', 'x', '--sheet', 'Plan'],
        'нет листа «Plan». Листы: План',
      ],
    ];
    for (const [args, says] of cases) {
      const r = edit(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(says);
    }
    expect(readFileSync(join(dir, 'plan.xlsx')).equals(plan)).toBe(true);
  });

  it('takes a value from the list, and with --force what the sheet takes after its warning', () => {
    const ok = edit('--row', '3', '--column', 'статус', '--value', 'проведено');
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('Строка 3, «Статус»: проведено');
    const forced = edit('--row', '4', '--column', 'Статус', '--value', 'готово', '--force');
    expect(forced.status).toBe(0);
    expect(forced.stderr).toContain('Предупреждение: «готово» нет в списке');
    const rows = JSON.parse(run('status', '--json', '--workspace', dir, '--today', '2026-09-01').stdout).rows;
    expect(rows[1].status).toBe('held');
    expect(rows[2].problems).toContain(
      'Статус «готово» не понятен: выберите из списка — запланировано, проведено, перенесено или отменено',
    );
    // A new row right after the last is a person starting a row.
    expect(edit('--row', '16', '--column', 'Мероприятие', '--value', 'Новое мероприятие').status).toBe(0);
  });
});

describe('an unreadable plan.xlsx', () => {
  it('is named with what to do, in Russian, and left as it was', () => {
    const dir = tempDir();
    expect(run('setup', '--workspace', dir).status).toBe(0);
    const plan = join(dir, 'plan.xlsx');
    writeFileSync(plan, 'PK\u0003\u0004 not really a zip');
    for (const cmd of ['status', 'check', 'sync', 'setup']) {
      const r = run(cmd, '--workspace', dir);
      expect(r.status, cmd).toBe(1);
      expect(r.stderr).toContain(`Не удалось прочитать таблицу ${plan}`);
      expect(r.stderr).toContain('сохраните снова как «Excel 2007–365 (.xlsx)»');
      expect(r.stderr).not.toMatch(/zip|Cannot read|undefined/i);
    }
    expect(readFileSync(plan, 'utf8')).toBe('PK\u0003\u0004 not really a zip');
  });
});
