// Setup: creates the plan's sheets (Plan, Responsibles, Settings, Log) or upgrades them in place.
// Run again on an existing plan it adds what is missing and restyles, and never overwrites a typed cell.

import {
  type ColumnDef,
  LOG_COLUMNS,
  PLAN_COLUMNS,
  type PlanColumnId,
  RESPONSIBLE_COLUMNS,
  SETTINGS_COLUMNS,
  SHEETS,
  type SheetId,
  STATUSES,
} from '../domain/columns';
import { type ColumnMap, normalizeHeading } from '../domain/plan';
import { SETTING_DEFS } from '../domain/settings';
import { t } from '../domain/texts/ui';
import type { Lang } from '../domain/types';
import { type AppContext, flushLog, log, openContext, sessionLang, takeLogRows } from './context';
import { findPlanColumns } from './plan';
import { forgetPlan } from './planCache';
import type { ColumnExtras, PlanBook, PlanSheet, Ports } from './ports';

const PLAN_EXTRAS = (lang: Lang): Record<string, ColumnExtras> => ({
  number: { format: '@' },
  title: { format: '@' },
  period: {
    format: '@',
    note:
      lang === 'ru'
        ? 'Как в плане: «октябрь», «апрель-июнь», «в течение года», «15.10.2026», «до 20 мая»'
        : 'As in the plan: "октябрь", "апрель-июнь", "15.10.2026"',
  },
  date: {
    note:
      lang === 'ru'
        ? 'Точная дата (и время), если известна: 15.10.2026 14:00. Важнее «Сроков».'
        : 'Exact date (and time) when known: 15.10.2026 14:00. Wins over "When".',
  },
  place: { format: '@' },
  classes: { format: '@' },
  section: { format: '@' },
  responsibles: { format: '@' },
  status: { list: Object.values(STATUSES).map((s) => s[lang]) },
  results: { format: '@' },
  participants: { nonNegative: true, format: '0' },
  publication: { format: '@' },
  // plain text: a Sheets time value would come back as a Date of 1899 in the old Moscow offset
  time: { format: '@' },
  key: { format: '@' },
  sync: { format: '@' },
  problems: { format: '@' },
});

const byHeading = (header: unknown[], c: ColumnDef) =>
  header.findIndex(
    (h) => normalizeHeading(h) === normalizeHeading(c.ru) || normalizeHeading(h) === normalizeHeading(c.en),
  );

export interface SetupResult {
  created: string[];
  upgraded: string[];
  settingsAdded: number;
  message: string;
}

export function setupSheets(ports: Ports, lang?: Lang): SetupResult {
  const book = ports.book;
  const existing = book.preload();
  const hadPlan = book.find('plan') !== null;
  const emptyDefault = !hadPlan || existing.size === 1 ? emptyDefaultSheet(existing) : null;
  // The edits' cache of Settings and Ответственные (app/planCache.ts) goes: setup writes them. A new
  // spreadsheet (its one sheet an empty Лист1, as Google makes it) has had no plan whose settings could
  // be cached; one whose planbook sheets were all deleted and an empty Лист1 left is read as new, and an
  // edit may use the deleted plan's cached settings until the cache expires or the wizard saves
  // (at most 6 hours; a change no trigger reports is seen that late anyway: app/planCache.ts).
  if (!(existing.size === 1 && emptyDefault)) forgetPlan(ports);
  const ctx = openContext(ports);
  const language = lang ?? (book.find('settings') ? ctx.lang : sessionLang(ctx.session));
  const result: SetupResult = { created: [], upgraded: [], settingsAdded: 0, message: '' };
  const fresh = new Set<SheetId>();
  // A new spreadsheet's empty "Лист1" becomes the first sheet made (one rename, where insert + delete
  // were two).
  let blank = hadPlan ? null : emptyDefault;
  const adopted = blank !== null;
  // A new Ответственные (its headings alone, bold and coloured, frozen, at their widths) is the template
  // the other new sheets are copied from: what it gives them is not set again (gas/layout.ts).
  let template: PlanSheet | null = null;
  let lastInserted: PlanSheet | null = null;
  const ensure = (
    id: SheetId,
    columns: readonly ColumnDef[],
    extras: Record<string, ColumnExtras>,
    opts: {
      wrap?: boolean;
      rows?: unknown[][];
      headingsLater?: boolean;
      before?: PlanSheet;
      find?: (sheet: PlanSheet, isFresh: boolean) => (header: unknown[], c: ColumnDef) => number;
    } = {},
  ) => {
    let sheet = book.find(id);
    const like = template ?? undefined;
    if (sheet) result.upgraded.push(sheet.name());
    else {
      if (blank && !like) sheet = book.adopt(blank, id, language);
      else sheet = lastInserted = book.create(id, language, { like, before: opts.before });
      blank = null;
      fresh.add(id);
      result.created.push(SHEETS[id][language]);
    }
    const isFresh = fresh.has(id);
    const find = opts.find ?? (() => byHeading);
    const positions = sheet.layout(columns, language, extras, find(sheet, isFresh), {
      fresh: isFresh,
      wrap: opts.wrap,
      rows: isFresh ? opts.rows : undefined,
      like: isFresh && like ? RESPONSIBLE_COLUMNS : undefined,
      headingsLater: isFresh && opts.headingsLater === true,
    });
    if (id === 'responsibles' && isFresh) template = sheet;
    return { sheet, positions };
  };
  // Names and addresses are never read as dates or numbers by Sheets: no format needed. A new one's
  // headings are written last, once every sheet is copied from it: a copy never holds its headings, so a
  // run that stops half-way leaves sheets whose headings the next run adds, not Ответственные's.
  const { sheet: responsibles } = ensure('responsibles', RESPONSIBLE_COLUMNS, {}, { headingsLater: true });
  // A new Settings sheet gets its rows in the same write as its headings.
  const newSettings = book.find('settings')
    ? null
    : settingLines(
        ctx,
        SETTING_DEFS,
        SETTINGS_COLUMNS.map((c) => c[language]),
        language,
      );
  const { sheet: settings } = ensure(
    'settings',
    SETTINGS_COLUMNS,
    {
      name: { format: '@' },
      value: { format: '@' },
      help: { format: '@' },
      key: { format: '@' },
    },
    { rows: newSettings ?? undefined },
  );
  // A new Журнал's headings are written at the end, with setup's own line: one write, and no line that
  // says "done" before the Plan is.
  const { sheet: logSheet } = ensure(
    'log',
    LOG_COLUMNS,
    { time: { format: 'dd.MM.yyyy HH:mm' } },
    { headingsLater: true },
  );
  result.settingsAdded = newSettings ? newSettings.length : addMissingSettings(ctx, settings, language);
  // The Plan last, in front of Ответственные: a new one is then the active sheet (insertSheet makes it so).
  // Its columns are found as every run finds them (renamed headings, anchors), so a renamed column is
  // never added a second time. (The anchors are put on by the full sync: app/plan.ts.)
  ensure('plan', PLAN_COLUMNS, PLAN_EXTRAS(language), {
    wrap: true,
    before: responsibles,
    find: (sheet, isFresh) => {
      if (isFresh) return byHeading;
      let map: ColumnMap | null = null;
      return (header, c) => {
        map ??= findPlanColumns(ctx, sheet, header);
        return map[c.id as PlanColumnId];
      };
    },
  });
  removeEmptyDefaultSheet(book, existing, adopted);
  // in the sheets' own order (План first), whatever order they were made in
  const order = Object.values(SHEETS).flatMap((s) => [s.ru, s.en] as string[]);
  for (const names of [result.created, result.upgraded])
    names.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const planSheet = book.find('plan');
  if (planSheet && planSheet !== lastInserted) book.activate(planSheet);
  result.message = t('setupDone', language, {
    sheets: Object.values(SHEETS)
      .map((s) => s[language])
      .join(', '),
  });
  log(ctx, t('logSetup', language), result.message);
  if (fresh.has('responsibles'))
    book.write(responsibles, 1, 1, [RESPONSIBLE_COLUMNS.map((c) => c[language])]);
  if (fresh.has('log')) {
    book.write(logSheet, 1, 1, [LOG_COLUMNS.map((c) => c[language]), ...takeLogRows(ctx)]);
  } else flushLog(ctx);
  return result;
}

