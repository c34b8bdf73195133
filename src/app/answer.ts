// Results straight from the mail: the «Отметить результат» link of a reminder opens the web app's page
// of one event (doGet); its form saves (doPost) exactly the Статус, Итоги, Участников, Классы and
// Публикация cells of that row, found by its key, under the script lock; the Log keeps every answer,
// the row's calendar event follows, and the nudges stop because the row has its status and results.
//
// The link carries a token signed with the plan's secret (document properties; domain/answerToken.ts).
// A token that is damaged, signed with another secret (another plan, or revoked), expired, for a row that
// is gone, or for someone no longer responsible gets a page saying so, and nothing is written.
import {
  ANSWER_FIELDS,
  type AnswerInput,
  type AnswerValues,
  answerCells,
  parseAnswer,
} from '../domain/answerForm';
import { type AnswerEvent, type AnswerPageInput, answerPage, messagePage } from '../domain/answerPage';
import { type AnswerClaim, readToken, signToken } from '../domain/answerToken';
import { STATUSES } from '../domain/columns';
import { addDays, compareDays, formatDayRu } from '../domain/days';
import { datesText } from '../domain/eventDates';
import { type AnswerTextId, at } from '../domain/texts/answer';
import type { Day, Lang } from '../domain/types';
import { Budget } from './budget';
import { type AppContext, flushLog, log } from './context';
import { loadPlan, NotSetUpError, type PlanItem, type PlanSnapshot } from './plan';
import { syncRows } from './sync';

const SECRET_KEY = 'webapp:secret';
/** A link works this many days after the event's last day (or after the mail, if later). */
export const LINK_DAYS = 60;

export interface WebPage {
  title: string;
  html: string;
  /** What happened, for tests and the CLI: 'form', 'saved', 'invalid', or the refusal. */
  outcome: 'form' | 'saved' | 'invalid' | 'refused';
  reason?: string;
}

export type LinkMaker = (key: string, person: string, lastDay: Day) => string;

/**
 * Makes the links for today's mails, or null when the script has no web app deployment (mails then point
 * to the sheet only). `create`: make the plan's secret if it has none yet (a run that sends mail).
 */
export function answerLinks(ctx: AppContext, create: boolean): LinkMaker | null {
  const url = ctx.webApp.url();
  if (!url) return null;
  const store = ctx.planStore();
  let secret = store.get(SECRET_KEY);
  if (!secret) {
    if (!create) return null;
    secret = ctx.webApp.newSecret();
    store.set(SECRET_KEY, secret);
  }
  const key = secret;
  return (rowKey, person, lastDay) => {
    const from = compareDays(lastDay, ctx.today) > 0 ? lastDay : ctx.today;
    const claim: AnswerClaim = { key: rowKey, person, expires: addDays(from, LINK_DAYS) };
    return `${url}?t=${signToken(claim, key, (v, k) => ctx.webApp.hmacSha256(v, k))}`;
  };
}

/** «Отозвать все ссылки»: a new secret, so every link mailed so far stops working. */
export function revokeLinks(ctx: AppContext): string {
  ctx.planStore().set(SECRET_KEY, ctx.webApp.newSecret());
  const message = at('revoked', ctx.lang);
  log(ctx, at('logAnswer', ctx.lang), message);
  flushLog(ctx);
  return message;
}

function refused(ctx: AppContext, title: AnswerTextId, text: AnswerTextId, reason: string, p = {}): WebPage {
  return {
    title: at(title, ctx.lang),
    html: messagePage(ctx.lang, at(title, ctx.lang), at(text, ctx.lang, p)),
    outcome: 'refused',
    reason,
  };
}

type Checked =
  | { ok: true; claim: AnswerClaim; snap: PlanSnapshot; item: PlanItem }
  | { ok: false; page: WebPage };

/** The token, then the row it names and the person it was sent for. Reads the plan once. */
function check(ctx: AppContext, token: string): Checked {
  const secret = ctx.planStore().get(SECRET_KEY);
  const t = secret
    ? readToken(token, secret, (v, k) => ctx.webApp.hmacSha256(v, k), ctx.today)
    : ({ ok: false, reason: 'signature' } as const);
  if (!t.ok) {
    if (t.reason === 'expired') {
      // readToken says «expired» only for a good signature, so the day shown is the one planbook signed.
      const date = formatDayRu(t.expires);
      return { ok: false, page: refused(ctx, 'expiredTitle', 'expiredText', 'expired', { date }) };
    }
    return { ok: false, page: refused(ctx, 'badLinkTitle', 'badLinkText', t.reason) };
  }
  let snap: PlanSnapshot;
  try {
    snap = loadPlan(ctx);
  } catch (e) {
    if (e instanceof NotSetUpError)
      return { ok: false, page: refused(ctx, 'notSetUpTitle', 'notSetUpText', 'notSetUp') };
    throw e;
  }
  const item = snap.items.find((it) => it.row.key === t.claim.key);
  if (!item) return { ok: false, page: refused(ctx, 'goneTitle', 'goneText', 'gone') };
  const person = t.claim.person.toLowerCase();
  if (!item.recipients.some((r) => r.toLowerCase() === person))
    return { ok: false, page: refused(ctx, 'notYoursTitle', 'notYoursText', 'notYours') };
  return { ok: true, claim: t.claim, snap, item };
}

function participantsText(v: unknown): string {
  return v === '' || v === null || v === undefined ? '' : String(v);
}

