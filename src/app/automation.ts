// Automation on/off: exactly planbook's triggers, never a second copy of any, and off removes only ours.
import { SETTING_DEFS } from '../domain/settings';
import { t } from '../domain/texts/ui';
import { type AppContext, sessionLang } from './context';
import type { Ports, SessionInfo } from './ports';

/** planbook's triggers: handler names are top-level functions of main.ts. */
export const AUTOMATION = {
  edit: 'onPlanEdit',
  daily: 'dailyRun',
  monthly: 'monthlyRun',
} as const;

/** One-off continuation triggers of runs that stopped early (see app/continuation.ts). */
export const CONTINUATION_HANDLER = 'continueRun';

const OURS = new Set<string>([...Object.values(AUTOMATION), CONTINUATION_HANDLER]);

export interface AutomationState {
  on: boolean;
  installed: string[];
  missing: string[];
}

export function automationState(ports: Pick<Ports, 'triggers'>): AutomationState {
  const have = new Set(ports.triggers.list().map((t) => t.handler));
  const wanted = Object.values(AUTOMATION);
  const installed = wanted.filter((h) => have.has(h));
  return { on: installed.length === wanted.length, installed, missing: wanted.filter((h) => !have.has(h)) };
}

function mailHour(ctx: AppContext): number {
  const def = Number(SETTING_DEFS.find((d) => d.code === 'reminderHour')!.def);
  const h = Number(ctx.settings.get('reminderHour'));
  return Number.isInteger(h) && h >= 0 && h <= 23 ? h : def;
}

/** Installs what is missing; removes duplicates of ours. Returns the handlers it created and removed. */
export function automationOn(ctx: AppContext): { created: string[]; removed: string[] } {
  const triggers = ctx.triggers.list();
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const t of triggers) {
    if (!OURS.has(t.handler) || t.handler === CONTINUATION_HANDLER) continue;
    if (seen.has(t.handler)) duplicates.push(t.id);
    seen.add(t.handler);
  }
  ctx.triggers.remove(duplicates);
  const created: string[] = [];
  const tz = ctx.settings.timeZone;
  if (!seen.has(AUTOMATION.edit)) {
    ctx.triggers.onEdit(AUTOMATION.edit, ctx.book.id());
    created.push(AUTOMATION.edit);
  }
  if (!seen.has(AUTOMATION.daily)) {
    ctx.triggers.daily(AUTOMATION.daily, mailHour(ctx), tz);
    created.push(AUTOMATION.daily);
  }
  if (!seen.has(AUTOMATION.monthly)) {
    ctx.triggers.monthly(AUTOMATION.monthly, 1, 7, tz);
    created.push(AUTOMATION.monthly);
  }
  return { created, removed: duplicates.map(() => 'duplicate') };
}

/** Removes every planbook trigger (and only those). */
export function automationOff(ports: Pick<Ports, 'triggers'>): { removed: string[] } {
  const ours = ports.triggers.list().filter((t) => OURS.has(t.handler));
  ports.triggers.remove(ours.map((t) => t.id));
  return { removed: ours.map((t) => t.handler) };
}

/** What turning automation on or off says to the person who did it (in the user's language). */
export function automationText(
  session: SessionInfo,
  kind: 'automationOn' | 'automationOff',
  handlers: string[],
): string {
  const what = handlers.length ? handlers.join(', ') : '—';
  return t(kind === 'automationOn' ? 'automationOnDone' : 'automationOffDone', sessionLang(session), {
    what,
    count: handlers.length,
  });
}
