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
import { type AppContext, flushLog, log, openContext, sessionLang } from './context';
import { findPlanColumns } from './plan';
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
  const ctx = openContext(ports);
  const language = lang ?? (book.find('settings') ? ctx.lang : sessionLang(ctx.session));
  const result: SetupResult = { created: [], upgraded: [], settingsAdded: 0, message: '' };
  const fresh = new Set<SheetId>();
  const ensure = (
    id: SheetId,
    columns: readonly ColumnDef[],
    extras: Record<string, ColumnExtras>,
    wrap = false,
    find: (sheet: PlanSheet, isFresh: boolean) => (header: unknown[], c: ColumnDef) => number = () =>
      byHeading,
  ) => {
    let sheet = book.find(id);
    if (sheet) result.upgraded.push(sheet.name());
    else {
      sheet = book.create(id, language);
      fresh.add(id);
      result.created.push(SHEETS[id][language]);
    }
    const positions = sheet.layout(columns, language, extras, find(sheet, fresh.has(id)), {
      fresh: fresh.has(id),
      wrap,
    });
    return { sheet, positions };
  };
  // The Plan's columns are found as every run finds them (renamed headings, anchors), so a renamed
  // column is never added a second time. (The anchors are put on by the full sync: app/plan.ts.)
  ensure('plan', PLAN_COLUMNS, PLAN_EXTRAS(language), true, (sheet, isFresh) => {
    if (isFresh) return byHeading;
    let map: ColumnMap | null = null;
    return (header, c) => {
      map ??= findPlanColumns(ctx, sheet, header);
      return map[c.id as PlanColumnId];
    };
  });
  // Names and addresses are never read as dates or numbers by Sheets: no format needed.
  ensure('responsibles', RESPONSIBLE_COLUMNS, {});
  const { sheet: settings } = ensure('settings', SETTINGS_COLUMNS, {
    name: { format: '@' },
    value: { format: '@' },
    help: { format: '@' },
    key: { format: '@' },
  });
  ensure('log', LOG_COLUMNS, {
    time: { format: 'dd.MM.yyyy HH:mm' },
  });
  result.settingsAdded = addMissingSettings(ctx, settings, language, fresh.has('settings'));
  removeEmptyDefaultSheet(book, existing);
  const planSheet = book.find('plan');
  if (planSheet) book.activate(planSheet);
  result.message = t('setupDone', language, {
    sheets: Object.values(SHEETS)
      .map((s) => s[language])
      .join(', '),
  });
  log(ctx, t('logSetup', language), result.message);
  flushLog(ctx);
  return result;
}

/** Adds a row for each setting the sheet lacks (by its hidden code); existing rows keep their values. */
function addMissingSettings(ctx: AppContext, sheet: PlanSheet, lang: Lang, fresh: boolean): number {
  // A sheet setup just made holds its headings only: nothing to read.
  const rows = fresh ? [SETTINGS_COLUMNS.map((c) => c[lang])] : ctx.book.values(sheet);
  const header = rows[0] ?? [];
  const codeCol = byHeading(header, SETTINGS_COLUMNS[3]);
  const have = new Set(rows.slice(1).map((r) => String(r[codeCol] ?? '').trim()));
  const missing = SETTING_DEFS.filter((d) => !have.has(d.code));
  if (missing.length === 0) return 0;
  const width = header.length;
  const nameCol = byHeading(header, SETTINGS_COLUMNS[0]);
  const valueCol = byHeading(header, SETTINGS_COLUMNS[1]);
  const helpCol = byHeading(header, SETTINGS_COLUMNS[2]);
  const lines = missing.map((d) => {
    const line: unknown[] = new Array(width).fill('');
    line[nameCol] = lang === 'ru' ? d.ru : d.en;
    line[valueCol] = defaultValue(d.code, d.def, ctx, lang);
    line[helpCol] = lang === 'ru' ? d.helpRu : d.helpEn;
    line[codeCol] = d.code;
    return line;
  });
  if (fresh) ctx.book.write(sheet, 2, 1, lines);
  else ctx.book.append(sheet, lines);
  return missing.length;
}

function defaultValue(code: string, def: string, ctx: AppContext, lang: Lang): string {
  if (code === 'ownerEmail') return ctx.session.effectiveUserEmail() || def;
  if (code === 'timeZone') return ctx.book.timeZone() || def;
  if (code === 'language') return lang;
  return def;
}

/** A new spreadsheet comes with an empty "Лист1"/"Sheet1": once the plan's sheets exist it goes. */
function removeEmptyDefaultSheet(book: PlanBook, existing: Map<string, PlanSheet>): void {
  for (const name of ['Лист1', 'Sheet1']) {
    const s = existing.get(name);
    if (s?.isBlank()) book.remove(s); // the plan's sheets exist by now
  }
}
