// The web app (doGet / doPost of main.ts): the «Отметить результат» page of one event. Every answer is an
// HtmlOutput; a failure is a page in the plan's language, never a stack trace, and writes nothing.
import type { WebPage } from '../app/answer';
import { OPERATIONS, perform } from '../app/operations';
import { messagePage } from '../domain/answerPage';
import { at } from '../domain/texts/answer';
import { BusyError } from '../gas/lock';
import { type HtmlOutput, htmlPage } from '../gas/webapp';
import { errorMessage } from './alerts';
import { ACTIVE } from './entries';
import { userLang } from './lang';

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

function page(make: () => WebPage): HtmlOutput {
  try {
    const p = make();
    return htmlPage(p.html, p.title);
  } catch (e) {
    const lang = userLang();
    if (e instanceof BusyError)
      return htmlPage(messagePage(lang, at('busyTitle', lang), at('busyText', lang)), at('busyTitle', lang));
    const title = at('pageTitle', lang);
    return htmlPage(messagePage(lang, title, errorMessage(e)), title);
  }
}

export function webAppGet(e: unknown): HtmlOutput {
  return page(() => perform(OPERATIONS.answerForm, ACTIVE, [requestParams(e)]));
}

export function webAppPost(e: unknown): HtmlOutput {
  return page(() => perform(OPERATIONS.saveAnswer, ACTIVE, [requestParams(e)]));
}
