// The reminder schedule: which reminders are due today, grouped into one digest per person, and the
// compact record of what was sent. Pure: plan rows, today and the record in; plain data out.
//
// Rules (a row's status "held" or "cancelled" stops all of them):
// - before: a dated row (kind date or deadline) gets a reminder leadDays before each occurrence
//   (default 7 and 1 days). When a run was missed, the next run sends the latest lead that is due, once:
//   never a "7 days before" after the 1-day one, never anything after the event started.
// - setDate: a row with only a month, a list of months, a range or a term gets one reminder
//   periodLeadDays before each period starts, asking to set the exact date in the Дата column.
// - monthly: a recurring or whole-year row gets one short line on the first run of each month it covers.
// - nudge: after an occurrence ends (for recurring and whole-year rows: the last one) while the status is
//   still "planned" and Итоги is empty, one reminder to record what happened.
// - Catch-up: a reminder is due on its day; if no run happened that day, the next run sends it, within
//   CATCH_UP_DAYS and while it still makes sense (see each rule). Each reminder goes to each person once.
// - One mail per person per day: everything due for a person is one digest; a person who already got
//   today's digest gets later items the next day.
import { addDays, compareDays, daysBetween, lastDayOfMonth } from './days';
import type { Day, Occurrence, Problem, Status, TimingKind } from './types';

export const CATCH_UP_DAYS = 7;

export type ReminderKind = 'before' | 'setDate' | 'monthly' | 'nudge';

/** What the schedule needs of a plan row (built from app/plan.ts PlanItem). */
export interface ReminderRow {
  key: string;
  /** 1-based sheet row. */
  row: number;
  number: string;
  title: string;
  period: string;
  place: string;
  /** Классы and Раздел of the plan row (optional: '' when the plan has no such column). */
  classes?: string;
  section?: string;
  kind: TimingKind;
  occurrences: Occurrence[];
  status: Status | null;
  results: string;
  /** Responsible names as written. */
  names: string[];
  recipients: string[];
  /** The row's responsible problems (unknown name, no or invalid e-mail). */
  reachProblems: Problem[];
}

export interface DueReminder {
  /** Stable id: row key + rule + lead + occurrence; the record remembers it per recipient. */
  id: string;
  kind: ReminderKind;
  /** Days before the event (kind before). */
  lead?: number;
  occurrence: Occurrence;
  /** The day the rule names; a missed one is sent later (catch-up). */
  dueDay: Day;
  /** After this day the rule never proposes it again, so its record may be forgotten. */
  expires: Day;
  /** 'YYYY-MM' for monthly lines. */
  month?: string;
}

export interface ReminderRules {
  leadDays: number[];
  periodLeadDays: number;
}

const DATED: TimingKind[] = ['date', 'deadline'];
const PERIODS: TimingKind[] = ['month', 'months', 'range', 'term'];
const ONGOING: TimingKind[] = ['recurring', 'year'];

function compact(day: Day): string {
  return day.slice(2, 4) + day.slice(5, 7) + day.slice(8, 10);
}

function minDay(a: Day, b: Day): Day {
  return compareDays(a, b) <= 0 ? a : b;
}

function maxDay(a: Day, b: Day): Day {
  return compareDays(a, b) >= 0 ? a : b;
}

function within(day: Day, from: Day, to: Day): boolean {
  return compareDays(from, day) <= 0 && compareDays(day, to) <= 0;
}

/** The reminder, due on `due` and sent until `last`, when today lies between the two; else none. */
function ifWithin(
  today: Day,
  due: Day,
  last: Day,
  what: Omit<DueReminder, 'dueDay' | 'expires'>,
): DueReminder[] {
  return within(today, due, last) ? [{ ...what, dueDay: due, expires: last }] : [];
}