/** Adds a row for each setting the sheet lacks (by its hidden code); existing rows keep their values. */
function addMissingSettings(ctx: AppContext, sheet: PlanSheet, lang: Lang): number {
  const rows = ctx.book.values(sheet);
  const header = rows[0] ?? [];
  const codeCol = byHeading(header, SETTINGS_COLUMNS[3]);
  const have = new Set(rows.slice(1).map((r) => String(r[codeCol] ?? '').trim()));
  const missing = SETTING_DEFS.filter((d) => !have.has(d.code));
  if (missing.length === 0) return 0;
  ctx.book.append(sheet, settingLines(ctx, missing, header, lang));
  return missing.length;
}

/** The Settings rows of these settings, their default values in the header's columns. */
function settingLines(
  ctx: AppContext,
  defs: readonly (typeof SETTING_DEFS)[number][],
  header: unknown[],
  lang: Lang,
): unknown[][] {
  const width = header.length;
  const [nameCol, valueCol, helpCol, codeCol] = SETTINGS_COLUMNS.map((c) => byHeading(header, c));
  return defs.map((d) => {
    const line: unknown[] = new Array(width).fill('');
    line[nameCol!] = lang === 'ru' ? d.ru : d.en;
    line[valueCol!] = defaultValue(d.code, d.def, ctx, lang);
    line[helpCol!] = lang === 'ru' ? d.helpRu : d.helpEn;
    line[codeCol!] = d.code;
    return line;
  });
}

function defaultValue(code: string, def: string, ctx: AppContext, lang: Lang): string {
  if (code === 'ownerEmail') return ctx.session.effectiveUserEmail() || def;
  if (code === 'timeZone') return ctx.book.timeZone() || def;
  if (code === 'language') return lang;
  return def;
}

/** A new spreadsheet's empty "Лист1"/"Sheet1", if it has one. */
function emptyDefaultSheet(existing: Map<string, PlanSheet>): PlanSheet | null {
  for (const name of ['Лист1', 'Sheet1']) {
    const s = existing.get(name);
    if (s?.isBlank()) return s;
  }
  return null;
}

/** Once the plan's sheets exist an empty default sheet goes (the one that became the Plan stays). */
function removeEmptyDefaultSheet(book: PlanBook, existing: Map<string, PlanSheet>, adopted: boolean): void {
  if (adopted) return;
  for (const name of ['Лист1', 'Sheet1']) {
    const s = existing.get(name);
    if (s?.isBlank()) book.remove(s); // the plan's sheets exist by now
  }
}
