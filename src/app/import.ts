// Import: plan text (numbered lines or a table pasted from Word) → new rows at the end of the Plan.
// A preview shows the rows and problems first. Rows already in the plan (same № and title) are skipped;
// new roles are added to the Responsibles sheet with empty e-mails, for the owner to fill in.

import { type ImportedRow, parsePlanText } from '../domain/importText';
import { assignKeys } from '../domain/keys';
import { mapColumns, normalizeHeading } from '../domain/plan';
import { normalizeName, splitResponsibles } from '../domain/responsibles';
import { formatSchoolYear, parseSchoolYear } from '../domain/schoolYear';
import { g } from '../domain/texts/guards';
import { problemsText } from '../domain/texts/problems';
import { t } from '../domain/texts/ui';
import { parseTiming } from '../domain/timing';
import type { Occurrence } from '../domain/types';
import { type AppContext, flushLog, log } from './context';
import { currentSchoolYear, NotSetUpError, requirePlanColumns } from './plan';
import { forgetPlan } from './planCache';

/** A row of the import preview: the imported row's columns as the Plan sheet gets them, and what was read. */
export interface PreviewRow
  extends Pick<
    ImportedRow,
    'number' | 'title' | 'period' | 'responsibles' | 'place' | 'classes' | 'time' | 'section'
  > {
  kind: string;
  occurrences: Occurrence[];
  problems: string;
  duplicate: boolean;
}

export interface ImportPreview {
  rows: PreviewRow[];
  problems: string[];
  schoolYear: string;
  newRoles: string[];
}

export interface ImportResult extends ImportPreview {
  added: number;
  skipped: number;
  message: string;
}

const MAX_CELL_CHARS = 50_000;

const rowIdentity = (number: string, title: string) => `${number.trim()}|${normalizeHeading(title)}`;

export function previewImport(ctx: AppContext, text: string): ImportPreview {
  return analyse(ctx, text).preview;
}

/** Parses the text once; the preview and the import both use the result. */
function analyse(
  ctx: AppContext,
  text: string,
): { parsed: ReturnType<typeof parsePlanText>; preview: ImportPreview; planValues: unknown[][] } {
  const settingsYear = parseSchoolYear(ctx.settings.get('schoolYear'));
  const parsed = parsePlanText(String(text ?? ''), settingsYear ?? currentSchoolYear(ctx));
  const planSheet = ctx.book.find('plan');
  const planValues = planSheet ? ctx.book.values(planSheet) : [];
  const sy = settingsYear ?? parsed.schoolYear ?? currentSchoolYear(ctx);
  const existing = existingRows(
    planValues,
    planSheet ? requirePlanColumns(ctx, planSheet, planValues[0] ?? []) : mapColumns([]),
  );
  const known = knownRoles(ctx);
  const newRoles: string[] = [];
  for (const r of parsed.rows) {
    for (const name of splitResponsibles(r.responsibles)) {
      const n = normalizeName(name);
      if (!known.has(n)) {
        known.add(n);
        newRoles.push(name);
      }
    }
  }
  const preview: ImportPreview = {
    rows: parsed.rows.map((r) => {
      const timing = parseTiming(r.period, sy, {
        dateCell: r.date,
        timeCell: r.time,
        timeZone: ctx.settings.timeZone,
      });
      return {
        number: r.number,
        title: r.title,
        period: r.period,
        responsibles: r.responsibles,
        place: r.place,
        classes: r.classes,
        time: r.time,
        section: r.section,
        kind: timing.kind,
        occurrences: timing.occurrences,
        problems: problemsText(timing.problems, ctx.lang),
        duplicate: existing.has(rowIdentity(r.number, r.title)),
      };
    }),
    problems: [...parsed.problems.map((p) => problemsText([p], ctx.lang)), ...tooLong(ctx, parsed.rows)],
    schoolYear: formatSchoolYear(sy),
    newRoles,
  };
  return { parsed, preview, planValues };
}

/**
 * Google Sheets holds at most 50,000 characters in a cell and refuses the whole write otherwise ("Your
 * input contains more than the maximum of 50000 characters in a single cell.", as users report it:
 * github.com/moevm/github_repo_commitment_calc/issues/67). Said in Russian, by row, before any write.
 */
