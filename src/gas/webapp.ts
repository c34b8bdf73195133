// The web app's side of Apps Script: its deployment URL, the HMAC for its links, and the HtmlOutput a
// doGet/doPost returns (G/apps-script/guides/web: "The function returns an HTML service HtmlOutput").

import type { WebApp } from '../app/ports';

export type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

/**
 * The deployment's /exec URL, or null when the script is not deployed as a web app (R/script/service
 * #getUrl(): "Returns the URL of the web app, if it has been deployed; otherwise returns null").
 */
export function webAppUrl(): string | null {
  try {
    return ScriptApp.getService().getUrl() || null;
  } catch {
    return null;
  }
}

/** HMAC-SHA256 of value with key, as signed bytes (R/utilities/utilities#computeHmacSha256Signature). */
export function hmacSha256(value: string, key: string): number[] {
  return Utilities.computeHmacSha256Signature(value, key);
}

/** A fresh secret: two random UUIDs (Utilities.getUuid, 122 random bits each). */
export function newSecret(): string {
  return (Utilities.getUuid() + Utilities.getUuid()).replace(/-/g, '');
}

/** The page as the web app's answer; the viewport meta tag must be set this way (R/html/html-output#addMetaTag). */
export function htmlPage(html: string, title: string): GoogleAppsScript.HTML.HtmlOutput {
  return HtmlService.createHtmlOutput(html)
    .setTitle(title)
    .addMetaTag('viewport', 'width=device-width, initial-scale=1');
}

/** The WebApp port. */
export const gasWebApp: WebApp = { url: webAppUrl, hmacSha256, newSecret };
