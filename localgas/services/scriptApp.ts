// ScriptApp: installable triggers, kept in <state>/triggers.json. The runtime fires them: time-driven
// ones on the emulator clock (a CLI's tick), on-edit ones when the emulator's person edits the sheet.
import { zoneOffsetMs } from '../clock';
import { counted } from '../meter';
import { type FakeService, type ServiceContext, sharedInstall } from '../service';

export type TriggerEventType = 'CLOCK' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_OPEN' | 'ON_FORM_SUBMIT';

export interface Schedule {
  kind: 'minutes' | 'hours' | 'days' | 'weeks' | 'monthDay' | 'once';
  every?: number;
  hour?: number;
  minute?: number;
  weekDay?: number; // 1 = Monday … 7 = Sunday
  monthDay?: number;
  /** For 'once': the instant. */
  at?: number;
  timeZone?: string;
}

export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: TriggerEventType;
  source: 'CLOCK' | 'SPREADSHEETS';
  sourceId?: string;
  schedule?: Schedule;
  created: number;
  /** When a time-driven trigger last fired (emulator clock). */
  lastFired?: number;
  /** The workspace (document) an add-on created it in: it fires only there. */
  doc?: string;
}

export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
/** The time-driven wording is seen in real logs [obs]; the other types' wording is UNVERIFIED. */
export function addonTooMany(type: TriggerEventType): string {
  const kind = type === 'CLOCK' ? 'time-based' : type.toLowerCase().replace('on_', '').replace('_', '-');
  return `This add-on has created too many ${kind} triggers in this document for this Google user account.`;
}

/** Wording UNVERIFIED: Google documents the rule, not the message. */
export const ADDON_HOURLY = 'Add-on time-driven triggers cannot run more often than once an hour.';
const MAX_TRIGGERS = 20; // quotas page: 20 triggers per user per script

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

export class ScriptAppFake implements FakeService {
  readonly name = 'scriptApp';
  triggers: TriggerRecord[] = [];
  private nextId = 1;
  /** The web app deployment's URL (<state>/webapp.json), or null while the script is not deployed. */
  webAppUrl: string | null = null;

  constructor(private readonly ctx: ServiceContext) {}

  /** The project's trigger list lives with the script: the install's when it is shared (--install). */
  private get home() {
    return sharedInstall(this.ctx) ?? this.ctx.workspace;
  }

  async load(): Promise<void> {
    const s = this.home.readState('triggers', { nextId: 1, triggers: [] as TriggerRecord[] });
    this.triggers = s.triggers;
    this.nextId = s.nextId;
    this.webAppUrl = this.ctx.workspace.readState<{ url: string | null }>('webapp', { url: null }).url;
  }

  beginExecution(): void {
    if (sharedInstall(this.ctx)) void this.load();
  }

  endExecution(): void {
    if (sharedInstall(this.ctx)) void this.save();
  }

  async save(): Promise<void> {
    this.home.writeState('triggers', { nextId: this.nextId, triggers: this.triggers });
    this.ctx.workspace.writeState('webapp', { url: this.webAppUrl });
  }

  /** Deploys the script as a web app at url (the local server's /exec), or undeploys it (null). */
  deployWebApp(url: string | null): void {
    this.webAppUrl = url;
    this.ctx.workspace.writeState('webapp', { url });
  }

  private get addOn(): boolean {
    return this.ctx.host === 'editor-addon' || this.ctx.host === 'workspace-addon';
  }

  /** Triggers that fire in this workspace: an add-on's fire only in the document they were made in. */
  private here(): TriggerRecord[] {
    return this.triggers.filter((t) => !t.doc || t.doc === this.ctx.workspace.dir);
  }

  status(): Record<string, unknown> {
    return {
      triggers: this.triggers.map((t) => ({
        id: t.id,
        handler: t.handler,
        eventType: t.eventType,
        ...(t.schedule ? { schedule: t.schedule } : {}),
      })),
      webApp: this.webAppUrl,
    };
  }

