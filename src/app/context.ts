// What every use case starts from: the ports (app/ports.ts: the spreadsheet, the store, the calendar,
// mail, documents, the clock, triggers, the lock), and what was read once: the settings, the language,
// today.

import { makeSettings, SETTING_DEFS, type Settings } from '../domain/settings';
import { langOfLocale } from '../domain/texts/ui';
import type { Day, Lang } from '../domain/types';
import { type CachedPlan, knownBook, type PlanRead } from './planCache';
import {
  type KeyValueStore,
  type PlanBook,
  type Ports,
  portsOf,
  type SessionInfo,
  type StoreOpener,
} from './ports';

/** The use cases' context: the ports, the settings and language, the day, what was read (PlanRead). */
export interface AppContext extends Ports, PlanRead {
  settings: Settings;
  lang: Lang;
  now: Date;
  today: Day;
  random: () => number;
  /** Lines for the Log sheet, written once at the end of the use case. */
  logLines: [string, string][];
}

/**
 * Reads the settings through the ports (an AppContext is Ports too: opening it again rereads them), or
 * takes them, the Ответственные rows and the spreadsheet's id and links from the cache (app/planCache.ts).
 */
export function openContext(ports: Ports, cached?: CachedPlan | null): AppContext {
  const values = cached ? cached.settings : readSettingValues(ports.book);
  const settings = makeSettings(values);
  const at = ports.clock.now();
  const base = portsOf(ports);
  return withToday({
    ...base,
    // Opened once a run: each opening is a service call (PropertiesService.get…Properties()), and the
    // opened store reads and writes through to the service every time.
    store: once(base.store),
    planStore: once(base.planStore),
    book: cached ? knownBook(ports.book, cached) : base.book,
    settingValues: values,
    ...(cached ? { cachedDirectory: cached.directory } : {}),
    ...(cached?.calendarId ? { cachedCalendarId: cached.calendarId } : {}),
    settings,
    lang: settings.lang,
    now: at,
    random: Math.random,
    logLines: [],
  });
}

/**
 * Today is a service call (Utilities.formatDate in the settings' zone): asked when first read, as a
 * getter (setup never reads it). `ctx` is the context without it; it gets it in place.
 */
function withToday(ctx: Omit<AppContext, 'today'>): AppContext {
  let today: Day | undefined;
  return Object.defineProperty(ctx, 'today', {
    enumerable: true,
    get: () => {
      today ??= ctx.clock.dayIn(ctx.now, ctx.settings.timeZone);
      return today;
    },
  }) as AppContext;
}

/** Contexts a face opened already for its ports (a menu item that asked a question first): used once. */
const opened = new WeakMap<Ports, AppContext>();

/**
 * The ports, with the context a menu item opened to ask its question (the language, today's month), so the
 * operation does not read the settings and open the spreadsheet a second time. Its clock is read again:
 * the person may have taken minutes to answer.
 */
export function withOpenedContext(ports: Ports, ctx: AppContext): Ports {
  opened.set(ports, ctx);
  return ports;
}

/** The context of an operation's ports: the one a face opened already (withOpenedContext), else a new one. */
export function contextOf(ports: Ports): AppContext {
  const ctx = opened.get(ports);
  if (!ctx) return openContext(ports);
  opened.delete(ports);
  // a copy of every field but today (a spread would ask for it), with its own now and today
  const { today: _, ...fields } = Object.getOwnPropertyDescriptors(ctx);
  const copy = Object.defineProperties({}, fields) as Omit<AppContext, 'today'>;
  copy.now = ports.clock.now();
  return withToday(copy);
}

function once(open: StoreOpener): StoreOpener {
  let store: KeyValueStore | null = null;
  return () => {
    store ??= open();
    return store;
  };
}

/** The user's language before the sheet is set up (menus in onOpen, the first dialogs). */
export function sessionLang(session: SessionInfo): Lang {
  return langOfLocale(session.locale());
}

function readSettingValues(book: PlanBook): Record<string, string> {
  const sheet = book.find('settings');
  const values: Record<string, string> = {};
  if (sheet) {
    const rows = book.values(sheet);
    const header = rows[0] ?? [];
    const codeCol = header.findIndex((h) => String(h).trim() === 'Код' || String(h).trim() === 'Code');
    for (const r of rows.slice(1)) {
      const byCode = codeCol >= 0 ? String(r[codeCol] ?? '').trim() : '';
      const name = String(r[0] ?? '').trim();
      const code = byCode || SETTING_DEFS.find((d) => d.ru === name || d.en === name)?.code;
      if (code) values[code] = cellString(r[1]);
    }
  }
  return values;
}

function cellString(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Object.prototype.toString.call(v) === '[object Date]') return (v as Date).toISOString().slice(0, 10);
  return String(v);
}

export function log(ctx: AppContext, action: string, result: string): void {
  ctx.logLines.push([action, result]);
}

/** Appends the use case's Log lines in one write. */
export function flushLog(ctx: AppContext): void {
  if (ctx.logLines.length === 0) return;
  const sheet = ctx.book.find('log');
  if (!sheet) return;
  ctx.book.appendLines(sheet, takeLogRows(ctx));
}

/** The Log rows of the lines logged so far (Time, Action, Result), taken: they are written by the caller. */
export function takeLogRows(ctx: AppContext): unknown[][] {
  // The Time column shows minutes; a spreadsheet rounds 23:59:59.999 shown as HH:mm up to the next day's
  // 00:00, so the time is written to the minute it shows.
  const at = new Date(Math.floor(ctx.now.getTime() / 60_000) * 60_000);
  const rows = ctx.logLines.map(([a, r]) => [at, a, r]);
  ctx.logLines = [];
  return rows;
}
