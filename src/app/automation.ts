// Automation on/off: exactly planbook's triggers, never a second copy of any, and off removes only ours.
import { SETTING_DEFS } from '../domain/settings';
import { at, scopeWords } from '../domain/texts/access';
import { handlerLabel, TRIGGER_HANDLERS } from '../domain/texts/runs';
import { t } from '../domain/texts/ui';
import { type AppContext, sessionLang } from './context';
import type { Ports, SessionInfo } from './ports';

/** planbook's triggers: handler names are top-level functions of main.ts (domain/texts/runs.ts). */
export const AUTOMATION = {
  edit: TRIGGER_HANDLERS.edit,
  daily: TRIGGER_HANDLERS.daily,
  monthly: TRIGGER_HANDLERS.monthly,
} as const;

/** One-off continuation triggers of runs that stopped early (see app/continuation.ts). */
export const CONTINUATION_HANDLER = TRIGGER_HANDLERS.continue;

export const OURS: ReadonlySet<string> = new Set<string>([
  ...Object.values(AUTOMATION),
  CONTINUATION_HANDLER,
]);

/**
 * Set when Google refused the monthly trigger (an add-on may have "one trigger of each type, per user,
 * per document", G/add-ons/concepts/editor-triggers): the daily run then does the monthly jobs on the 1st.
 */
export const MONTHLY_IN_DAILY = 'automation:monthlyInDaily';

/**
 * Set by a Workspace add-on's card: only the on-edit trigger. Its time-driven triggers would run with no
 * open spreadsheet (no active document outside the card), and opening the plan by id needs
 * …/auth/spreadsheets (R/spreadsheet/spreadsheet-app#openById(String)), which the add-on does not ask for.
 */
const EDIT_ONLY = 'automation:editOnly';

export interface AutomationState {
  on: boolean;
  installed: string[];
  missing: string[];
}

type Needs = Pick<Ports, 'triggers' | 'store'>;

/** planbook's standing triggers of this plan; the monthly one counts as there when the daily run does it. */
export function automationState(ports: Needs): AutomationState {
  const have = new Set(ports.triggers.list().map((t) => t.handler));
  const props = ports.store().all();
  if (have.has(AUTOMATION.daily) && props[MONTHLY_IN_DAILY]) have.add(AUTOMATION.monthly);
  const wanted: string[] = props[EDIT_ONLY] ? [AUTOMATION.edit] : Object.values(AUTOMATION);
  const installed = wanted.filter((h) => have.has(h));
  return { on: installed.length === wanted.length, installed, missing: wanted.filter((h) => !have.has(h)) };
}

function mailHour(ctx: AppContext): number {
  const def = Number(SETTING_DEFS.find((d) => d.code === 'reminderHour')!.def);
  const h = Number(ctx.settings.get('reminderHour'));
  return Number.isInteger(h) && h >= 0 && h <= 23 ? h : def;
}

export interface AutomationOn {
  created: string[];
  removed: string[];
  /** Scopes the person did not grant (granular consent): then nothing was installed. */
  ungranted?: string[];
}

/**
 * Installs what is missing; removes duplicates of ours. Returns the handlers it created and removed.
 * First every scope the triggers need must be granted (granular consent): otherwise nothing is installed,
 * Google is asked again (requireAllScopes shows the consent prompt from a menu) and `ungranted` says what.
 * `editOnly`: the Workspace add-on's card, whose time-driven runs would have no open spreadsheet.
 */
export function automationOn(ctx: AppContext, opts: { editOnly?: boolean } = {}): AutomationOn {
  const missing = ctx.auth.missingScopes();
  if (missing.length) {
    try {
      ctx.auth.requireAll();
    } catch {
      // No prompt could be shown (or the person closed it): the caller says in words what is missing.
    }
    return { created: [], removed: [], ungranted: missing };
  }
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const t of ctx.triggers.list()) {
    if (!OURS.has(t.handler) || t.handler === CONTINUATION_HANDLER) continue;
    if (seen.has(t.handler)) duplicates.push(t.id);
    seen.add(t.handler);
  }
  ctx.triggers.remove(duplicates);
  const store = ctx.store();
  const created: string[] = [];
  const tz = ctx.settings.timeZone;
  if (!seen.has(AUTOMATION.edit)) {
    ctx.triggers.onEdit(AUTOMATION.edit, ctx.book.id());
    created.push(AUTOMATION.edit);
  }
  if (opts.editOnly) store.set(EDIT_ONLY, '1');
  else store.remove(EDIT_ONLY);
  if (!seen.has(AUTOMATION.daily) && !opts.editOnly) {
    ctx.triggers.daily(AUTOMATION.daily, mailHour(ctx), tz);
    created.push(AUTOMATION.daily);
  }
  if (!seen.has(AUTOMATION.monthly) && !opts.editOnly && !store.get(MONTHLY_IN_DAILY)) {
    try {
      ctx.triggers.monthly(AUTOMATION.monthly, 1, 7, tz);
      created.push(AUTOMATION.monthly);
    } catch {
      // "This add-on has created too many time-based triggers in this document for this Google user
      // account." [obs]: the daily trigger does the monthly jobs on the 1st instead.
      store.set(MONTHLY_IN_DAILY, '1');
    }
  }
  return { created, removed: duplicates.map(() => 'duplicate') };
}

/** Removes every planbook trigger of this plan (and only those). */
export function automationOff(ports: Needs): { removed: string[] } {
  const ours = ports.triggers.list().filter((t) => OURS.has(t.handler));
  ports.triggers.remove(ours.map((t) => t.id));
  const store = ports.store();
  store.remove(MONTHLY_IN_DAILY);
  store.remove(EDIT_ONLY);
  return { removed: ours.map((t) => t.handler) };
}

/** True when the daily run must do the monthly jobs (Google allowed no monthly trigger) and it is the 1st. */
export function monthlyInDaily(ctx: AppContext): boolean {
  return ctx.today.endsWith('-01') && Boolean(ctx.store().get(MONTHLY_IN_DAILY));
}

/** What turning automation on or off says to the person who did it (in the user's language). */
export function automationText(
  session: SessionInfo,
  kind: 'automationOn' | 'automationOff',
  handlers: string[],
): string {
  const lang = sessionLang(session);
  // The triggers as people call them («ежедневный запуск»), not by their functions' names.
  const what = handlers.length ? handlers.map((h) => handlerLabel(h, lang)).join(', ') : '—';
  return t(kind === 'automationOn' ? 'automationOnDone' : 'automationOffDone', lang, {
    what,
    count: handlers.length,
  });
}

/** What «automation on» says: what it installed, or which Google permission is missing. */
export function automationOnText(session: SessionInfo, r: AutomationOn): string {
  if (!r.ungranted?.length) return automationText(session, 'automationOn', r.created);
  const lang = sessionLang(session);
  return at('scopesMissing', lang, { what: r.ungranted.map((s) => scopeWords(s, lang)).join(', ') });
}
