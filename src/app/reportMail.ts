// The monthly report's mail: exactly once across two services, MailApp and the script properties, under
// the witness every mail of planbook's has (app/mailWitness.ts): the record "sent" is written with the
// witness before the send, and whatever runs next settles a witness a killed run left before it sends.
// A message holds at most 50 recipients (G/services/quotas, "Email recipients per message"): more go in
// several messages, each with its record. A quota too small today leaves the mail for tomorrow's daily
// run, and the Log says so.
import { parseMonth } from '../domain/report';
import { isYes } from '../domain/settings';
import { g } from '../domain/texts/guards';
import { monthName } from '../domain/texts/months';
import { rt } from '../domain/texts/report';
import { type AppContext, log } from './context';
import { logUnsure, sendWitnessed, settleMail, WITNESS_KEY } from './mailWitness';
import { isMailQuotaError } from './serviceErrors';

const MAILED_KEY = 'report:mailed:';
/** The month whose report mail is not sent yet (the daily run builds and mails it again). */
export const PENDING_MONTH = 'report:mailPending';
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
  const to = reportRecipients(ctx, month);
  if (to.length === 0) {
    ctx.store().remove(PENDING_MONTH);
    return [];
  }
  return send(ctx, month, to, docId, url, name);
}

/** Who gets the month's report mail: none for a month not ended yet; the owner only in test mode. */
function reportRecipients(ctx: AppContext, month: string): string[] {
  const listed = ctx.settings
    .get('reportRecipients')
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter((s) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s));
  if (listed.length === 0 || month >= ctx.today.slice(0, 7)) return [];
  const owner = ctx.settings.get('ownerEmail');
  return isYes(ctx.settings.get('testMode')) ? (owner ? [owner] : []) : listed;
}

/**
 * Marks the month's mail as owed before the report is built: a run killed anywhere from here leaves it to
 * the daily run, which builds the report again (idempotent) and mails what is not sent.
 */
export function oweReportMail(ctx: AppContext, month: string): void {
  if (reportRecipients(ctx, month).length) ctx.store().set(PENDING_MONTH, month);
}

function send(
  ctx: AppContext,
  month: string,
  to: string[],
  docId: string,
  url: string,
  name: string,
): string[] {
  const store = ctx.store();
  const batches = chunks(to, PER_MESSAGE);
  const p = parseMonth(month)!;
  const params = { monthName: monthName(p.m, ctx.lang), year: p.y, url };
  const withPdf = isYes(ctx.settings.get('reportPdf'));
  const sent: string[] = [];
  let done = true;
  let witnessed = false;
  logUnsure(ctx, settleMail(ctx, store));
  for (const [i, batch] of batches.entries()) {
    const key = MAILED_KEY + month + (batches.length > 1 ? `:${i + 1}` : '');
    // a record (even an old "pending" one, from before the shared witness) means sent: never twice
    if (parseRecord(store.get(key))) continue;
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
    try {
      const file = withPdf ? ctx.documents.file(docId) : null;
      const mail = {
        to: batch.join(','),
        subject: rt('mailSubject', ctx.lang, params),
        body: rt('mailBody', ctx.lang, { ...params, pdf: file ? rt('mailPdf', ctx.lang) : '' }),
        attachments: file ? [file.pdf(name)] : undefined,
      };
      sendWitnessed(ctx, store, mail, { [key]: JSON.stringify({ state: 'sent', day: ctx.today }) }, quota);
      witnessed = true;
    } catch (e) {
      // Not sent (quota, a bad address…): no record, the daily run tries again; the report itself stands.
      const why = e instanceof Error ? e.message : String(e);
      log(ctx, rt('logReport', ctx.lang), (isMailQuotaError(e) ? 'MailApp quota: ' : '') + why);
      done = false;
      break;
    }
    sent.push(...batch);
  }
  if (witnessed) store.remove(WITNESS_KEY);
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
