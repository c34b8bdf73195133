// Small in-memory ports for unit tests of src/app (as apps-script-oauth2's tests hand in 30-line mocks):
// each port keeps its state in plain arrays and maps and counts every call, so a test can assert both
// what a use case did and what it cost. The Calendar one throws Google's messages (409 on a taken id,
// 404 on a missing one) because the use cases decide on them (src/app/serviceErrors.ts).
import {
  BusyError,
  type CalendarEvent,
  type KeyValueStore,
  type LayoutOptions,
  type PlanBook,
  type PlanSheet,
  type Ports,
  type ReportDoc,
} from '../../src/app/ports';
import type { ColumnDef, SheetId } from '../../src/domain/columns';
import { SHEETS } from '../../src/domain/columns';
import type { Lang } from '../../src/domain/types';

export class Calls {
  readonly counts = new Map<string, number>();
  hit(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }
  of(name: string): number {
    return this.counts.get(name) ?? 0;
  }
  /** Calls whose name starts with the prefix, e.g. 'book.' */
  under(prefix: string): number {
    let n = 0;
    for (const [k, v] of this.counts) if (k.startsWith(prefix)) n += v;
    return n;
  }
  reset(): void {
    this.counts.clear();
  }
}

function letters(a1: string): number {
  let n = 0;
  for (const ch of a1.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export class MemorySheet implements PlanSheet {
  rows: unknown[][] = [];
  noteMap = new Map<string, string>();
  anchors: Record<string, number> = {};
  constructor(
    private readonly calls: Calls,
    public title: string,
  ) {}
  private width(): number {
    return Math.max(0, ...this.rows.map((r) => r.length));
  }
  private cell(r: number, c: number): unknown {
    return this.rows[r - 1]?.[c - 1] ?? '';
  }
  name(): string {
    this.calls.hit('sheet.name');
    return this.title;
  }
  values(): unknown[][] {
    this.calls.hit('sheet.values');
    const w = this.width();
    return this.rows.map((r) => Array.from({ length: w }, (_, i) => r[i] ?? ''));
  }
  read(row: number, col: number, rows: number, cols: number): unknown[][] {
    this.calls.hit('sheet.read');
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => this.cell(row + i, col + j)),
    );
  }
  /** Whole rows ('1:1') and open columns ('K2:K'), as planbook reads them. */
  readA1(a1: string): unknown[][] {
    this.calls.hit('sheet.readA1');
    const rowsOnly = /^(\d+):(\d+)$/.exec(a1);
    if (rowsOnly) {
      const from = Number(rowsOnly[1]);
      const to = Number(rowsOnly[2]);
      const w = this.width();
      return Array.from({ length: to - from + 1 }, (_, i) =>
        Array.from({ length: w }, (_, j) => this.cell(from + i, j + 1)),
      );
    }
    const open = /^([A-Z]+)(\d+):([A-Z]+)$/.exec(a1);
    if (!open) throw new Error(`MemorySheet: unsupported range ${a1}`);
    const c1 = letters(open[1]!);
    const c2 = letters(open[3]!);
    const from = Number(open[2]);
    return Array.from({ length: Math.max(this.rows.length - from + 1, 0) }, (_, i) =>
      Array.from({ length: c2 - c1 + 1 }, (_, j) => this.cell(from + i, c1 + j)),
    );
  }
  numberFormats(_row: number, _col: number, count: number): string[] {
    this.calls.hit('sheet.numberFormats');
    return new Array(count).fill('@');
  }
  write(row: number, col: number, values: unknown[][]): void {
    this.calls.hit('sheet.write');
    values.forEach((line, i) => {
      while (this.rows.length < row + i) this.rows.push([]);
      const r = this.rows[row - 1 + i]!;
      line.forEach((v, j) => {
        while (r.length < col - 1 + j) r.push('');
        r[col - 1 + j] = v;
      });
    });
  }
  append(rows: unknown[][]): number {
    this.calls.hit('sheet.append');
    const first = this.rows.length + 1;
    for (const r of rows) this.rows.push([...r]);
    return first;
  }
  appendLines(rows: unknown[][]): void {
    this.append(rows);
  }
  setNotes(row: number, col: number, notes: string[][]): void {
    this.calls.hit('sheet.setNotes');
    notes.forEach((line, i) => {
      line.forEach((n, j) => {
        this.noteMap.set(`${row + i}:${col + j}`, n);
      });
    });
  }
  notes(row: number, col: number, rows: number, cols: number): string[][] {
    this.calls.hit('sheet.notes');
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => this.noteMap.get(`${row + i}:${col + j}`) ?? ''),
    );
  }
  readWithNotesA1(a1: string): { values: unknown[][]; notes: string[][] } {
    const values = this.readA1(a1);
    const start = /^([A-Z]*)(\d+)/.exec(a1);
    const row = Number(start?.[2] ?? 1);
    const col = start?.[1] ? letters(start[1]) : 1;
    return { values, notes: this.notes(row, col, values.length, values[0]?.length ?? 0) };
  }
  columnAnchors(): Record<string, number> {
    this.calls.hit('sheet.columnAnchors');
    return { ...this.anchors };
  }
  setColumnAnchors(positions: Record<string, number>): void {
    this.calls.hit('sheet.setColumnAnchors');
    this.anchors = { ...this.anchors, ...positions };
  }
  isBlank(): boolean {
    this.calls.hit('sheet.isBlank');
    return this.rows.length === 0;
  }
  layout(
    columns: readonly ColumnDef[],
    lang: Lang,
    _extras: unknown,
    findColumn: (header: unknown[], c: ColumnDef) => number,
    opts?: LayoutOptions,
  ): Record<string, number> {
    this.calls.hit('sheet.layout');
    if (this.rows.length === 0) this.rows.push([]);
    const header = this.rows[0]!;
    const positions: Record<string, number> = {};
    for (const c of columns) {
      let i = findColumn(header, c);
      if (i < 0) {
        header.push(c[lang]);
        i = header.length - 1;
      }
      positions[c.id] = i + 1;
    }
    if (opts?.fresh) for (const r of opts.rows ?? []) this.rows.push([...r]);
    return positions;
  }
}

