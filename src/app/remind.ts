// Reminders: read the plan and the record of what was sent, ask the domain for today's digests, send
// them most urgent first within the day's mail quota (domain/mailPlan.ts: the rest go on the next days;
// the owner is told once of an overflow and of each reminder that will not go in time), recording each
// mail before the next one, so no mail is ever sent twice.
//
// Exactly once across kills: each mail's record is written with the quota witness in one call before
// the send (app/mailWitness.ts); a run settles a witness left by a killed one before it sends anything.

import { addDays, compareDays } from '../domain/days';
import { type MailPlan, planMail } from '../domain/mailPlan';
import { composeQuotaNotice } from '../domain/quotaNotice';
import { type ComposedMail, calendarDayUrl, composeDigest, type MailLinks } from '../domain/reminderMail';
import {
  type Digest,
  dayFromCompact,
  digestIds,
  type ReminderRow,
  type ReminderRules,
  readRecord,
  recipientTag,
  recordEntries,
  type SentRecord,
  shortHash,
} from '../domain/reminders';
import { isYes, parseDayList } from '../domain/settings';
import { qt } from '../domain/texts/quota';
import { t } from '../domain/texts/ui';
import type { Day } from '../domain/types';
import { answerLinks } from './answer';
import type { Budget } from './budget';
import { type AppContext, flushLog, log } from './context';
import type { Job } from './jobs';
import { logUnsure, sendWitnessed, settleMail, WITNESS_KEY } from './mailWitness';
import { loadPlan, type PlanSnapshot, writeSystemColumns } from './plan';
import type { KeyValueStore } from './ports';
import { isMailQuotaError, recipientCount } from './serviceErrors';

export interface RemindOptions {
  preview: boolean;
  budget?: Budget;
}

export interface RemindMail {
  to: string;
  person: string;
  subject: string;
  items: number;
  problems: number;
}

export interface RemindResult {
  today: string;
  preview: boolean;
  testMode: boolean;
  /** Mails sent (preview: that would be sent). */
  mails: RemindMail[];
  /** Mails left for the next run (quota or time). */
  left: number;
  /** Reminders that the daily quota keeps from going before their last day (today's and forecast). */
  late: number;
  /** In the forecast, the day by which every mail left for the quota has gone. */
  clearedBy: string | null;
  stoppedBy: 'quota' | 'budget' | null;
  deferred: number;
  /** Reminders that could not reach one of their responsibles (reported to the owner). */
  unreachable: number;
  failed: string[];
  message: string;
}

/** Bytes of the record beyond which the oldest entries are dropped early (the store holds 500 KB). */
const RECORD_SOFT_LIMIT = 350 * 1024;
/** Expired keys deleted per run (one call each); the rest go the next day. */
const PRUNE_PER_RUN = 60;
/**
 * The largest quota a run has seen (a fresh day's: 100 on consumer accounts, 1,500 on Workspace), the
 * forecast's day. The first run on a day others already mailed from sees less: the forecast then errs
 * on the side of warning.
 */
const DAILY_KEY = 'rm:daily';
/** The last day whose reminders did not all fit in the quota ("YYMMDD"): an overflow is told once. */
const OVERFLOW_KEY = 'rm:quota';

function rulesOf(ctx: AppContext): ReminderRules {
  const p = Number(ctx.settings.get('periodLeadDays'));
  return {
    leadDays: parseDayList(ctx.settings.get('leadDays'), [7, 1]),
    periodLeadDays: Number.isInteger(p) && p >= 0 && p <= 60 ? p : 5,
  };
}

function reminderRows(snap: PlanSnapshot): ReminderRow[] {
  return snap.items
    .filter((it) => it.row.key)
    .map((it) => ({
      key: it.row.key,
      row: it.row.row,
      number: it.row.number,
      title: it.row.title,
      period: it.row.period,
      place: it.row.place,
      classes: it.row.classes,
      section: it.row.section,
      kind: it.timing.kind,
      occurrences: it.timing.occurrences,
      status: it.row.status,
      results: it.row.results,
      names: it.names,
      recipients: it.recipients,
      reachProblems: it.problems.filter((p) => p.code.startsWith('responsible.')),
    }));
}

function lastDay(occurrences: { end: string }[]): string | null {
  return occurrences.reduce<string | null>((m, o) => (m === null || o.end > m ? o.end : m), null);
}

function compactDay(day: string): string {
  return day.slice(2, 4) + day.slice(5, 7) + day.slice(8, 10);
}