/** The reminders of one row that should go out today (before the record of what was sent is applied). */
export function dueToday(r: ReminderRow, today: Day, rules: ReminderRules): DueReminder[] {
  if (r.status === 'held' || r.status === 'cancelled') return [];
  const out: DueReminder[] = [];
  const occs = r.occurrences;
  if (DATED.includes(r.kind)) {
    for (const o of occs) {
      // the latest lead whose day has come, as long as the event has not started
      let pick: DueReminder | null = null;
      for (const n of rules.leadDays) {
        const due = addDays(o.start, -n);
        const last = minDay(o.start, addDays(due, CATCH_UP_DAYS));
        if (!within(today, due, last)) continue;
        if (!pick || n < (pick.lead ?? Infinity)) {
          pick = {
            id: `${r.key}.b${n}.${compact(o.start)}`,
            kind: 'before',
            lead: n,
            occurrence: o,
            dueDay: due,
            expires: last,
          };
        }
      }
      if (pick) out.push(pick);
    }
  } else if (PERIODS.includes(r.kind)) {
    for (const o of occs) {
      const due = addDays(o.start, -rules.periodLeadDays);
      const last = minDay(o.end, addDays(due, CATCH_UP_DAYS));
      const id = `${r.key}.s.${compact(o.start)}`;
      out.push(...ifWithin(today, due, last, { id, kind: 'setDate', occurrence: o }));
    }
  } else if (ONGOING.includes(r.kind)) {
    const month = today.slice(0, 7);
    const monthStart = month + '-01';
    const monthEnd = lastDayOfMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
    const inMonth = occs.filter(
      (o) => compareDays(o.start, monthEnd) <= 0 && compareDays(o.end, monthStart) >= 0,
    );
    if (inMonth.length > 0) {
      const first = inMonth.reduce((a, o) => minDay(a, o.start), inMonth[0]!.start);
      const due = maxDay(monthStart, first);
      const last = minDay(monthEnd, addDays(due, CATCH_UP_DAYS));
      const id = `${r.key}.m.${compact(monthStart).slice(0, 4)}`;
      out.push(...ifWithin(today, due, last, { id, kind: 'monthly', occurrence: inMonth[0]!, month }));
    }
  }
  if (
    r.status === 'planned' &&
    r.results.trim() === '' &&
    !(r.kind === 'unscheduled' || r.kind === 'unknown')
  ) {
    const ended = ONGOING.includes(r.kind) ? occs.slice(-1) : occs;
    for (const o of ended) {
      const due = addDays(o.end, 1);
      const last = addDays(due, CATCH_UP_DAYS);
      const id = `${r.key}.n.${compact(o.start)}`;
      out.push(...ifWithin(today, due, last, { id, kind: 'nudge', occurrence: o }));
    }
  }
  return out;
}

// ------------------------------------------------------------------ the record of what was sent

/** 32-bit FNV-1a, base 36: short, stable fingerprints of addresses and reminder ids. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

export function recipientTag(email: string, test: boolean): string {
  return shortHash(email.trim().toLowerCase()) + (test ? 't' : '');
}

/**
 * Script property keys of the record (one entry per mail sent):
 *   rm:<expires YYMMDD>:<sent YYMMDD>:<recipient hash>[t]      → space-separated hashes of reminder ids
 *   rm:<…>~1, ~2 …                                              → continuation when a value passes 8 KB
 *   rm:pending                                                  → "<sent YYMMDD> <quota before> <keys>"
 *     for the mail being sent right now (see app/remind.ts); removed when the run ends.
 * <expires> is the last day any of its reminders could be proposed again, so every key older than today
 * is dropped; 't' marks test-mode mail (to the owner), which does not count as reaching the person.
 */
export const RECORD_PREFIX = 'rm:';
export const PENDING_KEY = 'rm:pending';
const VALUE_LIMIT = 8000;

export interface SentRecord {
  /** recipient tag → reminder id hashes already sent to it. */
  sent: Map<string, Set<string>>;
  /** recipient tags that got a mail today. */
  mailedToday: Set<string>;
  /** Keys whose day has passed. */
  expired: string[];
  /** Every record key, by base key (without ~n), for deleting a record. */
  keys: Map<string, string[]>;
  /** Bytes the record takes in the store. */
  bytes: number;
}

export function dayFromCompact(c: string): Day {
  return `20${c.slice(0, 2)}-${c.slice(2, 4)}-${c.slice(4, 6)}`;
}

export function readRecord(all: Record<string, string>, today: Day): SentRecord {
  const rec: SentRecord = { sent: new Map(), mailedToday: new Set(), expired: [], keys: new Map(), bytes: 0 };
  const todayC = compact(today);
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(RECORD_PREFIX) || key === PENDING_KEY) continue;
    const m = /^rm:(\d{6}):(\d{6}):([0-9a-z]+)(?:~\d+)?$/.exec(key);
    if (!m) continue;
    rec.bytes += key.length + value.length;
    const base = key.replace(/~\d+$/, '');
    const list = rec.keys.get(base) ?? [];
    list.push(key);
    rec.keys.set(base, list);
    if (m[1]! < todayC) {
      rec.expired.push(key);
      continue;
    }
    const tag = m[3]!;
    if (m[2] === todayC) rec.mailedToday.add(tag);
    const set = rec.sent.get(tag) ?? new Set<string>();
    for (const h of value.split(' ')) if (h) set.add(h);
    rec.sent.set(tag, set);
  }
  return rec;
}

