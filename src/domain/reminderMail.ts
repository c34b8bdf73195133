// The reminder mail a person reads: subject, plain text and HTML, Russian or English. Everything that
// came from the sheet is escaped in the HTML. Pure: links are given by the caller.

import { formatDayRu } from './days';
import { escapeHtml } from './html';
import type { Digest, DigestItem, ProblemLine } from './reminders';
import { at } from './texts/answer';
import { pluralRu, quoted } from './texts/fill';
import { monthName } from './texts/months';
import { problemsText } from './texts/problems';
import type { Day, Lang } from './types';

export interface MailLinks {
  /** Link to the row in the sheet. */
  row(row: number): string;
  /** Link to the calendar event, or to the calendar day when the event is not known. */
  calendar(item: DigestItem): string;
  /** The spreadsheet itself. */
  sheet: string;
  /** The item's «Отметить результат» link for the digest's person; null without a web app deployment. */
  answer?(item: DigestItem, person: string): string | null;
}

export interface MailContext {
  lang: Lang;
  today: Day;
  schoolName: string;
}

export interface ComposedMail {
  to: string;
  subject: string;
  body: string;
  htmlBody: string;
  name: string;
}

export { pluralRu } from './texts/fill';

function day(d: Day, lang: Lang): string {
  return lang === 'ru' ? formatDayRu(d) : d;
}

function span(item: DigestItem, lang: Lang): string {
  const o = item.due.occurrence;
  const base = o.start === o.end ? day(o.start, lang) : `${day(o.start, lang)}–${day(o.end, lang)}`;
  return o.time ? `${base} ${o.time}` : base;
}

function when(item: DigestItem, lang: Lang): string {
  const n = item.daysLeft;
  if (lang === 'en') return n === 0 ? 'today' : n === 1 ? 'tomorrow' : n === 7 ? 'in a week' : `in ${n} days`;
  if (n === 0) return 'сегодня';
  if (n === 1) return 'завтра';
  if (n === 2) return 'послезавтра';
  if (n === 7) return 'через неделю';
  return `через ${n} ${pluralRu(n, 'день', 'дня', 'дней')}`;
}

function monthOf(month: string, lang: Lang): string {
  return monthName(Number(month.slice(5, 7)), lang);
}

/** One sentence about one item (no title: the caller puts it first). */
export function itemSentence(item: DigestItem, lang: Lang): string {
  const place =
    (item.row.place ? (lang === 'ru' ? `, место: ${item.row.place}` : `, place: ${item.row.place}`) : '') +
    (item.row.classes
      ? lang === 'ru'
        ? `, классы: ${item.row.classes}`
        : `, classes: ${item.row.classes}`
      : '') +
    (item.row.section
      ? lang === 'ru'
        ? `, раздел: ${item.row.section}`
        : `, section: ${item.row.section}`
      : '');
  switch (item.due.kind) {
    case 'before':
      return lang === 'ru'
        ? `${when(item, lang)}, ${span(item, lang)}${place}.`
        : `${when(item, lang)}, ${span(item, lang)}${place}.`;
    case 'setDate':
      return lang === 'ru'
        ? `запланировано на ${quoted(item.row.period)} (${span(item, lang)}), но точная дата не указана. Впишите её в столбец «Дата» — тогда придут напоминания за несколько дней.`
        : `planned for ${quoted(item.row.period)} (${span(item, lang)}) without an exact date. Enter it in the Date column to get reminders a few days before.`;
    case 'monthly':
      return lang === 'ru'
        ? `идёт в течение года (${quoted(item.row.period)}); напоминаем о нём в этом месяце (${monthOf(item.due.month ?? '', lang)}).`
        : `runs through the year (${quoted(item.row.period)}); a reminder for this month (${monthOf(item.due.month ?? '', lang)}).`;
    case 'nudge':
      return lang === 'ru'
        ? `срок прошёл (${span(item, lang)}), а итогов нет. Запишите, как прошло, в столбец «Итоги» и поставьте статус «проведено» (или «перенесено», «отменено»).`
        : `its time has passed (${span(item, lang)}) and no results are recorded. Write what happened in the Results column and set the status to «held» (or «moved», «cancelled»).`;
  }
}

function problemSentence(p: ProblemLine, lang: Lang): string {
  return lang === 'ru'
    ? `строка ${p.row.row}${p.row.number ? ` (№${p.row.number})` : ''}: ${problemsText(p.problems, lang)}`
    : `row ${p.row.row}${p.row.number ? ` (No. ${p.row.number})` : ''}: ${problemsText(p.problems, lang)}`;
}

function plural(n: number, lang: Lang): string {
  return lang === 'ru'
    ? `${n} ${pluralRu(n, 'мероприятие', 'мероприятия', 'мероприятий')}`
    : `${n} event${n === 1 ? '' : 's'}`;
}