export function remind(ctx: AppContext, opts: RemindOptions): RemindResult {
  const today = ctx.today;
  const snap = loadPlan(ctx);
  // New row keys and e-mail problems are written first: a reminder id contains the row key, so the key
  // must be in the sheet before anything is sent under it.
  if (!opts.preview) writeSystemColumns(ctx, snap);
  const rows = reminderRows(snap);
  const store = ctx.store();
  let all = store.all();
  const quotaStart = ctx.mail.remainingDailyQuota();
  let quota = quotaStart;

  // A mail whose send may have been cut off by a killed run (app/mailWitness.ts).
  const settled = settleMail(ctx, store, all, opts.preview);
  if (settled.dropped.length > 0) {
    all = { ...all };
    for (const k of settled.dropped) delete all[k];
  }
  if (!opts.preview) logUnsure(ctx, settled);
  const record = readRecord(all, today);
  const testMode = isYes(ctx.settings.get('testMode'));
  const owner = (ctx.settings.get('ownerEmail') || '').trim() || ctx.session.effectiveUserEmail();
  const daily = Math.max(Number(all[DAILY_KEY]) || 0, quotaStart);
  const popts = { testMode, owner };
  const quotaPlan = (reserve: number) =>
    planMail(rows, today, rulesOf(ctx), record, popts, { today: quota, daily, reserve });
  let plan = quotaPlan(0);
  let notice = noticeNeeded(plan, all, record, today, owner, testMode);
  if (notice) {
    plan = quotaPlan(1);
    notice = noticeNeeded(plan, all, record, today, owner, testMode);
  }
  const digests = [...plan.send, ...plan.carried];

  const rowBase = ctx.book.rowUrl(snap.sheet, 2);
  // «Отметить результат» links only with a web app deployment; the plan's secret is made by a sending run.
  const answer = digests.length ? answerLinks(ctx, !opts.preview) : null;
  const links: MailLinks = {
    row: (r) => rowBase.replace(/A2$/, `A${r}`),
    calendar: (item) => calendarDayUrl(item.due.occurrence.start),
    sheet: rowBase.split('#')[0] ?? rowBase,
    answer: answer
      ? (item, person) => answer(item.row.key, person, lastDay(item.row.occurrences) ?? today)
      : undefined,
  };
  const mctx = { lang: ctx.lang, today, schoolName: ctx.settings.get('schoolName') };
  const unreachable = digests.reduce((s, d) => s + d.problems.length, 0);
  const result: RemindResult = {
    today,
    preview: opts.preview,
    testMode,
    mails: [],
    left: plan.carried.length,
    late: plan.late.length,
    clearedBy: plan.carried.length > 0 ? plan.clearedBy : null,
    stoppedBy: plan.carried.length > 0 ? 'quota' : null,
    deferred: plan.deferred.length,
    unreachable,
    failed: [],
    message: '',
  };
  const summary = (d: Digest, m: ComposedMail): RemindMail => ({
    to: m.to,
    person: d.person,
    subject: m.subject,
    items: d.items.length,
    problems: d.problems.length,
  });

  if (opts.preview) {
    result.mails = digests.map((d) => summary(d, composeDigest(d, mctx, links)));
    result.message = previewMessage(ctx, result);
    return result;
  }

  if (quotaStart > (Number(all[DAILY_KEY]) || 0)) store.set(DAILY_KEY, String(quotaStart));
  let pendingWritten = false;
  /** Sends one mail under the record and the pending witness (see the header); false: stop the run. */
  const sendRecorded = (
    mail: ComposedMail,
    entries: Record<string, string>,
    left: number,
  ): boolean | null => {
    // 20 s kept back for the records and the owner's notice; a card's 20 s (app/operation.ts BY_CARD)
    // keeps a tenth back, its callback's last 10 s being its own margin.
    if (opts.budget?.exhausted(opts.budget.margin(20_000))) {
      result.stoppedBy = 'budget';
      result.left = left;
      return false;
    }
    const n = recipientCount(mail);
    if (quota < n) {
      result.stoppedBy = 'quota';
      result.left = left;
      return false;
    }
    pendingWritten = true;
    try {
      sendWitnessed(ctx, store, mail, entries, quota);
      quota -= n;
      return true;
    } catch (e) {
      // Not sent: its record is gone (sendWitnessed), so that it goes out next time.
      if (isMailQuotaError(e)) {
        result.stoppedBy = 'quota';
        result.left = left;
        return false;
      }
      result.failed.push(`${mail.to}: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
  };
  let going = true;
  for (let i = 0; i < plan.send.length && going; i++) {
    const d = plan.send[i]!;
    const mail = composeDigest(d, mctx, links);
    const sent = sendRecorded(mail, recordEntries(d.tag, today, d.expires, digestIds(d)), digests.length - i);
    if (sent) result.mails.push(summary(d, mail));
    going = sent !== false;
  }
  if (going && notice) {
    const mail = composeQuotaNotice(
      {
        to: owner,
        sent: result.mails.length,
        plan: { ...plan, late: notice.late },
        daily,
        tellCarried: notice.carried,
      },
      mctx,
      links.sheet,
    );
    const entries = {
      ...notice.entries,
      ...(plan.carried.length ? { [OVERFLOW_KEY]: compactDay(today) } : {}),
    };
    sendRecorded(mail, entries, plan.carried.length);
  } else if (plan.carried.length > 0 && all[OVERFLOW_KEY] !== compactDay(today)) {
    store.set(OVERFLOW_KEY, compactDay(today));
  }
  if (pendingWritten) store.remove(WITNESS_KEY);
  prune(store, record);

  result.message = sentMessage(ctx, result, owner, opts.budget?.resumesByTrigger === false);
  if (result.mails.length > 0 || result.failed.length > 0 || result.stoppedBy || settled.why) {
    log(ctx, t('logRemind', ctx.lang), result.message);
    flushLog(ctx);
  }
  return result;
}

/**
 * What the owner must be told about the quota, and its record (under the owner's tag + 'q', so it is no
 * reminder mail of theirs): an overflow once when it starts (not when the day before overflowed too),
 * and each reminder that will not go in time once.
 */
function noticeNeeded(
  plan: MailPlan,
  all: Record<string, string>,
  record: SentRecord,
  today: Day,
  owner: string,
  testMode: boolean,
): { carried: boolean; late: MailPlan['late']; entries: Record<string, string> } | null {
  if (!owner) return null;
  const last = all[OVERFLOW_KEY];
  const ongoing =
    last !== undefined && /^\d{6}$/.test(last) && compareDays(dayFromCompact(last), addDays(today, -1)) >= 0;
  const carried = plan.carried.length > 0 && !ongoing;
  const tag = `${recipientTag(owner, testMode)}q`;
  const told = record.sent.get(tag);
  const ids = plan.late.map((l) => `l.${recipientTag(l.person, testMode)}.${l.item.due.id}`);
  const fresh = plan.late.filter((_, i) => !told?.has(shortHash(ids[i]!)));
  if (!carried && fresh.length === 0) return null;
  const expires = plan.late.reduce((m, l) => (compareDays(l.lastDay, m) > 0 ? l.lastDay : m), today);
  return { carried, late: fresh, entries: recordEntries(tag, today, expires, [...ids, `c.${today}`]) };
}

/** Drops the record of reminders that can no longer be proposed, and the oldest if the store fills up. */
function prune(store: KeyValueStore, record: ReturnType<typeof readRecord>): void {
  const doomed = new Set(record.expired.slice(0, PRUNE_PER_RUN));
  if (record.bytes > RECORD_SOFT_LIMIT) {
    // Oldest expiry first until under the limit (their reminders are near the end of their catch-up week).
    const bases = [...record.keys.keys()].sort();
    let bytes = record.bytes;
    for (const b of bases) {
      if (bytes <= RECORD_SOFT_LIMIT) break;
      for (const k of record.keys.get(b) ?? []) {
        doomed.add(k);
        bytes -= k.length + 40;
      }
    }
  }
  for (const k of doomed) store.remove(k);
}

/** The run's line; `byCard`: what is left waits for the person to press again (no trigger sends it). */
function sentMessage(ctx: AppContext, r: RemindResult, owner: string, byCard: boolean): string {
  const lang = ctx.lang;
  const date =
    lang === 'ru' ? `${r.today.slice(8, 10)}.${r.today.slice(5, 7)}.${r.today.slice(0, 4)}` : r.today;
  let m =
    r.mails.length > 0
      ? t('remindSent', lang, { date, sent: r.mails.length, items: r.mails.reduce((s, x) => s + x.items, 0) })
      : t('remindNothing', lang, { date });
  if (r.deferred > 0) m += t('remindDeferred', lang, { count: r.deferred });
  if (r.unreachable > 0) m += t('remindUnreachable', lang, { count: r.unreachable });
  if (r.stoppedBy === 'quota') m += qt('runCarried', lang, { left: r.left });
  if (r.late > 0) m += qt('runLate', lang, { late: r.late });
  if (r.stoppedBy === 'budget') m += t(byCard ? 'remindBudgetCard' : 'remindBudget', lang, { left: r.left });
  if (r.failed.length > 0) m += t('remindFailed', lang, { list: r.failed.join('; ') });
  if (r.testMode) m += owner ? t('remindTest', lang, { owner }) : t('remindNoOwner', lang);
  return m;
}

function previewMessage(ctx: AppContext, r: RemindResult): string {
  const lang = ctx.lang;
  const date =
    lang === 'ru' ? `${r.today.slice(8, 10)}.${r.today.slice(5, 7)}.${r.today.slice(0, 4)}` : r.today;
  const lines = [t('remindPreview', lang, { date, count: r.mails.length })];
  for (const m of r.mails) lines.push(t('remindPreviewLine', lang, { to: m.to, subject: m.subject }));
  if (r.deferred > 0) lines.push(t('remindDeferred', lang, { count: r.deferred }).trim());
  return lines.join('\n');
}

/** The daily job (after the calendar sync): today's reminders. */
export const remindJob: Job = {
  name: 'remind',
  run: (ctx, budget) => remind(ctx, { preview: false, budget }).message,
};
