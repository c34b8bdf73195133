// What Google's error messages mean, as Apps Script puts them in the thrown error's message. Pure: the
// use cases decide on them, the adapters (src/gas) and the fakes only throw them.

/** The message of anything thrown. */
export function errorText(e: unknown): string {
  return e && typeof e === 'object' && 'message' in e
    ? String((e as { message: unknown }).message)
    : String(e);
}

/** Calendar rate limit and quota errors: stop at once and resume later (CAL/guides/errors: 403/429 usageLimits). */
export function isRateLimit(e: unknown): boolean {
  return /rate limit|too many calendars or calendar events|quota exceeded|usage limit|service invoked too many times/i.test(
    errorText(e),
  );
}

/** A daily quota ("Service invoked too many times for one day"): waiting seconds does not help. */
export function isDailyQuota(e: unknown): boolean {
  return /for one day|per day|daily/i.test(errorText(e));
}

/** Calendar 409 duplicate: the id is taken (also by a deleted event of ours). */
export function isDuplicate(e: unknown): boolean {
  return /identifier already exists|duplicate/i.test(errorText(e));
}

/**
 * Calendar 403 Forbidden (not a usage limit): what updating an event a person deleted in the Calendar UI
 * answers (google-api-ruby-client #1811, google-api-python-client #846) — it cannot be brought back.
 */
export function isForbidden(e: unknown): boolean {
  return !isRateLimit(e) && /failed with error: Forbidden$/i.test(errorText(e).trim());
}

/** Calendar 404 / 410: the event is not there (any more). */
export function isGone(e: unknown): boolean {
  return /not found|resource has been deleted/i.test(errorText(e));
}

/**
 * MailApp's daily recipient quota is used up: "Service invoked too many times for one day: email."
 * (observed in production logs; G/services/quotas).
 */
export function isMailQuotaError(e: unknown): boolean {
  return /too many times for one day: email/i.test(errorText(e));
}

/** Recipients a message counts against the daily quota: every to, cc and bcc address. */
export function recipientCount(m: { to: string; cc?: string; bcc?: string }): number {
  return [m.to, m.cc, m.bcc]
    .flatMap((s) => (s ? s.split(',') : []))
    .map((s) => s.trim())
    .filter(Boolean).length;
}

/** The scope an advanced service's refusal stands for (its message names none). */
const API_SCOPE: Record<string, string> = {
  calendar: 'https://www.googleapis.com/auth/calendar.events',
  drive: 'https://www.googleapis.com/auth/drive.file',
};

/**
 * The scopes an authorization error says are missing: Apps Script names them («Specified permissions are
 * not sufficient to call X. Required permissions: …», «You do not have permission to call X. Required
 * permissions: …» [obs]); an advanced service says «API call to calendar.events.list failed with error:
 * Request had insufficient authentication scopes.» and the scope is the service's. [] for other errors.
 */
export function scopesRefused(e: unknown): string[] {
  const text = errorText(e);
  const named = text.match(/https:\/\/www\.googleapis\.com\/auth\/[a-z._]+/g);
  if (named && /permission/i.test(text)) return [...new Set(named)];
  const api =
    /API call to (\w+)\.[\w.]+ failed with error: Request had insufficient authentication scopes/.exec(text);
  const scope = api ? API_SCOPE[api[1]!] : undefined;
  return scope ? [scope] : [];
}
