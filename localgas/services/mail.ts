// MailApp: every message becomes a real RFC 5322 .eml file in outbox/ (built by nodemailer's
// MailComposer), with the daily recipient quota and the errors of the real service.
//
// The record of a sent message exists the moment sendEmail returns (this.mails, saved in
// <state>/mail.json after the execution, even a killed one); the .eml is composed in save(), because
// MailComposer's build() is asynchronous and the script's call is not.
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { GAS_ERRORS } from '../meter';
import type { FakeService, ServiceContext } from '../service';

type MailAppFake = Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>;

export interface SentMail {
  to: string;
  cc?: string;
  bcc?: string;
  replyTo?: string;
  name?: string;
  subject: string;
  /** ISO instant on the emulator clock. */
  sentAt: string;
  /** File name in outbox/. */
  file: string;
  attachments?: string[];
}

interface Unwritten {
  mail: SentMail;
  body: string;
  htmlBody?: string;
  attachments: { filename: string; content: Buffer; contentType: string }[];
}

interface MailState {
  mails: SentMail[];
  /** Recipients counted on `day` (the session's zone, emulator clock). */
  quota: { day: string; used: number };
  seq: number;
}

/** Consumer accounts: 100 recipients a day (G/services/quotas); Workspace: 1,500. */
export const DEFAULT_DAILY_LIMIT = 100;
/** Per message: at most 50 recipients (G/services/quotas, "Email recipients per message"). */
const PER_MESSAGE = 50;
// Address check as MailApp does before sending. Message wording observed in user reports (UNVERIFIED).
const ADDRESS_RE = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

function splitAddresses(s: string | undefined): string[] {
  return (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9а-яё]+/gi, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'mail'
  );
}

function blobOf(a: unknown): { filename: string; content: Buffer; contentType: string } {
  const src = a as {
    getBytes?: () => number[] | Uint8Array;
    getBlob?: () => unknown;
    getName?: () => string | null;
    getContentType?: () => string | null;
  };
  const blob = (typeof src.getBytes === 'function' ? src : (src.getBlob?.() as typeof src)) ?? src;
  const bytes = blob.getBytes?.() ?? [];
  const content = Buffer.from(Array.from(bytes as ArrayLike<number>, (b) => b & 0xff));
  return {
    filename: blob.getName?.() || 'attachment',
    content,
    contentType: blob.getContentType?.() || 'application/octet-stream',
  };
}

export class MailFake implements FakeService {
  readonly name = 'mail';
  state: MailState = { mails: [], quota: { day: '', used: 0 }, seq: 0 };
  /** Recipients a day (a test may lower it). */
  limit = DEFAULT_DAILY_LIMIT;
  private unwritten: Unwritten[] = [];

  constructor(private readonly ctx: ServiceContext) {}

  async load(): Promise<void> {
    this.state = { ...this.state, ...this.ctx.workspace.readState('mail', this.state) };
  }

  async save(): Promise<void> {
    const queue = this.unwritten;
    this.unwritten = [];
    for (const u of queue) {
      const eml = await new MailComposer({
        from: { name: u.mail.name || this.ctx.session.email, address: this.ctx.session.email },
        to: u.mail.to,
        cc: u.mail.cc,
        bcc: u.mail.bcc,
        replyTo: u.mail.replyTo,
        subject: u.mail.subject,
        text: u.body,
        html: u.htmlBody,
        date: new Date(u.mail.sentAt),
        attachments: u.attachments,
      })
        .compile()
        .build();
      this.ctx.workspace.writeFile(join(this.ctx.workspace.outboxDir, u.mail.file), eml);
    }
    this.ctx.workspace.writeState('mail', this.state);
  }

  status(): Record<string, unknown> {
    return {
      mails: this.state.mails.map((m) => ({ to: m.to, subject: m.subject, sentAt: m.sentAt, file: m.file })),
    };
  }

  /** The quota day: the calendar day in the session's zone on the emulator clock. */
  private today(): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: this.ctx.session.timeZone }).format(
      new Date(this.ctx.clock.now()),
    );
  }

  private usedToday(): number {
    return this.state.quota.day === this.today() ? this.state.quota.used : 0;
  }

  remaining(): number {
    return Math.max(0, this.limit - this.usedToday());
  }

  /**
   * Another script of the same user sends mail to `recipients` people: the quota is "per user" across
   * all of the user's scripts (G/services/quotas), so it drops with no mail in this outbox.
   */
  spendElsewhere(recipients: number): void {
    this.state.quota = { day: this.today(), used: this.usedToday() + recipients };
  }

  globals(): Record<string, unknown> {
    const hit = (m: string) => this.ctx.meter.hit(`MailApp.${m}`);
    const api: MailAppFake = {
      getRemainingDailyQuota: () => {
        hit('getRemainingDailyQuota');
        return this.remaining();
      },
      sendEmail: ((...args: unknown[]) => {
        hit('sendEmail');
        this.send(args);
      }) as MailAppFake['sendEmail'],
    };
    return { MailApp: api };
  }

  private send(args: unknown[]): void {
    let m: GoogleAppsScript.Mail.MailAdvancedParameters;
    if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) {
      m = args[0] as GoogleAppsScript.Mail.MailAdvancedParameters;
    } else if (args.length === 4 && typeof args[3] === 'string') {
      m = { to: String(args[0]), replyTo: String(args[1]), subject: String(args[2]), body: String(args[3]) };
    } else {
      m = {
        ...((args[3] as object | undefined) ?? {}),
        to: String(args[0]),
        subject: String(args[1]),
        body: String(args[2]),
      };
    }
    const to = splitAddresses(m.to);
    const cc = splitAddresses(m.cc);
    const bcc = splitAddresses(m.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) throw new Error('Failed to send email: no recipient');
    for (const a of all) if (!ADDRESS_RE.test(a)) throw new Error(`Invalid email: ${a}`);
    if (all.length > PER_MESSAGE) throw new Error('Limit Exceeded: Email Recipients Per Message.');
    if (this.usedToday() + all.length > this.limit) throw new Error(GAS_ERRORS.mailQuota);
    // One send is one step for the script: it went (quota counted, mail kept) or it did not. The
    // attachments are read first, so a kill while reading them leaves neither.
    const attachments = (m.attachments ?? []).map(blobOf);
    const day = this.today();
    this.state.quota = { day, used: this.usedToday() + all.length };
    const at = new Date(this.ctx.clock.now());
    this.state.seq++;
    const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    const file = `${stamp}-${String(this.state.seq).padStart(4, '0')}-${slug(to[0] ?? 'mail')}.eml`;
    const mail: SentMail = { to: to.join(', '), subject: m.subject ?? '', sentAt: at.toISOString(), file };
    if (cc.length) mail.cc = cc.join(', ');
    if (bcc.length) mail.bcc = bcc.join(', ');
    if (m.replyTo) mail.replyTo = m.replyTo;
    if (m.name) mail.name = m.name;
    if (attachments.length) mail.attachments = attachments.map((a) => a.filename);
    this.state.mails.push(mail);
    this.unwritten.push({ mail, body: m.body ?? '', htmlBody: m.htmlBody, attachments });
  }
}
