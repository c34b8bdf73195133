// The planbook CLI as a person uses it: a separate process, plain words on stderr, exit codes.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { DEMO_MARKS } from '../../cli/demoYear';
import { REPO_ROOT } from '../../localgas/paths';
import { tempDir } from '../helpers';
import { needTool, SOFFICE, skipWithout } from '../tools';

const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(REPO_ROOT, 'bin/planbook.cjs'), ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });

describe('planbook CLI', () => {
  it('--help lists the commands in Russian', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('planbook setup');
    expect(r.stdout).toContain('planbook status [--json]');
    expect(r.stdout).toContain('Команды');
  });

  it('an unknown command or a missing file fails on stderr with a non-zero exit', () => {
    const bad = run('frobnicate');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('неизвестная команда');
    const dir = tempDir();
    expect(run('setup', '--workspace', dir).status).toBe(0);
    const missing = run('import', join(dir, 'nope.txt'), '--workspace', dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('не удалось прочитать файл');
    const date = run('status', '--workspace', dir, '--today', '2026-13-45');
    expect(date.status).not.toBe(0);
    expect(date.stderr).toMatch(/Нет такой даты|ГГГГ-ММ-ДД/);
  });

  it('--fault kills a run at a chosen call, and a bad rule is refused in plain words', () => {
    const dir = tempDir();
    expect(run('setup', '--workspace', dir).status).toBe(0);
    const killed = run('check', '--workspace', dir, '--fault', 'kill@3');
    expect(killed.status).toBe(1);
    expect(killed.stderr).toContain('planbook check: выполнение прервано (план сбоев эмулятора, --fault).');
    expect(killed.stderr).not.toContain('checkPlan');
    const bad = run('check', '--workspace', dir, '--fault', 'whenever');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Не понят --fault');
    expect(run('check', '--workspace', dir).status).toBe(0);
  });

  it('status --json lists every section even on an empty workspace', () => {
    const dir = tempDir();
    expect(run('setup', '--workspace', dir).status).toBe(0);
    const r = run('status', '--json', '--workspace', dir, '--today', '2026-09-01');
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    for (const k of ['rows', 'problems', 'events', 'mails', 'reports', 'calls']) expect(s).toHaveProperty(k);
    expect(s.rows).toEqual([]);
  });

  it('setup then import of the seed from a file, then status --json shows the rows', () => {
    const dir = tempDir();
    expect(run('setup', '--workspace', dir).status).toBe(0);
    const imp = run(
      'import',
      join(REPO_ROOT, 'seeds/plan-school-library.txt'),
      '--workspace',
      dir,
      '--today',
      '2026-09-01',
    );
    expect(imp.status).toBe(0);
    expect(imp.stdout).toContain('Импортировано строк: 14');
    const s = JSON.parse(run('status', '--json', '--workspace', dir, '--today', '2026-09-01').stdout);
    expect(s.rows).toHaveLength(14);
    expect(s.rows[0]).toMatchObject({
      number: '1',
      timing: { kind: 'month', occurrences: [{ start: '2026-09-01', end: '2026-09-30' }] },
    });
    expect(s.problems).toContain('№13 встречается дважды');
    // sync lists the events by the days people read: the last day, not the API's exclusive end.
    const sync = run('sync', '--workspace', dir, '--today', '2026-09-01');
    expect(sync.status, sync.stderr).toBe(0);
    expect(sync.stdout).toContain('  01.09–30.09.2026  Заключение договора о сотрудничестве');
    expect(sync.stdout).toContain('  01.09.2026–31.05.2027  Участие в районных мероприятиях');
    expect(sync.stdout).not.toContain('конец не включается');
  });
});

describe('planbook demo (npm start)', () => {
  it('leaves a workspace a person can open: plan.xlsx, calendar.ics, mails and a report per month', async () => {
    const dir = join(tempDir(), 'ws');
    const r = run('demo', '--workspace', dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Импортировано строк: 14');
    expect(r.stdout).toContain('Готово.');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'plan.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['План', 'Ответственные', 'Настройки', 'Журнал']);
    // The seed's 14 rows and the 2 the demo adds with exact dates.
    expect(wb.getWorksheet('План')!.actualRowCount).toBe(17);
    expect(readFileSync(join(dir, 'calendar.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(readdirSync(join(dir, 'outbox')).filter((f) => f.endsWith('.eml')).length).toBeGreaterThan(20);
    // A report per month, and the year's analysis (the monthly trigger builds it on 1 June and 1 July).
    const docs = readdirSync(join(dir, 'reports')).filter((f) => f.endsWith('.docx'));
    expect(docs).toHaveLength(13);
    expect(docs.filter((f) => f.includes('Анализ'))).toEqual([
      '2026-2027 Анализ совместных мероприятий за учебный год.docx',
    ]);
    // Reports are shown by their files: the emulator's docs.google.com addresses lead nowhere.
    expect(r.stdout).not.toContain('docs.google.com');
    expect(r.stdout).toContain(
      `готов: ${join(dir, 'reports', '2026-09 Отчёт о совместных мероприятиях.docx')}`,
    );
    // Every kind of mail planbook sends.
    const mails = await Promise.all(
      readdirSync(join(dir, 'outbox'))
        .filter((f) => f.endsWith('.eml'))
        .map((f) => simpleParser(readFileSync(join(dir, 'outbox', f)))),
    );
    const subjects = mails.map((m) => `${m.to && 'text' in m.to ? m.to.text : ''} ${m.subject}`);
    for (const kind of [
      '» — через неделю',
      '» — завтра',
      '» — укажите дату',
      '» — в этом месяце',
      '» — запишите итоги',
      'Напоминания плана мероприятий на ',
      'owner@example.org План мероприятий: сводка на ',
      'director@example.org Отчёт о совместных мероприятиях за сентябрь 2026 г.',
    ]) {
      expect(
        subjects.some((s) => s.includes(kind)),
        kind,
      ).toBe(true);
    }
    // Held only after the event: each mark's day is after the row's last day.
    const rows = JSON.parse(run('status', '--json', '--workspace', dir).stdout).rows as {
      number: string;
      status: string | null;
      timing: { occurrences: { end: string }[] };
    }[];
    for (const m of DEMO_MARKS.filter((x) => x.status === 'проведено')) {
      const row = rows.find((x) => x.number === m.n)!;
      expect(row.status, m.n).toBe('held');
      expect(m.on > row.timing.occurrences.at(-1)!.end, `№${m.n} on ${m.on}`).toBe(true);
    }
    // The card is the one of the year's end: automation is on by then.
    expect(readFileSync(join(dir, 'card.html'), 'utf8')).toContain('Выключить автоматизацию');
    // The spreadsheet opens in LibreOffice where it is installed; CI installs it, so there it must.
    if (
      !skipWithout(
        SOFFICE,
        'plan.xlsx of the demo opened in LibreOffice',
        'apt-get install -y libreoffice-calc',
      )
    ) {
      const soffice = needTool(SOFFICE, 'LibreOffice (soffice)', 'apt-get install -y libreoffice-calc');
      const out = tempDir();
      const c = spawnSync(
        soffice,
        ['--headless', '--convert-to', 'pdf', '--outdir', out, join(dir, 'plan.xlsx')],
        {
          timeout: 120_000,
        },
      );
      expect(c.status).toBe(0);
      expect(existsSync(join(out, 'plan.pdf'))).toBe(true);
    }
  }, 180_000);
});
