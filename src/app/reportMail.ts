// The monthly report's mail: exactly once across two services, MailApp and the script properties, as the
// reminders do it (app/remind.ts). Before each send the record says "pending" with the daily quota just
// before; after the send, "sent". A run that finds "pending" from today compares the quota: dropped by the
// message's recipients — it went; not — it did not, and is sent now. A pending record from an earlier day
// counts as sent (the quota window has passed; planbook prefers missing one mail to sending it twice).
// A message holds at most 50 recipients (G/services/quotas, "Email recipients per message"): more go in
// several messages, each with its record. A quota too small today leaves the mail for tomorrow's daily
// run, and the Log says so.
import { parseMonth, previousMonth } from '../domain/report';
import { isYes } from '../domain/settings';
import { g } from '../domain/texts/guards';
import { monthName } from '../domain/texts/months';
import { rt } from '../domain/texts/report';
import { type AppContext, flushLog, log } from './context';
import type { Job } from './jobs';
import { isMailQuotaError } from './serviceErrors';

const MAILED_KEY = 'report:mailed:';
/** The month whose report mail is not sent yet (retried by the daily run). */
const PENDING_MONTH = 'report:mailPending';
/** The month's report doc id (app/report.ts). */
export const DOC_KEY = 'report:';
const PER_MESSAGE = 50;

interface Record {
  state?: 'pending' | 'sent';
  day?: string;
  quota?: number;
}

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * Sends the link (and the PDF when the Settings say so) to the report's recipients, once per month and
 * only for a month that has ended. Returns the addresses it went to in this run.
 */
export function mailReport(
  ctx: AppContext,
  month: string,
  docId: string,
  url: string,
  name: string,
): string[] {
  const listed = ctx.settings
    .get('reportRecipients')
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter((s) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s));
  if (listed.length === 0 || month >= ctx.today.slice(0, 7)) return [];
  const owner = ctx.settings.get('ownerEmail');
  const to = isYes(ctx.settings.get('testMode')) ? (owner ? [owner] : []) : listed;
  if (to.length === 0) return [];
  const store = ctx.store();
  const batches = chunks(to, PER_MESSAGE);
  // Owed until every message is sent: a run killed anywhere below leaves it to the daily run.
  store.set(PENDING_MONTH, month);
  const p = parseMonth(month)!;
  const params = { monthName: monthName(p.m, ctx.lang), year: p.y, url };
  const withPdf = isYes(ctx.settings.get('reportPdf'));
  const sent: string[] = [];
  let done = true;
  for (const [i, batch] of batches.entries()) {
    const key = MAILED_KEY + month + (batches.length > 1 ? `:${i + 1}` : '');
    const rec = parseRecord(store.get(key));
    if (rec && rec.state !== 'pending') continue;
    if (rec?.state === 'pending') {
      // The witness: did the quota drop by this message's recipients since the record was written?
      if (rec.day !== ctx.today || ctx.mail.remainingDailyQuota() <= (rec.quota ?? 0) - batch.length) {
        store.set(key, JSON.stringify({ state: 'sent', day: rec.day }));
        continue;
      }
    }
    const quota = ctx.mail.remainingDailyQuota();
    if (quota < batch.length) {
      log(
        ctx,
        rt('logReport', ctx.lang),
        g('reportQuota', ctx.lang, { left: quota, need: batch.length, month }),
      );
      done = false;
      break;
    }
    store.set(key, JSON.stringify({ state: 'pending', day: ctx.today, quota }));
    try {
      const file = withPdf ? ctx.documents.file(docId) : null;
      ctx.mail.send({
        to: batch.join(','),
        subject: rt('mailSubject', ctx.lang, params),
        body: rt('mailBody', ctx.lang, { ...params, pdf: file ? rt('mailPdf', ctx.lang) : '' }),
        attachments: file ? [file.pdf(name)] : undefined,
      });
    } catch (e) {
      // Not sent (quota, a bad address…): no record, the daily run tries again; the report itself stands.
      store.remove(key);
      const why = e instanceof Error ? e.message : String(e);
      log(ctx, rt('logReport', ctx.lang), (isMailQuotaError(e) ? 'MailApp quota: ' : '') + why);
      done = false;
      break;
    }
    store.set(key, JSON.stringify({ state: 'sent', day: ctx.today }));
    sent.push(...batch);
  }
  if (done) store.remove(PENDING_MONTH);
  return sent;
}

function parseRecord(text: string | null): Record | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as Record;
  } catch {
    return {};
  }
}

/** The doc's name as the report names it (the PDF's file name). */
function reportName(ctx: AppContext, month: string): string {
  return rt('docName', ctx.lang, { month });
}

/** The daily run: the report mail a kill or the quota left unsent goes out (one property read otherwise). */
export const reportMailJob: Job = {
  name: 'reportMail',
  run(ctx) {
    const store = ctx.store();
    const month = store.get(PENDING_MONTH);
    if (!month || !parseMonth(month) || month < previousMonth(previousMonth(ctx.today))) {
      if (month) store.remove(PENDING_MONTH);
      return '';
    }
    const id = store.get(DOC_KEY + month);
    const doc = id ? ctx.documents.open(id) : null;
    if (!doc) return '';
    const to = mailReport(ctx, month, doc.id(), doc.url(), reportName(ctx, month));
    flushLog(ctx);
    return to.length ? rt('mailed', ctx.lang, { to: to.join(', ') }) : '';
  },
};