/** The properties that record one mail (split so that no value passes the 9 KB property limit). */
export function recordEntries(tag: string, today: Day, expires: Day, ids: string[]): Record<string, string> {
  const base = `${RECORD_PREFIX}${compact(expires)}:${compact(today)}:${tag}`;
  const out: Record<string, string> = {};
  let chunk: string[] = [];
  let len = 0;
  let n = 0;
  const flush = () => {
    out[n === 0 ? base : `${base}~${n}`] = chunk.join(' ');
    n++;
    chunk = [];
    len = 0;
  };
  for (const id of ids) {
    const h = shortHash(id);
    if (len + h.length + 1 > VALUE_LIMIT) flush();
    chunk.push(h);
    len += h.length + 1;
  }
  flush();
  return out;
}

// ------------------------------------------------------------------ digests

export interface DigestItem {
  row: ReminderRow;
  due: DueReminder;
  /** Days from today to the occurrence's start (kind before). */
  daysLeft: number;
}

export interface ProblemLine {
  row: ReminderRow;
  due: DueReminder;
  /** Responsible names that could not be reached. */
  problems: Problem[];
}

export interface Digest {
  /** Where the mail goes (the owner in test mode). */
  to: string;
  /** Whose digest it is (differs from `to` in test mode). */
  person: string;
  tag: string;
  test: boolean;
  items: DigestItem[];
  /** Owner's summary: reminders that could not reach someone. */
  problems: ProblemLine[];
  /** Oldest due day among its items: digests go out oldest first. */
  oldest: Day;
  /** Last day the record of this mail is needed. */
  expires: Day;
}

export interface PlanOptions {
  testMode: boolean;
  /** The plan owner's address ('' when unknown): summaries and test-mode mail. */
  owner: string;
}

export interface DigestPlan {
  digests: Digest[];
  /** Items that wait for tomorrow because the person already got today's mail. */
  deferred: { person: string; item: DigestItem }[];
}

const PROBLEM_TAG = '!';

export function planDigests(
  rows: ReminderRow[],
  today: Day,
  rules: ReminderRules,
  record: Pick<SentRecord, 'sent' | 'mailedToday'>,
  opts: PlanOptions,
): DigestPlan {
  const test = opts.testMode;
  const byPerson = new Map<string, Digest>();
  const deferred: DigestPlan['deferred'] = [];
  const digestFor = (person: string): Digest | null => {
    const key = person.toLowerCase();
    let d = byPerson.get(key);
    if (!d) {
      const to = test ? opts.owner : person;
      if (!to) return null;
      d = {
        to,
        person,
        tag: recipientTag(person, test),
        test,
        items: [],
        problems: [],
        oldest: today,
        expires: today,
      };
      byPerson.set(key, d);
    }
    return d;
  };
  const alreadySent = (tag: string, id: string) => record.sent.get(tag)?.has(shortHash(id)) === true;
  const take = (d: Digest, due: DueReminder) => {
    if (compareDays(due.dueDay, d.oldest) < 0) d.oldest = due.dueDay;
    if (compareDays(due.expires, d.expires) > 0) d.expires = due.expires;
  };
  for (const row of rows) {
    const dues = dueToday(row, today, rules);
    if (dues.length === 0) continue;
    for (const due of dues) {
      const item: DigestItem = { row, due, daysLeft: daysBetween(today, due.occurrence.start) };
      for (const person of row.recipients) {
        const tag = recipientTag(person, test);
        if (alreadySent(tag, due.id)) continue;
        if (record.mailedToday.has(tag)) {
          deferred.push({ person, item });
          continue;
        }
        const d = digestFor(person);
        if (!d) continue;
        d.items.push(item);
        take(d, due);
      }
      if (row.reachProblems.length > 0 && opts.owner) {
        const tag = recipientTag(opts.owner, test);
        const pid = PROBLEM_TAG + due.id;
        if (alreadySent(tag, pid)) continue;
        if (record.mailedToday.has(tag)) continue; // tomorrow's summary
        const d = digestFor(opts.owner);
        if (!d) continue;
        d.problems.push({ row, due, problems: row.reachProblems });
        take(d, due);
      }
    }
  }
  const digests = [...byPerson.values()].filter((d) => d.items.length > 0 || d.problems.length > 0);
  digests.sort(
    (a, b) => compareDays(a.oldest, b.oldest) || (a.person < b.person ? -1 : a.person > b.person ? 1 : 0),
  );
  for (const d of digests) {
    d.items.sort(
      (a, b) =>
        compareDays(a.due.occurrence.start, b.due.occurrence.start) ||
        a.row.row - b.row.row ||
        a.due.id.localeCompare(b.due.id),
    );
  }
  return { digests, deferred };
}

/** The ids a digest's record holds: its reminders and, for the owner, the problems reported. */
export function digestIds(d: Digest): string[] {
  return [...d.items.map((i) => i.due.id), ...d.problems.map((p) => PROBLEM_TAG + p.due.id)];
}