function eventOf(ctx: AppContext, it: PlanItem, v: AnswerValues = {}): AnswerEvent {
  const status = v.status ?? it.row.status;
  return {
    title: it.row.title,
    when: datesText(it.timing),
    place: it.row.place,
    classes: v.classes ?? it.row.classes,
    responsibles: it.names.join(', '),
    status,
    statusText: v.status ? STATUSES[v.status][ctx.lang] : it.row.statusText,
    results: v.results ?? it.row.results,
    participants:
      v.participants !== undefined ? participantsText(v.participants) : participantsText(it.row.participants),
    publication: v.publication ?? it.row.publication,
  };
}

/** Fields whose column the plan lacks (an old plan not set up again). */
function missingFields(snap: PlanSnapshot): string[] {
  return (['results', 'participants', 'classes', 'publication'] as const).filter((f) => snap.map[f] < 0);
}

/** A row still «запланировано» whose event has begun: the form offers «проведено» first. */
function proposed(ctx: AppContext, it: PlanItem): AnswerEvent {
  const ev = eventOf(ctx, it);
  const begun = it.timing.occurrences.some((o) => o.start <= ctx.today);
  if (ev.status === 'planned' && !it.row.statusText && begun) ev.status = 'held';
  return ev;
}

/** doGet: the event and its form. Writes nothing. */
export function answerForm(ctx: AppContext, params: Record<string, string>, action: string): WebPage {
  const token = params['t'] ?? '';
  const c = check(ctx, token);
  if (!c.ok) return c.page;
  const ev = proposed(ctx, c.item);
  return formPage(ctx, 'form', { action, token, event: ev, missing: missingFields(c.snap) });
}

/** The event's page: its form, refused input shown again, or what was saved. */
function formPage(
  ctx: AppContext,
  outcome: 'form' | 'saved' | 'invalid',
  p: Omit<AnswerPageInput, 'lang'>,
): WebPage {
  return {
    title: `${at('pageTitle', ctx.lang)}: ${p.event.title}`,
    html: answerPage({ lang: ctx.lang, ...p }),
    outcome,
  };
}

function logLine(ctx: AppContext, it: PlanItem, v: AnswerValues, person: string): string {
  const lang: Lang = ctx.lang;
  const short = (s: string) => (s.length > 120 ? s.slice(0, 119) + '…' : s);
  const fields: string[] = [];
  if (v.status) fields.push(`${at('status', lang)}: ${STATUSES[v.status][lang]}`);
  if (v.results !== undefined) fields.push(`${at('results', lang)}: ${short(v.results) || '—'}`);
  if (v.participants !== undefined) fields.push(`${at('participants', lang)}: ${v.participants || '—'}`);
  if (v.classes !== undefined) fields.push(`${at('classes', lang)}: ${v.classes || '—'}`);
  if (v.publication !== undefined) fields.push(`${at('publication', lang)}: ${v.publication || '—'}`);
  return at('logAnswerLine', lang, {
    row: it.row.row,
    number: it.row.number ? ` (№${it.row.number})` : '',
    title: it.row.title,
    fields: fields.join('; '),
    person,
  });
}

/** doPost (the caller holds the script lock): checks, writes the row's answer cells, logs, syncs. */
export function saveAnswer(ctx: AppContext, params: Record<string, string>, action: string): WebPage {
  const token = params['t'] ?? '';
  const c = check(ctx, token);
  if (!c.ok) {
    log(ctx, at('logAnswer', ctx.lang), at('logRefused', ctx.lang, { reason: c.page.reason ?? '' }));
    flushLog(ctx);
    return c.page;
  }
  const { snap, item } = c;
  const input: AnswerInput = {};
  const missing = missingFields(snap);
  for (const f of ['status', 'results', 'participants', 'classes', 'publication'] as const) {
    if (params[f] !== undefined && !missing.includes(f)) input[f] = String(params[f]);
  }
  const parsed = parseAnswer(input);
  if (!parsed.ok) {
    const event = eventOf(ctx, item);
    return formPage(ctx, 'invalid', { action, token, event, errors: parsed.errors, input, missing });
  }
  writeAnswer(ctx, snap, item.row.row, parsed.values);
  log(ctx, at('logAnswer', ctx.lang), logLine(ctx, item, parsed.values, c.claim.person));
  flushLog(ctx);
  // The row's calendar event shows the new status (held, moved; a cancelled one is removed).
  syncRows(ctx, new Budget(), [item.row.row]);
  const savedAt = ctx.clock.timeIn(ctx.now, ctx.settings.timeZone);
  return formPage(ctx, 'saved', {
    action,
    token,
    event: eventOf(ctx, item, parsed.values),
    savedAt,
    missing,
  });
}

/** Writes the answer's cells of one row: one read of their formats, one write per run of adjacent columns. */
function writeAnswer(ctx: AppContext, snap: PlanSnapshot, row: number, values: AnswerValues): void {
  const used = ANSWER_FIELDS.filter((f) => values[f] !== undefined && snap.map[f] >= 0).map(
    (f) => snap.map[f],
  );
  if (used.length === 0) return;
  const first = Math.min(...used);
  const formats = ctx.book.numberFormats(snap.sheet, row, first + 1, Math.max(...used) - first + 1);
  const cells = answerCells(values, ctx.lang, (f) => formats[snap.map[f] - first] === '@');
  const cols = (Object.entries(cells) as [keyof AnswerValues, string | number][])
    .map(([f, v]) => ({ col: snap.map[f], v }))
    .filter((x) => x.col >= 0)
    .sort((a, b) => a.col - b.col);
  let i = 0;
  while (i < cols.length) {
    let j = i;
    while (j + 1 < cols.length && cols[j + 1]!.col === cols[j]!.col + 1) j++;
    ctx.book.write(snap.sheet, row, cols[i]!.col + 1, [cols.slice(i, j + 1).map((x) => x.v)]);
    i = j + 1;
  }
}
