// The on-edit sync's cache (issue #14): what every edited cell would read again although it rarely
// changes — the Settings values, the Ответственные rows, the spreadsheet's id, its link and the Plan's,
// the id of planbook's calendar — kept in the document cache (ports.cache, CacheService), so one edited
// cell costs about 20 calls and opens no properties. A sync that makes a new calendar removes it.
//
// The full sync (daily, menu) reads all of it anyway and writes the cache; an edit that finds none reads
// the sheets and writes it. It is removed when a person edits Настройки or Ответственные (the same
// on-edit trigger, app/operations.ts) and when planbook writes them (setup, the wizard's settings,
// import), and it expires after 6 hours (Google's longest, R/cache/cache#put(String,String,Integer)):
// a change no trigger reports (a row deleted there) is seen by an edit at most that late, and by the
// daily reconcile at once, since that reads the sheets. The Plan's header and rows are never cached.
import { SHEETS } from '../domain/columns';
import type { DirectoryRow } from '../domain/responsibles';
import type { EditedRange, PlanBook, PlanSheet, Ports } from './ports';

const KEY = 'planbook.plan.v1';
const TTL_SECONDS = 21600;
/** "The maximum length of a value is 100KB" (R/cache/cache#put): counted in UTF-8 bytes, Cyrillic two. */
const MAX_BYTES = 100 * 1024;

export interface CachedPlan {
  settings: Record<string, string>;
  directory: DirectoryRow[];
  id: string;
  url: string;
  planUrl: string;
  /** planbook's own calendar (the store's id when the cache was written); none for a typed one. */
  calendarId?: string;
}

/** What a run read that the cache keeps or gave (part of app/context.ts AppContext). */
export interface PlanRead {
  /** The Settings values by code, as read (app/planCache.ts keeps them). */
  settingValues: Record<string, string>;
  /** The Ответственные rows from the cache: read instead of the sheet (app/plan.ts readDirectory). */
  cachedDirectory?: DirectoryRow[];
  /** The Ответственные rows last read (what app/planCache.ts keeps). */
  directoryRows?: DirectoryRow[];
  /** The id of planbook's own calendar from the cache (app/syncCalendar.ts uses it before the store). */
  cachedCalendarId?: string;
  /** The id of planbook's own calendar as this run found or made it in the store (for the cache). */
  ownCalendarId?: string;
}

export function readCachedPlan(ports: Ports): CachedPlan | null {
  const text = ports.cache?.()?.get(KEY);
  if (!text) return null;
  try {
    const c = JSON.parse(text) as CachedPlan;
    return c && typeof c.id === 'string' && Array.isArray(c.directory) ? c : null;
  } catch {
    return null;
  }
}

export function rememberPlan(ports: Ports, plan: CachedPlan): void {
  const text = JSON.stringify(plan);
  if (utf8Length(text) > MAX_BYTES) return;
  ports.cache?.()?.put(KEY, text, TTL_SECONDS);
}

/**
 * Keeps what this run read from the sheets (not what it took from the cache: that would only stretch
 * its life). Nothing without the Ответственные rows or the Plan sheet.
 */
export function rememberRead(ctx: Ports & PlanRead): void {
  const plan = ctx.book.find('plan');
  if (ctx.cachedDirectory || !ctx.directoryRows || !plan) return;
  rememberPlan(ctx, {
    settings: ctx.settingValues,
    directory: ctx.directoryRows,
    id: ctx.book.id(),
    url: ctx.book.url(),
    planUrl: ctx.book.sheetUrl(plan),
    ...(ctx.ownCalendarId ? { calendarId: ctx.ownCalendarId } : {}),
  });
}

export function forgetPlan(ports: Ports): void {
  ports.cache?.()?.remove(KEY);
}

/** An edit of a sheet whose content the cache holds. */
export function editsCachedSheet(range: EditedRange | null): boolean {
  const names: string[] = [
    SHEETS.settings.ru,
    SHEETS.settings.en,
    SHEETS.responsibles.ru,
    SHEETS.responsibles.en,
  ];
  return range !== null && names.includes(range.sheetName);
}

/** The book answering its id and links from the cache (everything else asked of the spreadsheet). */
export function knownBook(book: PlanBook, plan: CachedPlan): PlanBook {
  const known: Partial<PlanBook> = {
    id: () => plan.id,
    url: () => plan.url,
    sheetUrl: (sheet: PlanSheet) => (sheet === book.find('plan') ? plan.planUrl : book.sheetUrl(sheet)),
  };
  return Object.assign(Object.create(book) as PlanBook, known);
}

function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}
