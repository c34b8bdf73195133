// Exactly-once mail across two services, MailApp and the store, for every mail planbook sends (the
// reminders, the owner's notices, the monthly report). Before a send, ONE setMany writes the mail's
// record (as if sent) and the witness: the remaining daily quota just before, the recipients the mail
// takes, the record's keys. A run killed between that write and the end of the send leaves the witness;
// whatever runs next settles it BEFORE it sends anything, so no later mail of planbook's own lands
// between a kill and its settling.
//
// Settling reads the quota now (MailApp.getRemainingDailyQuota; "quotas are per user and reset 24 hours
// after the first request", G/services/quotas) and takes the drop since the witness:
// - drop < recipients: the mail did not go (nothing else makes the quota drop less): its record is
//   removed, and the mail is sent again;
// - drop = recipients: it went;
// - drop > recipients: mail of other scripts of the user went as well, and the quota cannot tell
//   whether planbook's went too; the quota rose: its 24-hour window restarted; the witness is from an
//   earlier day: the window has passed. In these the mail is taken as sent — planbook would rather miss
//   one mail than send it twice — and the Log says so, with the address, so the owner can check.
import { qt } from '../domain/texts/quota';
import { type AppContext, log } from './context';
import type { KeyValueStore, MailMessage } from './ports';
import { recipientCount } from './serviceErrors';

/** The witness of the mail being sent now (one for all of planbook's mail, so every sender settles it). */
export const WITNESS_KEY = 'rm:pending';

export interface Settled {
  /** Record keys removed: their mail did not go and is to be sent again. */
  dropped: string[];
  /** The address of a mail taken as sent without the quota's proof ('' when the quota told). */
  unsure: string;
  /** Why it is unsure ('' when the quota told). */
  why: 'other' | 'window' | 'day' | '';
}

function compactDay(day: string): string {
  return day.slice(2, 4) + day.slice(5, 7) + day.slice(8, 10);
}

/**
 * Settles the witness a killed run left (see the header). `all`: the store's contents when the caller
 * has them (saves a read). Unless `dryRun` (a preview), removes the witness and the dropped records.
 */
export function settleMail(
  ctx: AppContext,
  store: KeyValueStore,
  all?: Record<string, string>,
  dryRun = false,
): Settled {
  const out: Settled = { dropped: [], unsure: '', why: '' };
  const text = all ? all[WITNESS_KEY] : store.get(WITNESS_KEY);
  if (text === undefined || text === null) return out;
  const [day = '', q = '', n = '', keys = '', to = ''] = text.split(' ');
  const before = Number(q);
  const count = Number(n);
  if (day !== compactDay(ctx.today)) {
    out.why = 'day';
  } else {
    const now = ctx.mail.remainingDailyQuota();
    const drop = before - now;
    if (drop < 0) out.why = 'window';
    else if (drop < count) out.dropped = keys.split(',').filter(Boolean);
    else if (drop > count) out.why = 'other';
  }
  if (out.why) out.unsure = to;
  if (dryRun) return out;
  for (const k of out.dropped) store.remove(k);
  store.remove(WITNESS_KEY);
  return out;
}

/**
 * Sends one mail under its record and the witness. `quota`: the remaining quota the caller just read
 * (or counted down). Throws what MailApp throws, after removing the record (the mail did not go). The
 * witness stays after a send (the next one overwrites it): the caller removes it when its run ends.
 */
export function sendWitnessed(
  ctx: AppContext,
  store: KeyValueStore,
  mail: MailMessage,
  entries: Record<string, string>,
  quota: number,
): void {
  const keys = Object.keys(entries);
  const to = mail.to.split(',')[0]?.trim() ?? '';
  store.setMany({
    ...entries,
    [WITNESS_KEY]: `${compactDay(ctx.today)} ${quota} ${recipientCount(mail)} ${keys.join(',')} ${to}`,
  });
  try {
    ctx.mail.send(mail);
  } catch (e) {
    for (const k of keys) store.remove(k);
    throw e;
  }
}

/** The Log's line for a mail taken as sent without the quota's proof. */
export function logUnsure(ctx: AppContext, s: Settled): void {
  if (!s.why) return;
  const text = s.why === 'other' ? 'unsureOther' : 'unsureWindow';
  log(ctx, qt('logMail', ctx.lang), qt(text, ctx.lang, { to: s.unsure || '?' }));
}