  private wrap(t: TriggerRecord): GoogleAppsScript.Script.Trigger {
    const hit = (m: string) => this.ctx.meter.hit(`Trigger.${m}`);
    const counted = <T>(m: string, f: () => T): T => {
      hit(m);
      return f();
    };
    const api: Pick<
      GoogleAppsScript.Script.Trigger,
      'getHandlerFunction' | 'getUniqueId' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId'
    > = {
      getHandlerFunction: () => counted('getHandlerFunction', () => t.handler),
      getUniqueId: () => counted('getUniqueId', () => t.id),
      getEventType: () => counted('getEventType', () => t.eventType as never),
      getTriggerSource: () => counted('getTriggerSource', () => t.source as never),
      getTriggerSourceId: () => counted('getTriggerSourceId', () => (t.sourceId ?? null) as never),
    };
    return api as GoogleAppsScript.Script.Trigger;
  }

  private add(rec: Omit<TriggerRecord, 'id' | 'created'>): GoogleAppsScript.Script.Trigger {
    if (this.triggers.length >= MAX_TRIGGERS) throw new Error(TOO_MANY_TRIGGERS);
    // Add-ons: "time-driven triggers cannot run more frequently than once per hour"
    // (https://developers.google.com/workspace/add-ons/concepts/editor-triggers, restrictions).
    if (this.addOn && rec.schedule?.kind === 'minutes') throw new Error(ADDON_HOURLY);
    // "Each add-on can only have one trigger of each type, per user, per document" (same page).
    if (
      this.addOn &&
      this.triggers.some((t) => t.doc === this.ctx.workspace.dir && t.eventType === rec.eventType)
    )
      throw new Error(addonTooMany(rec.eventType));
    const t: TriggerRecord = {
      ...rec,
      id: String(this.nextId++ * 1000 + 7),
      created: this.ctx.clock.now(),
      ...(this.addOn ? { doc: this.ctx.workspace.dir } : {}),
    };
    this.triggers.push(t);
    return this.wrap(t);
  }

