// setup, check, import, status: the plan's own commands.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { settingOf, typeSettings } from '../demoData';
import { planStatus } from '../product';
import { readPlanText, TextFileError } from '../textFile';
import { cliText } from '../texts';
import { runScript } from './script';
import { CliError, type Command } from './types';

export const setup: Command = {
  name: 'setup',
  usage: 'planbook setup',
  summary: 'создать или обновить листы плана (План, Ответственные, Настройки, Журнал) в plan.xlsx',
  summaryEn: 'create or upgrade the plan sheets (Plan, Responsibles, Settings, Log) in plan.xlsx',
  options: [
    {
      name: 'school',
      value: 'НАЗВАНИЕ',
      help: { ru: 'название школы (для отчётов и писем)', en: 'the school name (for reports and mail)' },
    },
    {
      name: 'partner',
      value: 'НАЗВАНИЕ',
      help: {
        ru: 'партнёр школы по плану (для отчётов)',
        en: "the school's partner in the plan (for reports)",
      },
    },
  ],
  makesWorkspace: true,
  async run(args, io, open) {
    const say = cliText(args.lang);
    const rt = await open();
    const r = await runScript(rt, 'setupSheets');
    if (r.created.length) io.out(`${say('sheetsCreated')}: ${r.created.join(', ')}`);
    if (r.upgraded.length) io.out(`${say('sheetsUpgraded')}: ${r.upgraded.join(', ')}`);
    io.out(r.message);
    // The report's title names the school: ask for it (at a terminal) when it is not known yet.
    const given: [string, string][] = [];
    const flag = (k: string) => (typeof args.flags[k] === 'string' ? String(args.flags[k]).trim() : '');
    let school = flag('school');
    if (!school && !settingOf(rt, 'schoolName') && io.ask) school = await io.ask(say('askSchool'));
    if (school) given.push(['schoolName', school]);
    let partner = flag('partner');
    if (!partner && !settingOf(rt, 'partnerName') && io.ask) partner = await io.ask(say('askPartner'));
    if (partner) given.push(['partnerName', partner]);
    for (const line of await typeSettings(rt, given, false)) io.out(line);
    if (!settingOf(rt, 'schoolName')) io.out(say('noSchool', { dir: args.workspace }));
    io.out(`${say('planFile')}: ${rt.workspace.planPath}`);
    return 0;
  },
};

export const check: Command = {
  name: 'check',
  usage: 'planbook check',
  summary: 'проверить план: ключи строк и столбец «Проблемы»',
  summaryEn: 'check the plan: row keys and the Problems column',
  options: [],
  async run(_args, io, open) {
    const rt = await open();
    const r = await runScript(rt, 'checkPlan');
    io.out(r.message);
    return 0;
  },
};

export const importCmd: Command = {
  name: 'import',
  usage: 'planbook import ФАЙЛ [--preview]',
  summary:
    'импортировать план из документа Word (.docx), текста или таблицы (.txt, .tsv, .csv); --preview только показывает',
  summaryEn:
    'import a plan from a Word document (.docx), text or a table (.txt, .tsv, .csv); --preview only shows it',
  options: [
    {
      name: 'preview',
      help: { ru: 'только показать, что будет импортировано', en: 'only show what would be imported' },
    },
  ],
  args: [{ name: 'ФАЙЛ' }],
  async run(args, io, open) {
    const file = args.positional[0];
    if (!file) throw new CliError(cliText(args.lang)('missingArg', { arg: 'ФАЙЛ' }), 2);
    const docx = /\.docx$/i.test(file);
    let text = '';
    let bytes: Buffer | null = null;
    try {
      if (docx) bytes = readFileSync(file);
      else text = readPlanText(file).text;
    } catch (e) {
      if (e instanceof TextFileError) throw new CliError(`«${file}»: ${e.message}`);
      throw new CliError(cliText(args.lang)('importUnreadable', { file }));
    }
    const rt = await open();
    // a Word file goes through the script's own reading (Utilities.unzip, XmlService), as in the dialog
    if (bytes)
      text = await runScript(rt, 'planFileText', {
        name: basename(file),
        data: bytes.toString('base64'),
      });
    const preview = args.flags['preview'] === true;
    const done = preview ? null : await runScript(rt, 'importPlan', text);
    const r = done ?? (await runScript(rt, 'previewImport', text));
    const say = cliText(args.lang);
    io.out(say('importHead', { year: r.schoolYear, rows: r.rows.length }));
    for (const row of r.rows) {
      const flag = row.duplicate ? ` (${say('importDuplicate')})` : '';
      io.out(
        `  ${row.number || '—'}. ${row.title} — ${row.period || '—'}${flag}${row.problems ? `  ⚠ ${row.problems}` : ''}`,
      );
    }
    for (const p of r.problems) io.out(`⚠ ${p}`);
    if (r.newRoles.length) io.out(`${say('importRoles')}: ${r.newRoles.join('; ')}`);
    if (done) io.out(done.message);
    return 0;
  },
};

export const status: Command = {
  name: 'status',
  usage: 'planbook status [--json]',
  summary: 'состояние рабочей папки: строки, проблемы, события, письма, отчёты, вызовы служб',
  summaryEn: "the workspace's state: rows, problems, events, mails, reports, service calls",
  options: [{ name: 'json', help: { ru: 'всё состояние в JSON', en: 'the whole state as JSON' } }],
  async run(args, io, open) {
    const rt = await open();
    const plan = await runScript(rt, 'getStatus');
    const full = { ...plan, events: [], mails: [], reports: [], ...planStatus(rt) };
    if (args.flags['json']) {
      io.out(JSON.stringify(full, null, 2));
      return 0;
    }
    const say = cliText(args.lang);
    const rows = plan.rows as { number: string; title: string; problems: string[] }[];
    io.out(`${say('statusDir')}: ${rt.workspace.dir}`);
    io.out(say('statusRows', { rows: rows.length, problems: rows.filter((r) => r.problems.length).length }));
    for (const p of plan.problems) io.out(`⚠ ${p}`);
    const labels = {
      events: say('statusEvents'),
      mails: say('statusMails'),
      reports: say('statusReports'),
      triggers: say('statusTriggers'),
    } as const;
    for (const [k, label] of Object.entries(labels)) {
      const list = (full as Record<string, unknown>)[k];
      if (Array.isArray(list)) io.out(`${label}: ${list.length}`);
    }
    io.out(`${say('statusMore')}: planbook status --json`);
    return 0;
  },
};
