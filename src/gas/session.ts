// Session adapter: who the script runs as.
import type { SessionInfo } from '../app/ports';

/** The simple onOpen trigger's event (G/triggers/events). */
export type SheetsOpenEvent = GoogleAppsScript.Events.SheetsOnOpen;
/** An Editor add-on's onInstall event (G/add-ons/concepts/editor-auth-lifecycle). */
export type AddonInstallEvent = GoogleAppsScript.Events.AddonOnInstall;

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

/** The user's locale, e.g. 'ru' or 'en_US' (Session.getActiveUserLocale(), R/base/session). */
export function activeUserLocale(): string {
  return Session.getActiveUserLocale();
}

/**
 * True when an event's authMode is NONE: an Editor add-on opened in a document where it is installed
 * but not yet used, where no authorized service may be called (R/script/auth-mode).
 */
export function isAuthModeNone(e: { authMode?: unknown } | undefined): boolean {
  return Boolean(e && e.authMode === ScriptApp.AuthMode.NONE);
}

/**
 * True when the script runs as an add-on: ScriptApp.getInstallationSource() is NONE only for a script
 * "not running as an add-on" (R/script/installation-source). An add-on's script properties, script lock
 * and project triggers are shared by every document using it.
 */
export function runsAsAddOn(): boolean {
  return ScriptApp.getInstallationSource() !== ScriptApp.InstallationSource.NONE;
}

/** The SessionInfo port. */
export const gasSession: SessionInfo = { effectiveUserEmail, locale: activeUserLocale, addOn: runsAsAddOn };