export class MemoryBook implements PlanBook {
  readonly sheets = new Map<string, MemorySheet>();
  active: string | null = null;
  constructor(
    private readonly calls: Calls,
    readonly spreadsheetId = 'memory-spreadsheet-0123456789',
  ) {}
  id(): string {
    this.calls.hit('book.id');
    return this.spreadsheetId;
  }
  url(): string {
    this.calls.hit('book.url');
    return `https://sheets.example/${this.spreadsheetId}`;
  }
  timeZone(): string {
    this.calls.hit('book.timeZone');
    return 'Europe/Moscow';
  }
  preload(): Map<string, PlanSheet> {
    this.calls.hit('book.preload');
    return new Map(this.sheets);
  }
  find(id: SheetId): PlanSheet | null {
    this.calls.hit('book.find');
    return this.sheets.get(SHEETS[id].ru) ?? this.sheets.get(SHEETS[id].en) ?? null;
  }
  /** The test's own access (not counted). */
  sheet(id: SheetId): MemorySheet {
    const s = this.sheets.get(SHEETS[id].ru) ?? this.sheets.get(SHEETS[id].en);
    if (!s) throw new Error(`no sheet ${id}`);
    return s;
  }
  create(id: SheetId, lang: Lang): PlanSheet {
    this.calls.hit('book.create');
    const s = new MemorySheet(this.calls, SHEETS[id][lang]);
    this.sheets.set(s.title, s);
    this.active = s.title;
    return s;
  }
  adopt(sheet: PlanSheet, id: SheetId, lang: Lang): PlanSheet {
    this.calls.hit('book.adopt');
    const s = sheet as MemorySheet;
    for (const [k, v] of this.sheets) if (v === s) this.sheets.delete(k);
    s.title = SHEETS[id][lang];
    this.sheets.set(s.title, s);
    return s;
  }
  remove(sheet: PlanSheet): void {
    this.calls.hit('book.remove');
    for (const [k, v] of this.sheets) if (v === sheet) this.sheets.delete(k);
  }
  activate(sheet: PlanSheet): void {
    this.calls.hit('book.activate');
    this.active = (sheet as MemorySheet).title;
  }
  values(sheet: PlanSheet): unknown[][] {
    return sheet.values();
  }
  write(sheet: PlanSheet, row: number, col: number, values: unknown[][]): void {
    sheet.write(row, col, values);
  }
  numberFormats(sheet: PlanSheet, row: number, col: number, count: number): string[] {
    return sheet.numberFormats(row, col, count);
  }
  append(sheet: PlanSheet, rows: unknown[][]): number {
    return sheet.append(rows);
  }
  appendLines(sheet: PlanSheet, rows: unknown[][]): void {
    sheet.appendLines(rows);
  }
  sheetUrl(sheet: PlanSheet): string {
    return `${this.url()}#sheet=${(sheet as MemorySheet).title}`;
  }
  rowUrl(sheet: PlanSheet, row: number): string {
    return `${this.sheetUrl(sheet)}&range=A${row}`;
  }
  flush(): void {
    this.calls.hit('book.flush');
  }
}

