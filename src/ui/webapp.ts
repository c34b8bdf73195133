// The web app (doGet / doPost of main.ts): the «Отметить результат» page of one event. Every answer is an
// HtmlOutput; a failure is a page in the plan's language, never a stack trace, and writes nothing.
import { answerForm, saveAnswer, type WebPage } from '../app/answer';
import { openContext, sessionLang } from '../app/context';
import { messagePage } from '../domain/answerPage';
import { at } from '../domain/texts/answer';
import { BusyError, withScriptLock } from '../gas/lock';
import { htmlPage, webAppUrl } from '../gas/webapp';
import { errorMessage } from './alerts';

/** The request's parameters (G/apps-script/guides/web, e.parameter: the first value of each), as strings. */
export function requestParams(e: unknown): Record<string, string> {
  const p = (e as { parameter?: unknown } | undefined)?.parameter;
  const out: Record<string, string> = {};
  if (!p || typeof p !== 'object') return out;
  for (const [k, v] of Object.entries(p as Record<string, unknown>)) {
    // A form field of 20,000 characters is never a person's answer; longer ones are cut, then refused by the form's limits.
    if (typeof v === 'string') out[k] = v.slice(0, 20_000);
  }
  return out;
}

function page(make: () => WebPage): GoogleAppsScript.HTML.HtmlOutput {
  try {
    const p = make();
    return htmlPage(p.html, p.title);
  } catch (e) {
    const lang = sessionLang();
    if (e instanceof BusyError)
      return htmlPage(messagePage(lang, at('busyTitle', lang), at('busyText', lang)), at('busyTitle', lang));
    const title = at('pageTitle', lang);
    return htmlPage(messagePage(lang, title, errorMessage(e)), title);
  }
}

/** How long a saving person waits for another run (a daily sync) before being told to try again. */
const SAVE_LOCK_WAIT_MS = 20_000;

export function webAppGet(e: unknown): GoogleAppsScript.HTML.HtmlOutput {
  return page(() => answerForm(openContext(), requestParams(e), webAppUrl() ?? ''));
}

export function webAppPost(e: unknown): GoogleAppsScript.HTML.HtmlOutput {
  return page(() =>
    withScriptLock(SAVE_LOCK_WAIT_MS, () => saveAnswer(openContext(), requestParams(e), webAppUrl() ?? '')),
  );
}
