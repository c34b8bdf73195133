// remind, tick, automation: reminders now, the daily trigger over a stretch of days, triggers on/off.
import { instantOf } from '../../localgas/clock';
import type { Runtime } from '../../localgas/runtime';
import type { MailFake } from '../../localgas/services/mail';
import type { ScriptAppFake } from '../../localgas/services/scriptApp';
import { handlerLabel, jobLabel } from '../../src/domain/texts/runs';
import { langOfLocale } from '../../src/domain/texts/ui';
import { cliText } from '../texts';
import { runScript } from './script';
import { CliError, type Command, type Io } from './types';

export const remindCmd: Command = {
  name: 'remind',
  usage: 'planbook remind [--preview]',
  summary: 'отправить сегодняшние напоминания (письма — в outbox/); --preview только показывает',
  summaryEn: "send today's reminders (the mail goes to outbox/); --preview only shows them",
  options: [
    { name: 'preview', help: { ru: 'только показать, кому что уйдёт', en: 'only show who would get what' } },
  ],
  async run(args, io, open) {
    const rt = await open();
    const preview = args.flags['preview'] === true;
    const r = await runScript(rt, preview ? 'previewReminders' : 'sendReminders');
    io.out(r.message);
    if (!preview) {
      const mails = rt
        .service<MailFake>('mail')
        .state.mails.slice(-r.mails.length || Number.POSITIVE_INFINITY);
      if (r.mails.length > 0) for (const m of mails) io.out(`  ${m.to}: ${m.subject}  → outbox/${m.file}`);
    }
    return 0;
  },
};

export const automationCmd: Command = {
  name: 'automation',
  usage: 'planbook automation on|off',
  summary: 'включить или выключить триггеры planbook (правка плана, каждое утро, 1-го числа)',
  summaryEn: "turn planbook's triggers on or off (plan edits, every morning, the 1st of the month)",
  options: [],
  args: [{ name: 'on|off', choices: ['on', 'off'] }],
  async run(args, io, open) {
    const what = args.positional[0];
    const rt = await open();
    const r = await runScript(rt, what === 'on' ? 'turnAutomationOn' : 'turnAutomationOff');
    io.out(r.message);
    return 0;
  },
};

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

export interface TickSummary {
  days: number;
  runs: number;
  errors: string[];
  mails: number;
}

/**
 * Fires the time-driven triggers day by day from the start of `from` to the end of `to` (inclusive).
 * `atNoon` is what people do at midday of each day (after the morning's runs), e.g. the demo's marks.
 */
export async function tick(
  rt: Runtime,
  from: string,
  to: string,
  io?: Io,
  atNoon?: (day: string) => Promise<unknown>,
): Promise<TickSummary> {
  const scripts = rt.service<ScriptAppFake>('scriptApp');
  const lang = langOfLocale(rt.ctx.session.locale);
  const say = cliText(lang);
  if (!scripts.triggers.some((t) => t.eventType === 'CLOCK' && t.handler !== 'continueRun')) {
    throw new CliError(say('tickOff'));
  }
  const tz = rt.ctx.session.timeZone;
  const start = instantOf(`${from}T00:00`, tz);
  const end = instantOf(`${to}T00:00`, tz);
  if (end < start) {
    throw new CliError(say('tickBackwards', { from, to }), 2);
  }
  const mail = rt.service<MailFake>('mail');
  const before = mail.state.mails.length;
  rt.clock.set(start);
  const summary: TickSummary = { days: 0, runs: 0, errors: [], mails: 0 };
  // Saving plan.xlsx after every one of hundreds of executions would dominate the run: save the whole
  // workspace at each month's end instead (a killed tick loses at most that month, consistently).
  rt.setAutosave(false);
  try {
    await tickDays();
  } finally {
    await rt.save();
    rt.setAutosave(true);
  }
  io?.progress('');
  return summary;

  async function tickDays(): Promise<void> {
    for (let day = start; day <= end; ) {
      const label = new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(new Date(day));
      const next = instantOf(`${nextDay(label)}T00:00`, tz);
      const ran = [];
      if (atNoon) {
        ran.push(...(await rt.fireTimeTriggers(instantOf(`${label}T12:00`, tz))));
        await atNoon(label);
      }
      ran.push(...(await rt.fireTimeTriggers(next - 1)));
      summary.days++;
      summary.runs += ran.length;
      for (const r of ran) {
        // The run as people call it («ежедневный запуск»), not its function's name.
        const run = handlerLabel(r.handler, lang);
        if (r.outcome.error) summary.errors.push(`${label} ${run}: ${r.outcome.error.message}`);
        if (r.outcome.killed) summary.errors.push(`${label} ${run}: ${say('tickKilled')}`);
        const jobs = Array.isArray(r.outcome.value)
          ? (r.outcome.value as { job: string; ok: boolean; message: string }[])
          : [];
        for (const j of jobs)
          if (!j.ok) summary.errors.push(`${label} ${run}, ${jobLabel(j.job, lang)}: ${j.message}`);
      }
      summary.mails = mail.state.mails.length - before;
      io?.progress(`${label}: запусков ${summary.runs}, писем ${summary.mails}`);
      if (nextDay(label).endsWith('-01')) await rt.save();
      day = next;
    }
  }
}

function nextDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export const tickCmd: Command = {
  name: 'tick',
  usage: 'planbook tick --from ГГГГ-ММ-ДД --to ГГГГ-ММ-ДД',
  summary: 'прожить дни: сработают триггеры по времени (календарь, напоминания, отчёт) за каждый день',
  summaryEn:
    'live through the days: the time-driven triggers (calendar, reminders, report) fire for each day',
  options: [
    { name: 'from', value: 'ГГГГ-ММ-ДД', help: { ru: 'первый день', en: 'the first day' } },
    {
      name: 'to',
      value: 'ГГГГ-ММ-ДД',
      help: { ru: 'последний день (включительно)', en: 'the last day (inclusive)' },
    },
  ],
  async run(args, io, open) {
    const from = args.flags['from'];
    const to = args.flags['to'];
    if (typeof from !== 'string' || typeof to !== 'string' || !DAY_RE.test(from) || !DAY_RE.test(to)) {
      throw new CliError(cliText(args.lang)('tickUsage'), 2);
    }
    const rt = await open();
    const s = await tick(rt, from, to, io);
    const say = cliText(args.lang);
    io.out(say('tickDone', { days: s.days, runs: s.runs, mails: s.mails }));
    for (const e of s.errors.slice(0, 20)) io.out(`  ⚠ ${e}`);
    if (s.errors.length > 20) io.out(`  … ${say('moreErrors', { count: s.errors.length - 20 })}`);
    return s.errors.length > 0 ? 1 : 0;
  },
};
