// Reminder mail planned against MailApp's daily recipient quota: 100 recipients a day on a consumer
// account, 1,500 on Google Workspace, per user, for all of the user's scripts (G/services/quotas). Pure.
//
// Today's digests go most urgent first: the one whose reminder stops being proposed soonest (its last
// catch-up day, `expires`), then the oldest. What does not fit today is carried: the next runs propose
// it again (catch-up, reminders.ts) and, being older, it goes before the new ones. To know ahead what the
// quota will do, the next days are simulated with the daily limit: the day by which everything carried
// has gone, and every reminder that would reach its last day without fitting — today or in the forecast —
// is named, so that nothing expires silently.
import { addDays, compareDays } from './days';
import {
  CATCH_UP_DAYS,
  type Digest,
  type DigestItem,
  type DigestPlan,
  digestIds,
  type PlanOptions,
  planDigests,
  type ReminderRow,
  type ReminderRules,
  type SentRecord,
  shortHash,
} from './reminders';
import type { Day } from './types';

export interface MailQuota {
  /** Recipients left today (MailApp.getRemainingDailyQuota). */
  today: number;
  /** Recipients a fresh day allows (the largest quota seen). */
  daily: number;
  /** Recipients kept back today for the owner's notice. */
  reserve: number;
}

export interface LateReminder {
  person: string;
  item: DigestItem;
  /** Its last day: the run of this day is the last that proposes it. */
  lastDay: Day;
}

export interface MailPlan {
  /** Today's digests within today's quota, most urgent first. */
  send: Digest[];
  /** Today's digests that do not fit: proposed again by the next runs. */
  carried: Digest[];
  /** In the forecast, the day by which every carried digest has gone (null: not within the horizon). */
  clearedBy: Day | null;
  /** Reminders that will not go before their last day (today's for sure, later ones in the forecast). */
  late: LateReminder[];
  deferred: DigestPlan['deferred'];
}

/** Days simulated after today: a reminder's catch-up window is at most this long. */
const HORIZON = CATCH_UP_DAYS + 1;

function deadline(d: Digest): Day {
  let min: Day | null = null;
  for (const x of [...d.items.map((i) => i.due), ...d.problems.map((p) => p.due)]) {
    if (min === null || compareDays(x.expires, min) < 0) min = x.expires;
  }
  return min ?? d.expires;
}

/** Most urgent first: the earliest last day, then the oldest due day, then by person. */
export function byUrgency(a: Digest, b: Digest): number {
  return (
    compareDays(deadline(a), deadline(b)) ||
    compareDays(a.oldest, b.oldest) ||
    (a.person < b.person ? -1 : a.person > b.person ? 1 : 0)
  );
}

export function planMail(
  rows: ReminderRow[],
  today: Day,
  rules: ReminderRules,
  record: Pick<SentRecord, 'sent' | 'mailedToday'>,
  opts: PlanOptions,
  quota: MailQuota,
): MailPlan {
  // The simulated record: what was sent, and what the forecast sends (sets copied before they change).
  const sent = new Map(record.sent);
  const copied = new Set<string>();
  const markSent = (d: Digest) => {
    let set = sent.get(d.tag);
    if (!copied.has(d.tag)) {
      set = new Set(set);
      sent.set(d.tag, set);
      copied.add(d.tag);
    }
    for (const id of digestIds(d)) set!.add(shortHash(id));
  };
  const out: MailPlan = { send: [], carried: [], clearedBy: null, late: [], deferred: [] };
  /** Today's carried reminders (tag|id) not yet sent, nor late, in the forecast; the last day one went. */
  const waiting = new Set<string>();
  let lastSent: Day | null = null;
  const itemKeys = (d: Digest) => d.items.map((it) => `${d.tag}|${it.due.id}`);
  for (let i = 0; i <= HORIZON; i++) {
    const day = addDays(today, i);
    const mailedToday = i === 0 ? record.mailedToday : new Set<string>();
    const plan = planDigests(rows, day, rules, { sent, mailedToday }, opts);
    if (i === 0) {
      out.deferred = plan.deferred;
      // A person mailed earlier today waits for tomorrow: an item whose last day is today is lost too.
      for (const x of plan.deferred)
        if (compareDays(x.item.due.expires, day) <= 0)
          out.late.push({ person: x.person, item: x.item, lastDay: day });
    }
    const digests = [...plan.digests].sort(byUrgency);
    const room = Math.max(0, i === 0 ? quota.today - quota.reserve : quota.daily);
    digests.forEach((d, n) => {
      const fits = n < room;
      if (i === 0) (fits ? out.send : out.carried).push(d);
      if (fits) {
        markSent(d);
        for (const k of i > 0 ? itemKeys(d) : []) if (waiting.delete(k)) lastSent = day;
        return;
      }
      if (i === 0) for (const k of itemKeys(d)) waiting.add(k);
      for (const item of d.items) {
        if (compareDays(item.due.expires, day) <= 0) out.late.push({ person: d.person, item, lastDay: day });
      }
    });
    if (i > 0) {
      // a carried reminder no longer proposed went late (named above) or gave way to a later lead
      const proposed = new Set(digests.flatMap(itemKeys));
      for (const k of waiting) if (!proposed.has(k)) waiting.delete(k);
      if (out.carried.length > 0 && waiting.size === 0 && out.clearedBy === null) out.clearedBy = lastSent;
    }
    // Nothing carried today, and fewer people than a day's room: no later day can overflow.
    if (i === 0 && out.carried.length === 0 && people(rows, opts) <= quota.daily) break;
  }
  return out;
}

/** At most one digest per person a day (and one for the owner): the most mails a day can hold. */
function people(rows: ReminderRow[], opts: PlanOptions): number {
  const all = new Set<string>();
  for (const r of rows) for (const p of r.recipients) all.add(p.toLowerCase());
  if (opts.owner) all.add(opts.owner.toLowerCase());
  return all.size;
}
