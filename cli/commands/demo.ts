// demo: a fresh workspace from seeds/, taken through what a school does with planbook.
// Each later feature adds its step to DEMO_STEPS.

import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { instantOf } from '../../localgas/clock';
import type { Runtime } from '../../localgas/runtime';
import { renderCardHtml, renderCardText } from '../../localgas/services/cardRender';
import { fillDemoEmails, fillDemoSettings } from '../demoData';
import { addDemoRows, markDemoDay } from '../demoYear';
import { SEED_PLAN } from '../paths';
import { PLANBOOK } from '../product';
import { homepageCard } from './card';
import { tick } from './remind';
import { buildMonthReport } from './report';
import { runScript } from './script';
import { CliError, type Command, type Io } from './types';

/** The first morning of the seed's school year. */
const DEMO_START = '2026-09-01T08:00';

export interface DemoStep {
  title: string;
  run(rt: Runtime, io: Io): Promise<void>;
}

const DEMO_REPORTS_STEP: DemoStep = {
  title: 'Отчёты за каждый месяц учебного года (reports/*.docx; повторная сборка не создаёт второй документ)',
  async run(rt, io) {
    const st = await runScript(rt, 'getStatus');
    const start = Number(/^(\d{4})/.exec(st.schoolYear)?.[1]);
    if (!start) throw new CliError(`Не понятен учебный год «${st.schoolYear}».`);
    for (const m of [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8]) {
      const y = m >= 9 ? start : start + 1;
      await buildMonthReport(rt, `${y}-${String(m).padStart(2, '0')}`, io, 'ru', '  ');
    }
    const list = (rt.status()['reports'] ?? []) as unknown[];
    io.out(`  Документов отчётов: ${list.length} (${rt.workspace.reportsDir})`);
  },
};

export const DEMO_STEPS: DemoStep[] = [
  {
    title: 'Настройка таблицы',
    async run(rt, io) {
      const r = await runScript(rt, 'setupSheets');
      io.out(`  ${r.message}`);
    },
  },
  {
    title: 'Импорт плана школы (seeds/plan-school-library.txt)',
    async run(rt, io) {
      const r = await runScript(rt, 'importPlan', readFileSync(SEED_PLAN, 'utf8'));
      io.out(`  ${r.message}`);
      for (const p of r.problems) io.out(`  ⚠ ${p}`);
    },
  },
  {
    title: 'Заместитель директора заполняет «Настройки» и e-mail ответственных (example.org)',
    async run(rt, io) {
      for (const line of await fillDemoSettings(rt)) io.out(`  ${line}`);
      const filled = await fillDemoEmails(rt);
      io.out(`  Заполнено адресов: ${filled}`);
    },
  },
  {
    title: 'Заместитель директора дописывает в план мероприятия с точными датами',
    async run(rt, io) {
      for (const line of await addDemoRows(rt)) io.out(`  ${line}`);
    },
  },
  {
    title: 'Проверка плана',
    async run(rt, io) {
      const r = await runScript(rt, 'checkPlan');
      io.out(`  ${r.message}`);
    },
  },
  {
    title: 'Календарь: события плана в общем календаре (calendar.ics)',
    async run(rt, io) {
      const r = await runScript(rt, 'syncCalendar');
      io.out(`  ${r.message}`);
      io.out(`  Файл календаря: ${rt.workspace.calendarPath}`);
    },
  },
  {
    title:
      'Автоматизация включена: прожит учебный год 01.09.2026–31.08.2027; ответственные отмечают проведённое после дня мероприятия (письма — в outbox/)',
    async run(rt, io) {
      const on = await runScript(rt, 'turnAutomationOn');
      io.out(`  ${on.message}`);
      let marked = 0;
      const s = await tick(rt, '2026-09-01', '2027-08-31', io, async (day) => {
        marked += await markDemoDay(rt, day);
      });
      io.out(
        `  Дней: ${s.days}, запусков триггеров: ${s.runs}, отправлено писем: ${s.mails} (${rt.workspace.outboxDir}).`,
      );
      io.out(`  Отмечено строк (статус, итоги, участники): ${marked}`);
      for (const e of s.errors.slice(0, 5)) io.out(`  ⚠ ${e}`);
    },
  },
  DEMO_REPORTS_STEP,
  {
    title: 'Дополнение Google Workspace: карточка в боковой панели Таблиц в конце года (card.html)',
    async run(rt, io) {
      const card = await homepageCard(rt);
      const file = join(rt.workspace.dir, 'card.html');
      writeFileSync(file, renderCardHtml(card));
      for (const line of renderCardText(card)
        .split('\n')
        .filter((l) => l.trim()))
        io.out(`  ${line}`);
      io.out(`  Карточка: ${file}`);
    },
  },
];

export const demo: Command = {
  name: 'demo',
  usage: 'planbook demo [--workspace ПАПКА]',
  summary: 'новая рабочая папка из seeds/: настройка, импорт плана школы и всё, что planbook делает дальше',
  summaryEn: "a fresh workspace from seeds/: setup, import of the school's plan and all planbook does next",
  options: [],
  makesWorkspace: true,
  async run(args, io, open) {
    const dir = args.workspace;
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      if (!existsSync(join(dir, PLANBOOK.stateDir))) {
        throw new CliError(
          `Папка «${dir}» не пуста и не похожа на рабочую папку planbook; выберите другую (--workspace).`,
        );
      }
      rmSync(dir, { recursive: true, force: true });
    }
    const rt = await open();
    // The seed's school year is 2026–2027: the demo starts on its first morning (unless --today says
    // otherwise), so the year it lives through begins after automation is turned on.
    if (!args.today) rt.clock.set(instantOf(DEMO_START, rt.ctx.session.timeZone));
    io.out(
      `Демо planbook в ${rt.workspace.dir} (сегодня в эмуляторе: ${new Date(rt.clock.now()).toISOString().slice(0, 10)})`,
    );
    for (const [i, step] of DEMO_STEPS.entries()) {
      io.out(`${i + 1}. ${step.title}`);
      await step.run(rt, io);
    }
    io.out('');
    io.out(`Готово. Откройте ${rt.workspace.planPath} (LibreOffice или Excel).`);
    io.out('Дальше: planbook status, planbook --help.');
    return 0;
  },
};
