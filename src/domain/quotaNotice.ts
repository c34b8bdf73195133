// The owner's notice when reminders do not fit in the day's mail quota (domain/mailPlan.ts): how many
// wait, by when they go, and which will not go in time. Pure; links given by the caller.
import { formatDayRu } from './days';
import { escapeHtml } from './html';
import type { MailPlan } from './mailPlan';
import type { ComposedMail, MailContext } from './reminderMail';
import { qt } from './texts/quota';
import type { Day } from './types';

export interface QuotaNoticeFacts {
  to: string;
  sent: number;
  plan: Pick<MailPlan, 'carried' | 'clearedBy' | 'late'>;
  daily: number;
  /** Tell about the carried mails (once an overflow starts), or only about late reminders. */
  tellCarried: boolean;
}

export function composeQuotaNotice(f: QuotaNoticeFacts, ctx: MailContext, sheetUrl: string): ComposedMail {
  const lang = ctx.lang;
  const day = (d: Day) => (lang === 'ru' ? formatDayRu(d) : d);
  const paras: string[] = [];
  if (f.tellCarried && f.plan.carried.length > 0) {
    paras.push(
      qt('carried', lang, {
        date: day(ctx.today),
        sent: f.sent,
        left: f.plan.carried.length,
        daily: f.daily,
      }),
    );
    paras.push(
      f.plan.clearedBy ? qt('clearedBy', lang, { date: day(f.plan.clearedBy) }) : qt('notCleared', lang),
    );
  }
  const lines = f.plan.late.map((l) =>
    qt('lateLine', lang, {
      title: l.item.row.title,
      row: l.item.row.row,
      person: l.person,
      day: day(l.lastDay),
    }),
  );
  const text: string[] = [];
  const html: string[] = ['<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.45">'];
  for (const p of paras) {
    text.push(p, '');
    html.push(`<p>${escapeHtml(p)}</p>`);
  }
  if (lines.length > 0) {
    text.push(qt('lateHead', lang), ...lines.map((l) => `• ${l}`), '');
    html.push(`<p><b>${escapeHtml(qt('lateHead', lang))}</b></p><ul>`);
    for (const l of lines) html.push(`<li>${escapeHtml(l)}</li>`);
    html.push('</ul>');
  }
  text.push(qt('advice', lang), '', '—', sheetUrl);
  html.push(`<p>${escapeHtml(qt('advice', lang))}</p>`);
  html.push(
    `<p style="color:#777;font-size:12px"><a href="${escapeHtml(sheetUrl)}">${escapeHtml(sheetUrl)}</a></p>`,
  );
  html.push('</div>');
  const name = ctx.schoolName ? `${ctx.schoolName} — план мероприятий` : 'План мероприятий';
  return {
    to: f.to,
    subject: qt('subject', lang),
    body: text.join('\n'),
    htmlBody: html.join('\n'),
    name: lang === 'en' ? (ctx.schoolName ? `${ctx.schoolName} — event plan` : 'Event plan') : name,
  };
}
