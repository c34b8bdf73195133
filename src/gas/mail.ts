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

import type { MailMessage, MailService } from '../app/ports';

export type { MailMessage } from '../app/ports';
export { isMailQuotaError, recipientCount } from '../app/serviceErrors';

/** Sends one message with MailApp.sendEmail(message) (R/mail/mail-app#sendEmail(Object)). */
export function sendMail(m: MailMessage): void {
  const msg: GoogleAppsScript.Mail.MailAdvancedParameters = { to: m.to, subject: m.subject, body: m.body };
  if (m.htmlBody) msg.htmlBody = m.htmlBody;
  if (m.name) msg.name = m.name;
  if (m.replyTo) msg.replyTo = m.replyTo;
  if (m.cc) msg.cc = m.cc;
  if (m.bcc) msg.bcc = m.bcc;
  // An attachment's content is the Blob the Drive adapter made (gas/document.ts).
  if (m.attachments && m.attachments.length > 0)
    msg.attachments = m.attachments.map((a) => a.content as GoogleAppsScript.Base.BlobSource);
  MailApp.sendEmail(msg);
}

/**
 * Recipients that can still be sent to today (R/mail/mail-app#getRemainingDailyQuota(): "the number of
 * recipients you can send emails to for the rest of the day … valid for the current execution").
 */
export function remainingDailyQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

/** The MailService port. */
export const gasMail: MailService = { send: sendMail, remainingDailyQuota };