function tooLong(ctx: AppContext, rows: ImportedRow[]): string[] {
  const out: string[] = [];
  rows.forEach((r, i) => {
    const longest = Math.max(
      ...[r.number, r.title, r.period, r.place, r.responsibles, r.notes].map((x) => x.length),
    );
    if (longest > MAX_CELL_CHARS)
      out.push(g('cellTooLong', ctx.lang, { row: r.number || i + 1, length: longest }));
  });
  return out;
}

export function importPlan(ctx: AppContext, text: string): ImportResult {
  const { parsed, preview, planValues } = analyse(ctx, text);
  const long = tooLong(ctx, parsed.rows);
  if (long.length) throw new Error(`${long.join(' ')} ${g('nothingImported', ctx.lang)}`);
  const sheet = ctx.book.find('plan');
  if (!sheet) throw new NotSetUpError();
  const header = planValues[0] ?? [];
  const map = requirePlanColumns(ctx, sheet, header);
  const fresh = parsed.rows.filter((_, i) => !preview.rows[i]!.duplicate);
  const keys = assignKeys(
    fresh.map(() => ''),
    fresh.map(() => true),
    ctx.random,
  );
  if (fresh.length) {
    const width = header.length;
    const lines = fresh.map((r, i) => rowValues(r, keys[i]!, map, width));
    const first = ctx.book.append(sheet, lines);
    const notes = fresh.map((r) => [r.notes]);
    if (fresh.some((r) => r.notes) && map.title >= 0) {
      sheet.setNotes(first, map.title + 1, notes);
    }
  }
  addRoles(ctx, preview.newRoles);
  adoptSchoolYear(ctx, parsed.schoolYear ? formatSchoolYear(parsed.schoolYear) : '');
  const skipped = parsed.rows.length - fresh.length;
  const message = fresh.length
    ? t('importDone', ctx.lang, { added: fresh.length, skipped, roles: preview.newRoles.length })
    : parsed.rows.length
      ? t('importDone', ctx.lang, { added: 0, skipped, roles: 0 })
      : t('importNothing', ctx.lang);
  log(
    ctx,
    t('logImport', ctx.lang),
    message + (preview.problems.length ? ` ${preview.problems.join('; ')}` : ''),
  );
  flushLog(ctx);
  return { ...preview, added: fresh.length, skipped, message };
}

function rowValues(
  r: ImportedRow,
  key: string,
  map: ReturnType<typeof mapColumns>,
  width: number,
): unknown[] {
  const line: unknown[] = new Array(width).fill('');
  const set = (col: number, v: string) => {
    if (col >= 0) line[col] = v;
  };
  set(map.number, r.number);
  set(map.title, r.title);
  set(map.period, r.period);
  set(map.date, r.date);
  set(map.place, r.place);
  set(map.responsibles, r.responsibles);
  set(map.classes, r.classes);
  set(map.time, r.time);
  set(map.section, r.section);
  set(map.key, key);
  return line;
}

/** The № and title of every row already in the plan. */
function existingRows(values: unknown[][], map: ReturnType<typeof mapColumns>): Set<string> {
  return new Set(
    values.slice(1).map((v) => rowIdentity(String(v[map.number] ?? ''), String(v[map.title] ?? ''))),
  );
}

function knownRoles(ctx: AppContext): Set<string> {
  const sheet = ctx.book.find('responsibles');
  const rows = sheet ? ctx.book.values(sheet).slice(1) : [];
  return new Set(rows.map((r) => normalizeName(String(r[0] ?? ''))).filter(Boolean));
}

function addRoles(ctx: AppContext, roles: string[]): void {
  const sheet = ctx.book.find('responsibles');
  if (!sheet || roles.length === 0) return;
  forgetPlan(ctx); // the edits' cache of the sheet (app/planCache.ts)
  ctx.book.append(
    sheet,
    roles.map((r) => [r, '', '']),
  );
}

/** The school year of the imported text goes to Settings only when that cell is still empty. */
function adoptSchoolYear(ctx: AppContext, year: string): void {
  if (!year || ctx.settings.get('schoolYear')) return;
  const sheet = ctx.book.find('settings');
  if (!sheet) return;
  const values = ctx.book.values(sheet);
  const header = values[0] ?? [];
  const codeCol = header.findIndex((h) => String(h) === 'Код' || String(h) === 'Code');
  const row = values.findIndex((r) => String(r[codeCol] ?? '') === 'schoolYear');
  if (codeCol >= 0 && row > 0 && String(values[row]![1] ?? '') === '') {
    forgetPlan(ctx);
    ctx.book.write(sheet, row + 1, 2, [[year]]);
  }
}
