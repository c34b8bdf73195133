// Session adapter: who the script runs as.

/**
 * The address the script runs as (for a trigger: the user who installed it). Session.getEffectiveUser()
 * (R/base/session); '' when Apps Script cannot tell.
 */
export function effectiveUserEmail(): string {
  try {
    return Session.getEffectiveUser().getEmail() || '';
  } catch (_e) {
    return '';
  }
}
