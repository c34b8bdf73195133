// A trigger run that lacks a scope the person did not grant (granular consent) stops and tells the owner
// ONCE: a line in the Журнал and one e-mail (when mail itself is allowed), never silently, never daily.
// The same missing set is not told again; once everything is granted the mark is cleared.

import { at, scopeWords } from '../domain/texts/access';
import { type AppContext, flushLog, log } from './context';
import { errorText } from './serviceErrors';

const TOLD_KEY = 'scopes:told';
const MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';

/** True when the run must stop: a scope is missing (the owner has been told, now or before). */
export function stoppedForScopes(ctx: AppContext, job: string): boolean {
  const missing = ctx.auth.missingScopes();
  const store = ctx.store();
  if (missing.length === 0) {
    if (store.get(TOLD_KEY) !== null) store.remove(TOLD_KEY);
    return false;
  }
  const mark = missing.slice().sort().join(' ');
  if (store.get(TOLD_KEY) === mark) return true;
  store.set(TOLD_KEY, mark);
  const text = at('triggerScopesMissing', ctx.lang, {
    job,
    what: missing.map((s) => scopeWords(s, ctx.lang)).join(', '),
  });
  log(ctx, job, text);
  const owner = (ctx.settings.get('ownerEmail') || '').trim() || ctx.session.effectiveUserEmail();
  if (owner && !missing.includes(MAIL_SCOPE)) {
    try {
      ctx.mail.send({ to: owner, subject: at('triggerScopesSubject', ctx.lang), body: text });
    } catch (e) {
      // The Журнал line stands; the mark keeps this from being retried every run.
      log(ctx, job, errorText(e));
    }
  }
  flushLog(ctx);
  return true;
}
