// «Проверка доступа»: what a school runs on its real account right after installing. Each service is tried
// with the least footprint — read the plan, list one event, make and remove a test event in the plan's
// calendar, read the mail quota, make and trash a test doc in the report folder, list the triggers — and
// each check is one line: what works, or what is missing and what to do.
import { addDays } from '../domain/days';
import { at, scopeWords } from '../domain/texts/access';
import { OURS } from './automation';
import type { AppContext } from './context';
import { FOLDER_KEY } from './reportDoc';
import { scopesRefused } from './serviceErrors';
import { CAL_PROP } from './syncCalendar';

export interface AccessCheck {
  ok: boolean;
  line: string;
}

export interface AccessResult {
  ok: boolean;
  checks: AccessCheck[];
  message: string;
}

/** Why a check failed, in words: the missing scope when Google says so, else Google's message. */
function why(e: unknown, ctx: AppContext): string {
  const scopes = scopesRefused(e);
  if (scopes.length)
    return at('accessFixScope', ctx.lang, { scope: scopes.map((s) => scopeWords(s, ctx.lang)).join(', ') });
  const text = e instanceof Error ? e.message : String(e);
  return text.slice(0, 300);
}

export function accessCheck(ctx: AppContext): AccessResult {
  const checks: AccessCheck[] = [];
  const lang = ctx.lang;
  const attempt = (what: string, fn: () => string) => {
    try {
      checks.push({ ok: true, line: fn() });
    } catch (e) {
      checks.push({ ok: false, line: at('accessFailed', lang, { what, why: why(e, ctx) }) });
    }
  };
  attempt(at('checkSheet', lang), () => {
    const sheet = ctx.book.find('plan');
    if (!sheet) throw new Error(at('accessSheetMissing', lang).replace(/^[^:]+: /, ''));
    return at('accessSheet', lang, { rows: Math.max(0, ctx.book.values(sheet).length - 1) });
  });
  const store = ctx.store();
  const calId = ctx.settings.get('calendarId') || store.get(CAL_PROP);
  if (!calId) checks.push({ ok: true, line: at('accessCalendarNone', lang) });
  else {
    const cal = ctx.calendar.open(calId);
    attempt(at('checkCalendarRead', lang), () => {
      cal.peek();
      return at('accessCalendarList', lang);
    });
    attempt(at('checkCalendarWrite', lang), () => {
      // An all-day event today; the end date is exclusive (CAL/v3/reference/events).
      const made = cal.insert({
        summary: `planbook: ${at('accessTitle', lang)}`,
        start: { date: ctx.today },
        end: { date: addDays(ctx.today, 1) },
      });
      cal.remove(String(made.id));
      return at('accessCalendarWrite', lang);
    });
  }
  attempt(at('checkMail', lang), () => at('accessMail', lang, { quota: ctx.mail.remainingDailyQuota() }));
  attempt(at('checkDocs', lang), () => {
    const folder = ctx.documents.folder(ctx.settings.get('reportFolder'), store.get(FOLDER_KEY));
    const doc = ctx.documents.create(`planbook — ${at('accessTitle', lang)}`);
    doc.saveAndClose();
    const file = ctx.documents.file(doc.id());
    if (!file) throw new Error(doc.id());
    if (folder) file.moveTo(folder);
    file.trash();
    return at('accessDocs', lang, { folder: folder?.name() ?? '—' });
  });
  attempt(at('checkTriggers', lang), () =>
    at('accessTriggers', lang, { count: ctx.triggers.list().filter((t) => OURS.has(t.handler)).length }),
  );
  const failed = checks.filter((c) => !c.ok).length;
  const message = [
    ...checks.map((c) => `${c.ok ? '✓' : '✗'} ${c.line}`),
    failed ? at('accessSomeFailed', lang, { count: failed }) : at('accessAllOk', lang),
  ].join('\n');
  return { ok: failed === 0, checks, message };
}
