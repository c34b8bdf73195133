// The setup wizard's form → Settings values (by setting code), or the fields that need fixing.
import { parseHolidays } from './holidays';
import { formatSchoolYear, parseSchoolYear } from './schoolYear';
import { problemText } from './texts/problems';
import type { Lang, SchoolYear } from './types';

export interface SetupForm {
  schoolName?: string;
  partnerName?: string;
  schoolYear?: string;
  calendarMode?: 'new' | 'existing' | string;
  calendarName?: string;
  calendarId?: string;
  reportFolder?: string;
  leadDays?: string;
  holidays?: string;
  ownerEmail?: string;
  testMode?: boolean;
}

export interface SetupFormResult {
  /** Setting code → value to write (only codes the wizard owns). */
  values: Record<string, string>;
  /** Form field → what is wrong with it. */
  errors: Record<string, string>;
}

const MSG = {
  schoolYear: { ru: 'Учебный год пишется так: 2026-2027.', en: 'Write the school year as 2026-2027.' },
  calendarId: { ru: 'Укажите ID существующего календаря.', en: 'Enter the ID of the existing calendar.' },
  leadDays: {
    ru: 'Числа дней от 0 до 60 через запятую, например «7, 1».',
    en: 'Numbers of days from 0 to 60, comma separated, e.g. "7, 1".',
  },
  ownerEmail: { ru: 'Это не похоже на адрес e-mail.', en: 'This does not look like an e-mail address.' },
  tooLong: { ru: 'Слишком длинное значение.', en: 'The value is too long.' },
};

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** fallbackYear: the school year dates without a year belong to when the form gives none. */
export function readSetupForm(form: SetupForm, lang: Lang, fallbackYear: SchoolYear): SetupFormResult {
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const values: Record<string, string> = {};
  const errors: Record<string, string> = {};

  values['schoolName'] = str(form.schoolName);
  // Older forms (and the add-on's card) have no partner field: leave the setting as it is then.
  if (form.partnerName !== undefined) values['partnerName'] = str(form.partnerName);

  const year = str(form.schoolYear);
  if (year) {
    const sy = parseSchoolYear(year);
    if (sy) values['schoolYear'] = formatSchoolYear(sy);
    else errors['schoolYear'] = MSG.schoolYear[lang];
  } else values['schoolYear'] = '';

  if (form.calendarMode === 'existing') {
    const id = str(form.calendarId);
    if (id) values['calendarId'] = id;
    else errors['calendarId'] = MSG.calendarId[lang];
  } else {
    // A new calendar: planbook creates it on the first sync when calendarId is empty.
    values['calendarId'] = '';
    if (str(form.calendarName)) values['calendarName'] = str(form.calendarName);
  }

  if (str(form.reportFolder)) values['reportFolder'] = str(form.reportFolder);

  const lead = str(form.leadDays);
  const parts = lead.split(/[,;\s]+/).filter(Boolean);
  const nums = parts.map(Number);
  if (parts.length && nums.every((n) => Number.isInteger(n) && n >= 0 && n <= 60)) {
    values['leadDays'] = [...new Set(nums)].sort((a, b) => b - a).join(', ');
  } else if (lead) errors['leadDays'] = MSG.leadDays[lang];

  // Holidays: checked against the wizard's school year (or the current one) so a typo shows at once.
  const holidays = str(form.holidays);
  if (holidays) {
    const sy = parseSchoolYear(year) ?? fallbackYear;
    const h = parseHolidays(holidays, sy);
    if (h.problems.length) errors['holidays'] = problemText(h.problems[0]!, lang);
    else values['holidays'] = holidays;
  } else values['holidays'] = '';

  const email = str(form.ownerEmail);
  if (!email || EMAIL.test(email)) values['ownerEmail'] = email;
  else errors['ownerEmail'] = MSG.ownerEmail[lang];

  values['testMode'] = form.testMode === true ? (lang === 'ru' ? 'да' : 'yes') : lang === 'ru' ? 'нет' : 'no';

  // A Sheets cell holds at most 50,000 characters; a setting needs far fewer.
  for (const [k, v] of Object.entries(values)) {
    if (v.length > 500) errors[k === 'calendarName' ? 'calendarName' : k] = MSG.tooLong[lang];
  }
  return { values, errors };
}
