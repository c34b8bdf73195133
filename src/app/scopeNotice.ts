// A trigger run that lacks a scope the person did not grant (granular consent) stops and tells the owner
// ONCE: a line in the Журнал and one e-mail (when mail itself is allowed), never silently, never daily.
// The same missing set is not told again; once everything is granted the mark is cleared.

import { at, scopeWords } from '../domain/texts/access';
import { capitalized, type OperationId, operationLabel } from '../domain/texts/runs';
import { type AppContext, flushLog, log } from './context';
import { logUnsure, sendWitnessed, settleMail, WITNESS_KEY } from './mailWitness';
import type { KeyValueStore } from './ports';
import { errorText } from './serviceErrors';

const TOLD_KEY = 'scopes:told';
const MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';

/** True when the run must stop: a scope is missing (the owner has been told, now or before). */
export function stoppedForScopes(ctx: AppContext, operation: OperationId): boolean {
  const missing = ctx.auth.missingScopes();
  const store = ctx.store();
  if (missing.length === 0) {
    if (store.get(TOLD_KEY) !== null) store.remove(TOLD_KEY);
    return false;
  }
  const mark = missing.slice().sort().join(' ');
  // A run killed at the owner's mail left its mark with the witness: settled first (the same day the
  // mark goes and the mail is sent again; later the quota cannot tell, and the Журнал names the mail).
  if (!missing.includes(MAIL_SCOPE)) logUnsure(ctx, settleMail(ctx, store));
  if (store.get(TOLD_KEY) === mark) {
    flushLog(ctx);
    return true;
  }
  // The run as people call it («ежедневный запуск»), in the mail and in the Журнал's Действие.
  const label = operationLabel(operation, ctx.lang);
  const job = capitalized(label);
  const text = at('triggerScopesMissing', ctx.lang, {
    job: label,
    what: missing.map((s) => scopeWords(s, ctx.lang)).join(', '),
  });
  log(ctx, job, text);
  // In the Журнал before the mail: a run killed at the send still leaves the reason written.
  flushLog(ctx);
  const owner = (ctx.settings.get('ownerEmail') || '').trim() || ctx.session.effectiveUserEmail();
  if (owner && !missing.includes(MAIL_SCOPE)) tellByMail(ctx, store, job, owner, text, mark);
  else store.set(TOLD_KEY, mark);
  flushLog(ctx);
  return true;
}

/**
 * The owner's mail, exactly once: the mark is the mail's record, written with the shared witness
 * (app/mailWitness.ts), so a run killed before the send leaves a witness the next run settles; a send
 * that fails keeps the mark (told in the Журнал, not tried again every run).
 */
function tellByMail(
  ctx: AppContext,
  store: KeyValueStore,
  job: string,
  owner: string,
  text: string,
  mark: string,
): void {
  try {
    const mail = { to: owner, subject: at('triggerScopesSubject', ctx.lang), body: text };
    sendWitnessed(ctx, store, mail, { [TOLD_KEY]: mark }, ctx.mail.remainingDailyQuota());
    store.remove(WITNESS_KEY);
  } catch (e) {
    store.set(TOLD_KEY, mark);
    log(ctx, job, errorText(e));
  }
}
