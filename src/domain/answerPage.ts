// The web app's pages as HTML text: the «Отметить результат» form of one event, and the short pages that
// say why nothing was written. Pure; every value from the sheet or the form is escaped.
import { ANSWER_LIMITS, type AnswerError, type AnswerInput } from './answerForm';
import { STATUSES } from './columns';
import { escapeHtml as e } from './html';
import { at } from './texts/answer';
import type { Lang, Status } from './types';

export interface AnswerEvent {
  title: string;
  when: string;
  place: string;
  classes: string;
  responsibles: string;
  status: Status | null;
  statusText: string;
  results: string;
  participants: string;
  publication: string;
}

export interface AnswerPageInput {
  lang: Lang;
  /** Where the form posts (the web app's /exec URL). */
  action: string;
  token: string;
  event: AnswerEvent;
  /** Set after a save: when it was saved (shown to the person). */
  savedAt?: string;
  /** A refused save: what was wrong and what the person typed (shown again, not saved). */
  errors?: AnswerError[];
  input?: AnswerInput;
  /** Fields whose column the plan lacks: not offered. */
  missing?: string[];
}

const STYLE = `body{font:16px/1.45 Arial,sans-serif;margin:0;background:#f6f8fb;color:#202124}
main{max-width:36em;margin:0 auto;padding:1em}h1{font-size:1.3em;margin:.2em 0 .6em}
.card{background:#fff;border:1px solid #dadce0;border-radius:8px;padding:1em;margin-bottom:1em}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em .8em;margin:0}dt{color:#5f6368}dd{margin:0;overflow-wrap:break-word;min-width:0}
dl.stack{display:block}dl.stack dt{margin-top:.5em}
label{display:block;font-weight:bold;margin:.8em 0 .2em}small{display:block;color:#5f6368;font-weight:normal}
input,select,textarea{box-sizing:border-box;width:100%;font:inherit;padding:.45em;border:1px solid #9aa0a6;border-radius:4px}
textarea{min-height:7em}button{margin-top:1em;font:inherit;font-weight:bold;padding:.6em 1.4em;border:0;border-radius:4px;background:#1a73e8;color:#fff}
.ok{background:#e6f4ea;border-color:#81c995}.bad{background:#fce8e6;border-color:#f28b82}.err{color:#c5221f;font-weight:normal}
footer{color:#5f6368;font-size:.85em}`;

function shell(lang: Lang, title: string, body: string): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${e(title)}</title><style>${STYLE}</style></head><body><main>${body}<footer>${e(at('footer', lang))}</footer></main></body></html>`;
}

/** A page that says why nothing was written. */
export function messagePage(lang: Lang, title: string, text: string): string {
  return shell(lang, title, `<h1>${e(title)}</h1><div class="card bad" role="alert"><p>${e(text)}</p></div>`);
}

function shown(v: string, lang: Lang): string {
  return v ? e(v).replace(/\n/g, '<br>') : `<i>${e(at('empty', lang))}</i>`;
}

export function answerPage(p: AnswerPageInput): string {
  const { lang, event: ev } = p;
  const errs = new Map((p.errors ?? []).map((x) => [x.field, x.code]));
  const value = (field: keyof AnswerInput, current: string) => p.input?.[field] ?? current;
  const err = (field: keyof AnswerInput) => {
    const code = errs.get(field);
    if (!code) return '';
    const max = field in ANSWER_LIMITS ? ANSWER_LIMITS[field as keyof typeof ANSWER_LIMITS] : 0;
    return `<small class="err" role="alert">${e(at(code, lang, { max }))}</small>`;
  };
  const offered = (field: string) => !(p.missing ?? []).includes(field);
  const facts: [string, string][] = [[at('when', lang), ev.when]];
  if (ev.place) facts.push([at('place', lang), ev.place]);
  if (ev.classes) facts.push([at('classes', lang), ev.classes]);
  if (ev.responsibles) facts.push([at('responsibles', lang), ev.responsibles]);
  const parts: string[] = [];
  parts.push(`<h1>${e(at('pageTitle', lang))}: ${e(ev.title)}</h1>`);
  parts.push(
    `<div class="card"><dl>${facts.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl></div>`,
  );
  if (p.savedAt) {
    const rec: [string, string][] = [
      [at('status', lang), ev.statusText || STATUSES.planned[lang]],
      [at('results', lang), ev.results],
      [at('participants', lang), ev.participants],
      [at('classes', lang), ev.classes],
      [at('publication', lang), ev.publication],
    ];
    parts.push(
      `<div class="card ok" role="status"><p><b>${e(at('saved', lang, { time: p.savedAt }))}</b></p>` +
        `<p>${e(at('recorded', lang))}:</p><dl class="stack">${rec.map(([k, v]) => `<dt>${e(k)}</dt><dd>${shown(v, lang)}</dd>`).join('')}</dl></div>`,
    );
  }
  if (errs.size) parts.push(`<div class="card bad" role="alert"><p>${e(at('notSaved', lang))}</p></div>`);
  const status = value('status', ev.status ? STATUSES[ev.status][lang] : ev.statusText);
  const current = (Object.keys(STATUSES) as Status[]).find(
    (s) =>
      STATUSES[s][lang] === status || STATUSES[s].ru === status || STATUSES[s].en === status || s === status,
  );
  const options = (Object.keys(STATUSES) as Status[])
    .map(
      (s) =>
        `<option value="${e(s)}"${s === (current ?? 'planned') ? ' selected' : ''}>${e(STATUSES[s][lang])}</option>`,
    )
    .join('');
  const f: string[] = [];
  f.push(`<input type="hidden" name="t" value="${e(p.token)}">`);
  f.push(
    `<label for="status">${e(at('status', lang))}${err('status')}</label><select id="status" name="status">${options}</select>`,
  );
  if (offered('results'))
    f.push(
      `<label for="results">${e(at('results', lang))}<small>${e(at('resultsHint', lang))}</small>${err('results')}</label>` +
        `<textarea id="results" name="results" maxlength="${ANSWER_LIMITS.results}">${e(value('results', ev.results))}</textarea>`,
    );
  if (offered('participants'))
    f.push(
      `<label for="participants">${e(at('participants', lang))}${err('participants')}</label>` +
        `<input id="participants" name="participants" type="number" min="0" max="${ANSWER_LIMITS.participants}" step="1" inputmode="numeric" value="${e(value('participants', ev.participants))}">`,
    );
  if (offered('classes'))
    f.push(
      `<label for="classes">${e(at('classes', lang))}${err('classes')}</label>` +
        `<input id="classes" name="classes" maxlength="${ANSWER_LIMITS.classes}" value="${e(value('classes', ev.classes))}">`,
    );
  if (offered('publication'))
    f.push(
      `<label for="publication">${e(at('publication', lang))}<small>${e(at('publicationHint', lang))}</small>${err('publication')}</label>` +
        `<input id="publication" name="publication" maxlength="${ANSWER_LIMITS.publication}" value="${e(value('publication', ev.publication).replace(/\n/g, ' '))}">`,
    );
  f.push(`<button type="submit">${e(at('save', lang))}</button>`);
  parts.push(
    `<form class="card" method="post" action="${e(p.action)}" target="_top" accept-charset="UTF-8">${f.join('')}</form>`,
  );
  return shell(lang, `${at('pageTitle', lang)}: ${ev.title}`, parts.join(''));
}
