// ScriptApp's authorization helpers: which of the scopes a job needs the person has not granted.
// With granular consent a person may untick any scope on the consent screen, and triggers then fail with
// nobody watching; Google recommends checking with ScriptApp.getAuthorizationInfo and asking again with
// ScriptApp.requireAllScopes (https://developers.google.com/apps-script/guides/services/authorization,
// "granular consent"; R/script/script-app#getAuthorizationInfo(AuthMode), #requireAllScopes(AuthMode)).

import type { AuthInfo } from '../app/ports';

/** The scopes the triggers' jobs (sync, reminders, report) need: all in both manifests. */
export const AUTOMATION_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/calendar.events',
  'https://www.googleapis.com/auth/documents',
  'https://www.googleapis.com/auth/drive.file',
] as const;

/** The scopes of `wanted` the person has not granted (FULL mode: what a trigger runs with). */
export function missingScopes(wanted: readonly string[] = AUTOMATION_SCOPES): string[] {
  // getAuthorizedScopes (R/script/authorization-info) came with granular consent; the types lag behind.
  const info = ScriptApp.getAuthorizationInfo(
    ScriptApp.AuthMode.FULL,
  ) as GoogleAppsScript.Script.AuthorizationInfo & {
    getAuthorizedScopes(): string[];
  };
  if (info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.NOT_REQUIRED) return [];
  const held = new Set(info.getAuthorizedScopes());
  return wanted.filter((s) => !held.has(s));
}

/**
 * Asks for every scope again. From a menu Google shows the consent prompt and ends the execution; where
 * no prompt can be shown it throws — the caller then says in words what is missing.
 */
export function askAllScopes(): void {
  ScriptApp.requireAllScopes(ScriptApp.AuthMode.FULL);
}

/** The AuthInfo port. */
export const gasAuth: AuthInfo = { missingScopes: () => missingScopes(), requireAll: askAllScopes };
