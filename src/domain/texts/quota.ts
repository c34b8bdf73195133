// Texts of reminders held back by Google's daily mail limit (issue 12): the owner's notice and the run's
// message. Placeholders as in fill.ts.
import type { Lang } from '../types';
import { fill } from './fill';

export const QUOTA_TEXTS = {
  subject: {
    ru: 'План мероприятий: не все напоминания уместились в дневной лимит писем Google',
    en: 'Event plan: not every reminder fits in Google’s daily mail limit',
  },
  carried: {
    ru: 'Сегодня ({date}) {sent:письмо с напоминаниями отправлено|письма с напоминаниями отправлены|писем с напоминаниями отправлено}, а ещё {left:письмо не уместилось|письма не уместились|писем не уместились} в дневной лимит Google (получателей в день: {daily}). Они уйдут в следующие дни, первыми — те, чей срок ближе.',
    en: 'Today ({date}) {sent:reminder mail was|reminder mails were} sent and {left:more does|more do} not fit in Google’s daily limit ({daily} recipients a day). They go out on the next days, the most urgent first.',
  },
  clearedBy: {
    ru: 'По прогнозу всё отложенное уйдёт к {date}.',
    en: 'By the forecast everything held back is sent by {date}.',
  },
  notCleared: {
    ru: 'По прогнозу лимита не хватит и на всю следующую неделю.',
    en: 'By the forecast the limit is not enough for the whole next week either.',
  },
  lateHead: {
    ru: 'Не успеют уйти вовремя — последний день, когда напоминание ещё имеет смысл, наступит раньше, чем освободится лимит. Предупредите этих людей сами:',
    en: 'These will not go in time — their last sensible day comes before the limit frees up. Tell these people yourself:',
  },
  lateLine: {
    ru: '«{title}» (строка {row}) — {person}, последний день — {day}',
    en: '«{title}» (row {row}) — {person}, last day {day}',
  },
  advice: {
    ru: 'Как уменьшить число писем: впишите на листе «Ответственные» адрес группы рассылки вместо многих адресов (он считается одним получателем), уберите лишние сроки в настройке «За сколько дней напоминать» или работайте из аккаунта Google Workspace (1500 получателей в день вместо 100).',
    en: 'To send fewer mails: write a mailing-list address on the Responsibles sheet instead of many addresses (it counts as one recipient), drop a lead time from the reminder lead days setting, or work from a Google Workspace account (1,500 recipients a day instead of 100).',
  },
  logMail: {
    ru: 'Почта',
    en: 'Mail',
  },
  runCarried: {
    ru: ' Дневной лимит писем Google исчерпан: ещё {left:письмо уйдёт|письма уйдут|писем уйдут} в следующие дни, первыми — самые срочные.',
    en: ' Google’s daily mail limit is used up: {left:more mail goes|more mails go} out on the next days, the most urgent first.',
  },
  runLate: {
    ru: ' Не успеют вовремя из-за лимита: {late:напоминание|напоминания|напоминаний} (их список владелец получает письмом).',
    en: ' Too late because of the limit: {late:reminder|reminders} (the owner gets their list by mail).',
  },
  unsureOther: {
    ru: 'Прошлый запуск прервался во время отправки письма для {to}. Ушло ли оно, по квоте Google не понять: за это время с вашего аккаунта ушли и другие письма (других скриптов или таблиц). planbook считает его отправленным, чтобы не отправить дважды; если письмо не пришло, напомните сами.',
    en: 'The last run stopped while mailing {to}. Google’s quota cannot tell whether it went: other mail (of other scripts or sheets) went from your account meanwhile. planbook takes it as sent so as not to send it twice; if it did not arrive, remind them yourself.',
  },
  unsureWindow: {
    ru: 'Прошлый запуск прервался во время отправки письма для {to}, а дневная квота Google с тех пор обновилась, так что ушло ли письмо, не понять. planbook считает его отправленным, чтобы не отправить дважды; если письмо не пришло, напомните сами.',
    en: 'The last run stopped while mailing {to}, and Google’s daily quota has renewed since, so whether it went cannot be told. planbook takes it as sent so as not to send it twice; if it did not arrive, remind them yourself.',
  },
} satisfies Record<string, { ru: string; en: string }>;

export function qt(key: keyof typeof QUOTA_TEXTS, lang: Lang, params: Record<string, string | number> = {}) {
  return fill(QUOTA_TEXTS[key][lang], params);
}