export function subjectOf(d: Digest, ctx: MailContext): string {
  const ru = ctx.lang === 'ru';
  let s: string;
  if (d.items.length === 1) {
    const item = d.items[0]!;
    const what =
      item.due.kind === 'nudge'
        ? ru
          ? 'запишите итоги'
          : 'record the results'
        : item.due.kind === 'setDate'
          ? ru
            ? 'укажите дату'
            : 'set the date'
          : item.due.kind === 'before'
            ? when(item, ctx.lang)
            : ru
              ? 'в этом месяце'
              : 'this month';
    s = ru
      ? `Напоминание: ${quoted(item.row.title)} — ${what}`
      : `Reminder: ${quoted(item.row.title)} — ${what}`;
  } else if (d.items.length > 1) {
    s = ru
      ? `Напоминания плана мероприятий на ${day(ctx.today, ctx.lang)}: ${plural(d.items.length, ctx.lang)}`
      : `Event plan reminders for ${ctx.today}: ${plural(d.items.length, ctx.lang)}`;
  } else {
    s = ru
      ? `План мероприятий: сводка на ${day(ctx.today, ctx.lang)}`
      : `Event plan: summary for ${ctx.today}`;
  }
  if (d.test) s = (ru ? `[Тест → ${d.person}] ` : `[Test → ${d.person}] `) + s;
  return s;
}

export function composeDigest(d: Digest, ctx: MailContext, links: MailLinks): ComposedMail {
  const ru = ctx.lang === 'ru';
  const subject = subjectOf(d, ctx);
  const name = ctx.schoolName
    ? `${ctx.schoolName} — ${ru ? 'план мероприятий' : 'event plan'}`
    : ru
      ? 'План мероприятий'
      : 'Event plan';
  const text: string[] = [];
  const html: string[] = [];
  const e = escapeHtml;
  html.push('<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.45">');
  if (d.test) {
    const note = ru
      ? `Тестовый режим: это письмо получил бы ${d.person}.`
      : `Test mode: this mail would have gone to ${d.person}.`;
    text.push(note, '');
    html.push(`<p style="color:#a15c00"><b>${e(note)}</b></p>`);
  }
  if (d.items.length > 0) {
    const hello = ru
      ? 'Здравствуйте! Напоминание из плана мероприятий:'
      : 'Hello! A reminder from the event plan:';
    text.push(hello, '');
    html.push(`<p>${e(hello)}</p>`, '<ol>');
    for (const item of d.items) {
      const sentence = itemSentence(item, ctx.lang);
      const rowLink = links.row(item.row.row);
      const calLink = links.calendar(item);
      const who = item.row.names.join(', ');
      const answer = links.answer?.(item, d.person) ?? null;
      text.push(`• ${quoted(item.row.title)} — ${sentence}`);
      if (who) text.push(`  ${ru ? 'Ответственные' : 'Responsible'}: ${who}`);
      if (answer) text.push(`  ${at('linkLine', ctx.lang, { url: answer })}`);
      text.push(`  ${ru ? 'Строка в таблице' : 'Row in the sheet'}: ${rowLink}`);
      if (item.due.kind === 'before') text.push(`  ${ru ? 'Календарь' : 'Calendar'}: ${calLink}`);
      text.push('');
      html.push(
        `<li style="margin-bottom:10px"><b>${e(item.row.title)}</b> — ${e(sentence)}` +
          (who
            ? `<br><span style="color:#555">${e(ru ? 'Ответственные' : 'Responsible')}: ${e(who)}</span>`
            : '') +
          '<br>' +
          (answer ? `<a href="${e(answer)}"><b>${e(at('linkText', ctx.lang))}</b></a> · ` : '') +
          `<a href="${e(rowLink)}">${e(ru ? 'Открыть строку в таблице' : 'Open the row in the sheet')}</a>` +
          (item.due.kind === 'before'
            ? ` · <a href="${e(calLink)}">${e(ru ? 'Календарь' : 'Calendar')}</a>`
            : '') +
          '</li>',
      );
    }
    html.push('</ol>');
  }
  if (d.problems.length > 0) {
    const head = ru
      ? 'Не всем удалось напомнить — поправьте лист «Ответственные»:'
      : 'Some reminders could not be delivered — fix the Responsibles sheet:';
    text.push(head);
    html.push(`<p><b>${e(head)}</b></p>`, '<ul>');
    for (const p of d.problems) {
      const line = `${quoted(p.row.title)}, ${problemSentence(p, ctx.lang)}`;
      text.push(`• ${line} — ${links.row(p.row.row)}`);
      html.push(`<li>${e(line)} — <a href="${e(links.row(p.row.row))}">${e(ru ? 'строка' : 'row')}</a></li>`);
    }
    html.push('</ul>');
    text.push('');
  }
  const footer = ru
    ? 'Письмо отправлено planbook из таблицы плана мероприятий. Сроки напоминаний — на листе «Настройки».'
    : 'Sent by planbook from the event plan spreadsheet. Reminder lead times are on the Settings sheet.';
  text.push('—', footer, links.sheet);
  html.push(
    `<p style="color:#777;font-size:12px">${e(footer)}<br><a href="${e(links.sheet)}">${e(links.sheet)}</a></p>`,
    '</div>',
  );
  return { to: d.to, subject, body: text.join('\n'), htmlBody: html.join('\n'), name };
}

/** The calendar's day view (a UI link, not an API): used when the event itself is not known. */
export function calendarDayUrl(day: Day): string {
  return `https://calendar.google.com/calendar/r/day/${day.slice(0, 4)}/${Number(day.slice(5, 7))}/${Number(day.slice(8, 10))}`;
}
