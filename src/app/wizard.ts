// The setup wizard: what it shows (the current settings) and what it saves. Saving sets up the sheets
// first (idempotent) and then writes only the Settings values the person typed in the wizard, in one write.

import { formatSchoolYear, schoolYearOf } from '../domain/schoolYear';
import { isYes, SETTING_DEFS } from '../domain/settings';
import { readSetupForm, type SetupForm } from '../domain/setupForm';
import { t } from '../domain/texts/ui';
import { type AppContext, flushLog, log, openContext, sessionLang } from './context';
import { forgetPlan } from './planCache';
import type { Ports } from './ports';
import { setupSheets } from './setup';

export interface SetupData {
  setUp: boolean;
  schoolName: string;
  partnerName: string;
  schoolYear: string;
  calendarMode: 'new' | 'existing';
  calendarName: string;
  calendarId: string;
  reportFolder: string;
  leadDays: string;
  holidays: string;
  ownerEmail: string;
  testMode: boolean;
}

/** The wizard's fields: the Settings values, or the defaults before the sheet is set up. */
export function setupData(ctx: AppContext, userEmail: string): SetupData {
  const setUp = Boolean(ctx.book.find('settings'));
  const get = (code: string) => ctx.settings.get(code);
  const calendarId = get('calendarId');
  return {
    setUp,
    schoolName: get('schoolName'),
    partnerName: get('partnerName'),
    schoolYear: get('schoolYear') || formatSchoolYear(schoolYearOf(ctx.today)),
    calendarMode: calendarId ? 'existing' : 'new',
    calendarName: get('calendarName'),
    calendarId,
    reportFolder: get('reportFolder'),
    leadDays: get('leadDays'),
    holidays: get('holidays'),
    ownerEmail: get('ownerEmail') || userEmail,
    testMode: isYes(get('testMode')),
  };
}

export interface SaveSetupResult {
  ok: boolean;
  errors: Record<string, string>;
  message: string;
  written: string[];
}

export function saveSetup(ports: Ports, form: SetupForm): SaveSetupResult {
  const before = openContext(ports);
  const lang = ports.book.find('settings') ? before.lang : sessionLang(ports.session);
  const { values, errors } = readSetupForm(form ?? {}, lang, schoolYearOf(before.today));
  if (Object.keys(errors).length) return { ok: false, errors, message: t('setupFix', lang), written: [] };
  const setup = setupSheets(ports, lang);
  const ctx = openContext(ports);
  const written = writeSettings(ctx, values);
  const message = `${setup.message} ${t('setupSaved', ctx.lang, { count: written.length })}`;
  log(ctx, t('logSetup', ctx.lang), message);
  flushLog(ctx);
  return { ok: true, errors: {}, message, written };
}

/** Writes the given settings (by code) into the Settings sheet's value column, in one write. */
export function writeSettings(ctx: AppContext, values: Record<string, string>): string[] {
  const sheet = ctx.book.find('settings');
  if (!sheet) return [];
  const rows = ctx.book.values(sheet);
  const header = rows[0] ?? [];
  const codeCol = header.findIndex((h) => String(h).trim() === 'Код' || String(h).trim() === 'Code');
  if (codeCol < 0) return [];
  const VALUE_COL = 1; // as context.ts reads it: name, value, explanation, code
  const known = new Set(SETTING_DEFS.map((d) => d.code));
  const changed: { row: number; value: string; code: string }[] = [];
  rows.forEach((r, i) => {
    if (i === 0) return;
    const code = String(r[codeCol] ?? '').trim();
    if (!known.has(code) || !(code in values)) return;
    if (String(r[VALUE_COL] ?? '') !== values[code]) changed.push({ row: i, value: values[code]!, code });
  });
  if (changed.length === 0) return [];
  forgetPlan(ctx); // the edits' cache of the settings (app/planCache.ts)
  const first = Math.min(...changed.map((c) => c.row));
  const last = Math.max(...changed.map((c) => c.row));
  const block = rows.slice(first, last + 1).map((r) => [r[VALUE_COL] ?? '']);
  for (const c of changed) block[c.row - first] = [c.value];
  ctx.book.write(sheet, first + 1, VALUE_COL + 1, block);
  return changed.map((c) => c.code);
}