export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  constructor(
    private readonly calls: Calls,
    private readonly prefix: string,
  ) {}
  get(key: string): string | null {
    this.calls.hit(`${this.prefix}.get`);
    return this.data.get(key) ?? null;
  }
  set(key: string, value: string): void {
    this.calls.hit(`${this.prefix}.set`);
    this.data.set(key, value);
  }
  setMany(values: Record<string, string>): void {
    this.calls.hit(`${this.prefix}.setMany`);
    for (const [k, v] of Object.entries(values)) this.data.set(k, v);
  }
  remove(key: string): void {
    this.calls.hit(`${this.prefix}.remove`);
    this.data.delete(key);
  }
  all(): Record<string, string> {
    this.calls.hit(`${this.prefix}.all`);
    return Object.fromEntries(this.data);
  }
}

/** Everything a use case may call, in memory, counted in `calls`. */
export interface Memory {
  ports: Ports;
  calls: Calls;
  book: MemoryBook;
  store: MemoryStore;
  planStore: MemoryStore;
  events: Map<string, CalendarEvent>;
  calendars: string[];
  mails: { to: string; subject: string; body: string }[];
  quota: { left: number };
  docs: Map<string, { name: string; blocks: unknown[] }>;
  triggers: { id: string; handler: string; kind: string }[];
  /** Scopes the person did not grant (set a test's), and how often the consent was asked for again. */
  auth: { missing: string[]; asked: number };
  /** Set to make the lock busy: every lock.run then throws BusyError. */
  lockBusy: { busy: boolean };
  now: { at: Date };
}

