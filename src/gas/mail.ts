// MailApp adapter: the only code that sends e-mail (reminders, the owner's summary, the monthly report).
//
// Why MailApp and not GmailApp: MailApp's "sole purpose is sending email; it cannot access a user's
// Gmail account" (https://developers.google.com/apps-script/reference/mail), and every MailApp method
// needs only the scope https://www.googleapis.com/auth/script.send_mail
// (https://developers.google.com/apps-script/reference/mail/mail-app, "Authorization"). GmailApp's
// sendEmail needs https://mail.google.com/, full access to the mailbox — far more than planbook needs.
//
// Quota: MailApp counts recipients, not messages — each to, cc and bcc address counts. Consumer accounts
// have 100 recipients a day, Google Workspace accounts 1,500, and "quotas are per user and reset 24 hours
// after the first request" (https://developers.google.com/apps-script/guides/services/quotas). Going over
// throws "Service invoked too many times for one day: email." (observed in production logs).

export interface MailMessage {
  /** Comma-separated addresses. */
  to: string;
  subject: string;
  /** Plain-text body (shown by clients without HTML). */
  body: string;
  /** HTML body; everything that came from the sheet must already be escaped. */
  htmlBody?: string;
  /** Sender's display name (the address is always the user's own: MailApp has no "from"). */
  name?: string;
  replyTo?: string;
  cc?: string;
  bcc?: string;
  /** Files to attach (e.g. a report as PDF: DriveApp.getFileById(id).getAs(MimeType.PDF)). */
  attachments?: GoogleAppsScript.Base.BlobSource[];
}

/** Sends one message with MailApp.sendEmail(message) (R/mail/mail-app#sendEmail(Object)). */
export function sendMail(m: MailMessage): void {
  const msg: GoogleAppsScript.Mail.MailAdvancedParameters = { to: m.to, subject: m.subject, body: m.body };
  if (m.htmlBody) msg.htmlBody = m.htmlBody;
  if (m.name) msg.name = m.name;
  if (m.replyTo) msg.replyTo = m.replyTo;
  if (m.cc) msg.cc = m.cc;
  if (m.bcc) msg.bcc = m.bcc;
  if (m.attachments && m.attachments.length > 0) msg.attachments = m.attachments;
  MailApp.sendEmail(msg);
}

/**
 * Recipients that can still be sent to today (R/mail/mail-app#getRemainingDailyQuota(): "the number of
 * recipients you can send emails to for the rest of the day … valid for the current execution").
 */
export function remainingDailyQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

/** Recipients a message counts against the daily quota: every to, cc and bcc address. */
export function recipientCount(m: Pick<MailMessage, 'to' | 'cc' | 'bcc'>): number {
  return [m.to, m.cc, m.bcc]
    .flatMap((s) => (s ? s.split(',') : []))
    .map((s) => s.trim())
    .filter(Boolean).length;
}

/** True for the error MailApp throws when the daily recipient quota is used up. */
export function isMailQuotaError(e: unknown): boolean {
  const msg =
    e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  return /too many times for one day: email/i.test(msg);
}
