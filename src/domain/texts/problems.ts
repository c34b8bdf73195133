// The sentences people read about problems, in Russian and English. Logic elsewhere only names a code.
// Placeholders: {name} is replaced by the param; {name:times} spells a count ("дважды", "3 раза").
import type { Lang, Problem } from '../types';
import { fill } from './fill';

const PERIOD_HINT_RU =
  'напишите месяц («октябрь»), период («апрель–июнь»), неделю («2-я неделя ноября»), праздник («ко Дню учителя») или дату («15.10.2026»)';
const PERIOD_HINT_EN =
  'write a month («октябрь»), a range («апрель–июнь»), a week («2-я неделя ноября»), a holiday («ко Дню учителя») or a date («15.10.2026»)';

export const PROBLEM_TEXTS: Record<string, { ru: string; en: string }> = {
  // timing
  'timing.empty': {
    ru: 'Не указаны сроки: ' + PERIOD_HINT_RU,
    en: 'No dates given: ' + PERIOD_HINT_EN,
  },
  'timing.unknown': {
    ru: 'Не понятны сроки «{text}»: ' + PERIOD_HINT_RU,
    en: 'Cannot understand the dates «{text}»: ' + PERIOD_HINT_EN,
  },
  'timing.invalidDate': {
    ru: 'Такой даты нет: «{date}». Проверьте число и месяц',
    en: 'There is no such date: «{date}». Check the day and the month',
  },
  'timing.reversedRange': {
    ru: 'Период начинается позже, чем кончается: {start}–{end}. Поменяйте даты местами',
    en: 'The period starts after it ends: {start}–{end}. Swap the dates',
  },
  'timing.exceptNone': {
    ru: 'Дата {date} после «кроме» в сроках: в этот день мероприятия и так нет, проверьте дату',
    en: 'The date {date} after "кроме" (except) in When: the row has no event that day, check the date',
  },
  'timing.badTime': {
    ru: 'Неверное время «{time}»: напишите время как 14:00',
    en: 'Wrong time «{time}»: write the time like 14:00',
  },
  'timing.badTerm': {
    ru: 'Не понятно, какая четверть или полугодие: «{text}». Четверти — с I по IV, полугодия — I и II',
    en: 'Unclear quarter or half: «{text}». Quarters are I to IV, halves I and II',
  },
  'timing.outsideYear': {
    ru: 'Срок {date} выходит за {year} учебный год: проверьте год или поправьте учебный год в настройках',
    en: 'The date {date} is outside the {year} school year: check the year, or the school year in the settings',
  },
  'timing.badDateCell': {
    ru: 'В столбце «Дата» не дата: «{value}». Напишите дату как 15.10.2026 (можно со временем 15.10.2026 14:00) или очистите ячейку; пока сроки взяты из столбца «Сроки»',
    en: 'The Date column does not hold a date: «{value}». Write it like 15.10.2026 (or 15.10.2026 14:00) or clear the cell; the When column is used meanwhile',
  },
  // settings
  'holidays.unreadable': {
    ru: 'В настройке «Каникулы» не понятно «{text}»: пишите периоды так: 26.10.2026–03.11.2026; 31.12.2026–11.01.2027',
    en: 'The Holidays setting has «{text}», which is no period: write 26.10.2026–03.11.2026; 31.12.2026–11.01.2027',
  },
  // responsibles
  'responsible.unknown': {
    ru: '«{name}» нет на листе «Ответственные»: добавьте строку с этим названием и e-mail',
    en: '«{name}» is not on the Responsibles sheet: add a row with this name and an e-mail',
  },
  'row.noTitle': {
    ru: 'Не указано название мероприятия: заполните столбец «Мероприятие»',
    en: 'The event has no title: fill in the Event column',
  },
  'row.noResponsible': {
    ru: 'Не указаны ответственные: впишите роль или человека в столбец «Ответственные»',
    en: 'Nobody is responsible: write a role or a person in the Responsible column',
  },
  'row.badStatus': {
    ru: 'Статус «{status}» не понятен: выберите из списка — запланировано, проведено, перенесено или отменено',
    en: 'Status «{status}» is not understood: choose planned, held, moved or cancelled',
  },
  'row.badParticipants': {
    ru: 'В «Участников» должно быть целое число, а не «{value}»',
    en: 'Participants must be a whole number, not «{value}»',
  },
  'responsible.noEmail': {
    ru: 'На листе «Ответственные» не указан e-mail: «{name}». Впишите адрес, чтобы приходили напоминания',
    en: '«{name}» has no e-mail on the Responsibles sheet: add an address so that reminders can be sent',
  },
  'responsible.noEmails': {
    ru: 'На листе «Ответственные» не указаны e-mail: {names}. Впишите адреса, чтобы приходили напоминания',
    en: '{names} have no e-mail on the Responsibles sheet: add addresses so that reminders can be sent',
  },
  'responsible.tooMany': {
    ru: '«{name}» на листе «Ответственные» — {count:адрес|адреса|адресов}, а Google разрешает не больше {limit:получателя|получателей|получателей} в одном письме и 100 в день на обычном аккаунте (1500 в Google Workspace), поэтому напоминания по этому ответственному не отправляются. Впишите туда адрес группы рассылки (он считается одним получателем) или не больше {limit:адреса|адресов|адресов}',
    en: '«{name}» has {count} addresses on the Responsibles sheet, while Google allows at most {limit} recipients in one message and 100 a day on a consumer account (1,500 on Google Workspace), so no reminders go to them. Write a mailing-list address there (it counts as one recipient) or at most {limit} addresses',
  },
  'responsible.tooManyInRow': {
    ru: 'У этой строки {count:получатель|получателя|получателей} ({names}), а Google разрешает не больше {limit} в одном письме и 100 в день на обычном аккаунте, поэтому напоминания по строке не отправляются. Оставьте меньше ответственных или впишите на листе «Ответственные» адрес группы рассылки',
    en: 'This row has {count} recipients ({names}), while Google allows at most {limit} in one message and 100 a day on a consumer account, so no reminders go for this row. Name fewer responsibles or write a mailing-list address on the Responsibles sheet',
  },
  'responsible.badEmail': {
    ru: 'Неверный e-mail «{email}» (ответственный «{name}»): адрес должен выглядеть как name@school.ru',
    en: '«{name}» has an invalid e-mail «{email}»: an address looks like name@school.ru',
  },
  // the imported plan
  'plan.numberMissing': {
    ru: '№{number} пропущен в нумерации',
    en: 'No. {number} is missing from the numbering',
  },
  'plan.numbersMissing': {
    ru: '№{from}–{to} пропущены в нумерации',
    en: 'Nos. {from}–{to} are missing from the numbering',
  },
  'plan.numberRepeated': {
    ru: '№{number} встречается {count:times}',
    en: 'No. {number} appears {count:times}',
  },
  'plan.rowNoTitle': {
    ru: 'В строке {line} (№{number}) нет названия мероприятия: допишите, что будет проходить',
    en: 'Line {line} (No. {number}) has no event name: write what takes place',
  },
  'plan.noRows': {
    ru: 'В тексте не найдено ни одного мероприятия: вставьте план строками «1. Мероприятие – октябрь, ответственные» или таблицей со столбцами №, Мероприятие, Сроки, Ответственные',
    en: 'No events found in the text: paste the plan as lines «1. Event – октябрь, responsible» or as a table with the columns №, Мероприятие, Сроки, Ответственные',
  },
  'plan.noTitleColumn': {
    ru: 'В заголовке таблицы нет столбца с мероприятием («Мероприятие» или «Содержание работы»): названия взяты из первого столбца',
    en: 'The table header has no event column («Мероприятие» or «Содержание работы»): names were taken from the first column',
  },
};

function times(n: number, lang: Lang): string {
  if (lang === 'en') return n === 1 ? 'once' : n === 2 ? 'twice' : n + ' times';
  if (n === 1) return 'один раз';
  if (n === 2) return 'дважды';
  if (n === 3) return 'трижды';
  const mod100 = n % 100;
  const mod10 = n % 10;
  const word = mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? 'раза' : 'раз';
  return n + ' ' + word;
}

/** The sentence for one problem in the given language; an unknown code is shown as is. */
export function problemText(p: Problem, lang: Lang): string {
  const entry = PROBLEM_TEXTS[p.code];
  if (!entry) return p.code;
  const params = p.params ?? {};
  const template = entry[lang].replace(/\{(\w+):times\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : times(Number(params[name]), lang),
  );
  return fill(template, params);
}

/** All problems as one cell text, joined with '; '. */
export function problemsText(ps: Problem[], lang: Lang): string {
  return ps.map((p) => problemText(p, lang)).join('; ');
}