export function memoryPorts(today = '2026-09-01T09:00:00Z'): Memory {
  const calls = new Calls();
  const book = new MemoryBook(calls);
  const store = new MemoryStore(calls, 'store');
  const planStore = new MemoryStore(calls, 'planStore');
  const events = new Map<string, CalendarEvent>();
  const calendars: string[] = [];
  const mails: Memory['mails'] = [];
  const quota = { left: 100 };
  const docs = new Map<string, { name: string; blocks: unknown[] }>();
  const triggers: Memory['triggers'] = [];
  const lockBusy = { busy: false };
  const now = { at: new Date(today) };
  let nextId = 1;
  /** A new trigger; its id back, as ScriptApp's getUniqueId(). */
  const make = (handler: string, kind: string) => {
    calls.hit('triggers.create');
    const id = `t${nextId++}`;
    triggers.push({ id, handler, kind });
    return id;
  };
  const auth = { missing: [] as string[], asked: 0 };
  const matches = (e: CalendarEvent, property: string) => {
    const [k, v] = property.split('=');
    return e.extendedProperties?.private?.[k!] === v;
  };
  const reportDoc = (id: string): ReportDoc => ({
    id: () => id,
    url: () => `https://docs.example/${id}`,
    write: (blocks) => {
      calls.hit('documents.write');
      docs.get(id)!.blocks = blocks;
    },
    saveAndClose: () => calls.hit('documents.saveAndClose'),
  });
  const dayIn = (instant: Date, timeZone: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      instant,
    );
  const ports: Ports = {
    book,
    store: () => {
      calls.hit('store.open');
      return store;
    },
    planStore: () => {
      calls.hit('planStore.open');
      return planStore;
    },
    calendar: {
      open: (id) => ({
        id,
        list: (property) => {
          calls.hit('calendar.list');
          return [...events.values()].filter((e) => matches(e, property)).map((e) => ({ ...e }));
        },
        insert: (resource) => {
          calls.hit('calendar.insert');
          if (resource.id && events.has(resource.id))
            throw new Error('The requested identifier already exists.');
          const e = { ...resource, status: 'confirmed' };
          events.set(String(e.id), e);
          return e;
        },
        update: (eventId, resource) => {
          calls.hit('calendar.update');
          if (!events.has(eventId)) throw new Error('Not Found');
          const e = { ...resource, id: eventId };
          events.set(eventId, e);
          return e;
        },
        remove: (eventId) => {
          calls.hit('calendar.remove');
          const e = events.get(eventId);
          if (!e || e.status === 'cancelled') throw new Error('Resource has been deleted');
          events.set(eventId, { ...e, status: 'cancelled' });
        },
        get: (eventId) => {
          calls.hit('calendar.get');
          const e = events.get(eventId);
          if (!e) throw new Error('Not Found');
          return e;
        },
        peek: () => {
          calls.hit('calendar.peek');
          return Math.min(1, events.size);
        },
      }),
      create: (summary) => {
        calls.hit('calendar.create');
        calendars.push(summary);
        return `calendar-${calendars.length}`;
      },
    },
    mail: {
      send: (m) => {
        calls.hit('mail.send');
        const n = [m.to, m.cc, m.bcc].flatMap((s) => (s ? s.split(',') : [])).length;
        if (n > quota.left) throw new Error('Service invoked too many times for one day: email.');
        quota.left -= n;
        mails.push({ to: m.to, subject: m.subject, body: m.body });
      },
      remainingDailyQuota: () => {
        calls.hit('mail.remainingDailyQuota');
        return quota.left;
      },
    },
    documents: {
      open: (id) => {
        calls.hit('documents.open');
        return docs.has(id) ? reportDoc(id) : null;
      },
      create: (name) => {
        calls.hit('documents.create');
        const id = `doc-${nextId++}`;
        docs.set(id, { name, blocks: [] });
        return reportDoc(id);
      },
      idsByName: (name) => {
        calls.hit('documents.idsByName');
        return [...docs].filter(([, d]) => d.name === name).map(([id]) => id);
      },
      folder: () => {
        calls.hit('documents.folder');
        return { id: () => 'folder-1', name: () => 'planbook' };
      },
      file: () => {
        calls.hit('documents.file');
        return {
          moveTo: () => calls.hit('documents.moveTo'),
          pdf: (name) => ({ name: `${name}.pdf`, content: null }),
          trash: () => calls.hit('documents.trash'),
        };
      },
    },
    clock: {
      now: () => now.at,
      dayIn,
      timeIn: (instant, timeZone) => `${dayIn(instant, timeZone)} 12:00`,
      sleep: (ms) => {
        calls.hit('clock.sleep');
        now.at = new Date(now.at.getTime() + ms);
      },
    },
    triggers: {
      list: () => {
        calls.hit('triggers.list');
        return triggers.map((t) => ({ id: t.id, handler: t.handler }));
      },
      remove: (ids) => {
        calls.hit('triggers.remove');
        for (const id of ids) {
          const i = triggers.findIndex((t) => t.id === id);
          if (i >= 0) triggers.splice(i, 1);
        }
      },
      onEdit: (handler) => make(handler, 'edit'),
      daily: (handler) => make(handler, 'daily'),
      monthly: (handler) => make(handler, 'monthly'),
      once: (handler) => make(handler, 'once'),
    },
    lock: {
      run: (_waitMs, fn) => {
        calls.hit('lock.run');
        if (lockBusy.busy) throw new BusyError();
        return fn();
      },
    },
    session: {
      effectiveUserEmail: () => 'owner@school.example',
      locale: () => 'ru',
      addOn: () => false,
    },
    webApp: {
      url: () => null,
      hmacSha256: () => [],
      newSecret: () => 'secret',
    },
    auth: {
      missingScopes: () => {
        calls.hit('auth.missingScopes');
        return [...auth.missing];
      },
      requireAll: () => {
        auth.asked++;
        if (auth.missing.length) throw new Error('Authorization is required to perform that action.');
      },
    },
  };
  return {
    ports,
    calls,
    book,
    store,
    planStore,
    events,
    calendars,
    mails,
    quota,
    docs,
    triggers,
    auth,
    lockBusy,
    now,
  };
}