  globals(): Record<string, unknown> {
    const hit = (m: string) => this.ctx.meter.hit(`ScriptApp.${m}`);
    const counted = <T>(m: string, f: () => T): T => {
      hit(m);
      return f();
    };
    const self = this;
    const newTrigger = (handler: string) => {
      hit('newTrigger');
      const bhit = (m: string) => self.ctx.meter.hit(`TriggerBuilder.${m}`);
      return {
        timeBased() {
          bhit('timeBased');
          const s: Schedule = { kind: 'days', every: 1 };
          // Each step of the builder is counted and returns the builder (ClockTriggerBuilder chains).
          const b: Record<string, (arg: never) => unknown> = {};
          const step =
            <T>(name: string, apply: (arg: T) => void) =>
            (arg: T) => {
              bhit(name);
              apply(arg);
              return b;
            };
          const every = (kind: Schedule['kind']) => (n: number) => Object.assign(s, { kind, every: n });
          Object.assign(b, {
            everyMinutes: step('everyMinutes', (n: number) => {
              if (![1, 5, 10, 15, 30].includes(n))
                throw new Error('Invalid argument: minutes. Must be 1, 5, 10, 15 or 30');
              every('minutes')(n);
            }),
            everyHours: step('everyHours', every('hours')),
            everyDays: step('everyDays', every('days')),
            everyWeeks: step('everyWeeks', every('weeks')),
            onWeekDay: step('onWeekDay', (d: string) => {
              Object.assign(s, {
                kind: 'weeks',
                every: s.every ?? 1,
                weekDay: WEEKDAYS.indexOf(String(d)) + 1,
              });
            }),
            onMonthDay: step('onMonthDay', (d: number) =>
              Object.assign(s, { kind: 'monthDay', monthDay: d }),
            ),
            atHour: step('atHour', (h: number) => {
              s.hour = h;
            }),
            nearMinute: step('nearMinute', (m: number) => {
              s.minute = m;
            }),
            inTimezone: step('inTimezone', (tz: string) => {
              try {
                new Intl.DateTimeFormat('en', { timeZone: tz });
              } catch {
                throw new Error(`Invalid argument: timezone`);
              }
              s.timeZone = tz;
            }),
            at: step('at', (d: Date) => Object.assign(s, { kind: 'once', at: d.getTime() })),
            after: step('after', (ms: number) =>
              Object.assign(s, { kind: 'once', at: self.ctx.clock.now() + ms }),
            ),
            create() {
              bhit('create');
              return self.add({ handler, eventType: 'CLOCK', source: 'CLOCK', schedule: { ...s } });
            },
          });
          return b;
        },
        forSpreadsheet(ss: string | { getId(): string }) {
          bhit('forSpreadsheet');
          const sourceId = typeof ss === 'string' ? ss : ss.getId();
          const kind = (eventType: TriggerEventType) => ({
            create: () => {
              bhit('create');
              return self.add({ handler, eventType, source: 'SPREADSHEETS', sourceId });
            },
          });
          return {
            onEdit: () => {
              bhit('onEdit');
              return kind('ON_EDIT');
            },
            onChange: () => {
              bhit('onChange');
              return kind('ON_CHANGE');
            },
            onOpen: () => {
              bhit('onOpen');
              return kind('ON_OPEN');
            },
            onFormSubmit: () => {
              bhit('onFormSubmit');
              return kind('ON_FORM_SUBMIT');
            },
          };
        },
      };
    };
    return {
      ScriptApp: {
        AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', FULL: 'FULL' },
        EventType: {
          CLOCK: 'CLOCK',
          ON_EDIT: 'ON_EDIT',
          ON_CHANGE: 'ON_CHANGE',
          ON_OPEN: 'ON_OPEN',
          ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
        },
        TriggerSource: { CLOCK: 'CLOCK', SPREADSHEETS: 'SPREADSHEETS' },
        WeekDay: Object.fromEntries(WEEKDAYS.map((d) => [d, d])),
        newTrigger,
        getProjectTriggers: () => counted('getProjectTriggers', () => self.triggers.map((t) => self.wrap(t))),
        getUserTriggers: () => counted('getUserTriggers', () => self.triggers.map((t) => self.wrap(t))),
        deleteTrigger: (t: GoogleAppsScript.Script.Trigger) => {
          hit('deleteTrigger');
          const id = (t as unknown as { getUniqueId(): string }).getUniqueId();
          self.triggers = self.triggers.filter((x) => x.id !== id);
        },
        getScriptId: () => counted('getScriptId', () => 'emulator-script'),
        // R/script/installation-source: NONE — "Script is not running as an add-on"; an add-on a user
        // installed reports WEB_STORE_ADD_ON (one installed by a domain admin: APPS_MARKETPLACE_DOMAIN_ADD_ON).
        InstallationSource: {
          APPS_MARKETPLACE_DOMAIN_ADD_ON: 'APPS_MARKETPLACE_DOMAIN_ADD_ON',
          NONE: 'NONE',
          WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON',
        },
        getInstallationSource: () =>
          counted('getInstallationSource', () => (self.addOn ? 'WEB_STORE_ADD_ON' : 'NONE')),
        // R/script/script-app#getService(); R/script/service#getUrl(): "Returns the URL of the web app, if
        // it has been deployed; otherwise returns null."
        getService: () =>
          counted('getService', () => ({
            getUrl: () => counted('Service.getUrl', () => self.webAppUrl),
            isEnabled: () => counted('Service.isEnabled', () => self.webAppUrl !== null),
          })),
        ...self.authorization(hit),
      },
    };
  }

  /**
   * Granular consent (G/services/authorization, "granular consent"): what the person granted.
   * getAuthorizationInfo(mode[, scopes]) → {getAuthorizationStatus, getAuthorizationUrl, getAuthorizedScopes}
   * (R/script/authorization-info); requireAllScopes / requireScopes end the execution when a scope is
   * missing ("renders an authorization prompt", R/script/script-app#requireAllScopes(AuthMode)): a
   * trigger cannot show a prompt, so here they throw Apps Script's "Authorization is required to perform
   * that action." [obs].
   */
  private authorization(hit: (m: string) => void): Record<string, unknown> {
    const grant = this.ctx.grant;
    const missingOf = (scopes?: string[]) =>
      (grant?.missing() ?? []).filter((s) => !scopes || scopes.includes(s));
    const require = (scopes?: string[]) => {
      if (missingOf(scopes).length) throw new Error('Authorization is required to perform that action.');
    };
    return {
      AuthorizationStatus: { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' },
      getAuthorizationInfo: (_mode: unknown, scopes?: string[]) => {
        hit('getAuthorizationInfo');
        const ahit = (m: string) => this.ctx.meter.hit(`AuthorizationInfo.${m}`);
        const missing = missingOf(scopes);
        const held = (grant?.declared ?? []).filter(
          (s) => !missing.includes(s) && (!scopes || scopes.includes(s)),
        );
        return {
          getAuthorizationStatus: () =>
            counted(ahit, 'getAuthorizationStatus', () => (missing.length ? 'REQUIRED' : 'NOT_REQUIRED')),
          getAuthorizationUrl: () =>
            counted(ahit, 'getAuthorizationUrl', () =>
              missing.length ? 'https://script.google.com/macros/d/emulator-script/authorize' : null,
            ),
          getAuthorizedScopes: () => counted(ahit, 'getAuthorizedScopes', () => held),
        };
      },
      requireAllScopes: (_mode: unknown) => {
        hit('requireAllScopes');
        require();
      },
      requireScopes: (_mode: unknown, scopes: string[]) => {
        hit('requireScopes');
        require(scopes);
      },
    };
  }

  /** Time-driven triggers due in (from, to]: each with the instant it fires, in time order. */
  due(from: number, to: number): { trigger: TriggerRecord; at: number }[] {
    const out: { trigger: TriggerRecord; at: number }[] = [];
    for (const t of this.here()) {
      if (t.eventType !== 'CLOCK' || !t.schedule) continue;
      for (const at of firings(t, from, to, this.ctx.session.timeZone)) out.push({ trigger: t, at });
    }
    return out.sort((a, b) => a.at - b.at);
  }

  /** The event object Apps Script passes to a time-driven handler. */
  clockEvent(t: TriggerRecord, at: number): Record<string, unknown> {
    const d = new Date(at);
    const jan1 = Date.UTC(d.getUTCFullYear(), 0, 1);
    return {
      authMode: 'FULL',
      triggerUid: t.id,
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      'day-of-month': d.getUTCDate(),
      'day-of-week': ((d.getUTCDay() + 6) % 7) + 1,
      'week-of-year': Math.ceil(((at - jan1) / 86400000 + 1) / 7),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      timezone: 'UTC',
    };
  }

  onEditTriggers(): TriggerRecord[] {
    return this.here().filter((t) => t.eventType === 'ON_EDIT');
  }
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** Instants in (from, to] at which a clock trigger fires; the emulator fires at the exact hour:minute. */
function firings(t: TriggerRecord, from: number, to: number, scriptZone: string): number[] {
  const s = t.schedule!;
  const tz = s.timeZone ?? scriptZone;
  const out: number[] = [];
  const inRange = (x: number) => x > from && x <= to && x >= t.created;
  if (s.kind === 'once') {
    if (s.at !== undefined && t.lastFired === undefined && s.at <= to && s.at > Math.min(from, s.at - 1))
      out.push(s.at);
    return out;
  }
  if (s.kind === 'minutes' || s.kind === 'hours') {
    const step = (s.every ?? 1) * (s.kind === 'minutes' ? 60_000 : HOUR);
    for (let x = t.created + step; x <= to; x += step) if (inRange(x)) out.push(x);
    return out;
  }
  // Daily, weekly and monthly: walk the local days of the zone.
  const wall = (x: number) => new Date(x + zoneOffsetMs(x, tz));
  const start = wall(Math.max(from, t.created) - DAY);
  for (
    let day = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
    day <= to + DAY;
    day += DAY
  ) {
    const local = new Date(day);
    const guess = day + (s.hour ?? 0) * HOUR + (s.minute ?? 0) * 60_000;
    const at = guess - zoneOffsetMs(guess, tz);
    if (!inRange(at)) continue;
    const createdDay = wall(t.created);
    const daysSince = Math.round(
      (day - Date.UTC(createdDay.getUTCFullYear(), createdDay.getUTCMonth(), createdDay.getUTCDate())) / DAY,
    );
    if (s.kind === 'days' && daysSince % (s.every ?? 1) !== 0) continue;
    if (s.kind === 'weeks' && ((local.getUTCDay() + 6) % 7) + 1 !== (s.weekDay ?? 1)) continue;
    if (s.kind === 'monthDay' && local.getUTCDate() !== s.monthDay) continue;
    out.push(at);
  }
  return out;
}
