// Responsible roles or people: splitting the Ответственные cell, matching names to the Ответственные
// sheet, and turning them into e-mail recipients.

import { canonicalRole, importResponsiblesFrom, splitWithoutCommas } from './roles';
import { quoted } from './texts/fill';
import type { Problem } from './types';

const OPEN_QUOTES = '«„“"\'';
const CLOSE_OF: Record<string, string> = { '«': '»', '„': '“', '“': '”', '"': '"', "'": "'" };

/** Trims spaces, bullets and a final dot (kept after an initial: "Иванова И.И."). */
function tidy(part: string): string {
  let s = part.replace(/\s+/g, ' ').trim();
  s = s.replace(/^[-–—•·*]+\s*/, '').trim();
  while (/[.,;:]$/.test(s) && !/(?:^|[\s.])[A-ZА-ЯЁ]\.$/.test(s)) s = s.slice(0, -1).trimEnd();
  return s;
}

/**
 * Names in a Ответственные cell, as written: split on commas, semicolons and new lines, never inside
 * quotes («МОУ «Школа и сад»»); each part then between people and roles written without commas and at
 * an «и» that joins two roles (roles.ts).
 */
export function splitResponsibles(input: string): string[] {
  if (typeof input !== 'string' || input.trim() === '') return [];
  // «Попова\nК.О.»: initials moved to the next line by a narrow cell
  const text = input.replace(/([А-ЯЁа-яё])[ \t]*\r?\n\s*(?=[А-ЯЁ]\.\s*(?:[А-ЯЁ]\.)?(?:\s|$|,|;))/g, '$1 ');
  const parts: string[] = [];
  const closers: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const top = closers[closers.length - 1];
    if (top !== undefined && c === top) {
      closers.pop();
      cur += c;
      continue;
    }
    if (OPEN_QUOTES.includes(c) && !(c === "'" && /\w/.test(text.charAt(i - 1)))) {
      // a straight quote opens only when it is not already open (handled above)
      closers.push(CLOSE_OF[c] ?? c);
      cur += c;
      continue;
    }
    if (closers.length === 0) {
      if (c === ',' || c === ';' || c === '\n' || c === '\r') {
        parts.push(cur);
        cur = '';
        continue;
      }
    }
    cur += c;
  }
  parts.push(cur);
  const out = parts
    .map(tidy)
    .filter((p) => p !== '')
    .flatMap((p) => splitWithoutCommas(p).map(tidy))
    .filter((p) => p !== '');
  // an unbalanced quote made everything one part: fall back to plain splitting
  if (closers.length > 0 && out.length <= 1) {
    return text
      .split(/[,;\r\n]+/)
      .flatMap((p) => splitWithoutCommas(tidy(p)).map(tidy))
      .filter((p) => p !== '');
  }
  return out;
}

/** The Ответственные cell of an imported row: the people and roles, canonical, comma-separated. */
export function importResponsibles(text: string): string {
  return importResponsiblesFrom(splitResponsibles(text));
}

/** The form used to match names: lower case, ё → е, no quotes, single spaces, no dots at the ends. */
export function normalizeName(s: string): string {
  if (typeof s !== 'string') return '';
  return s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'„“”‘’‚`´]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .replace(/\.\s+/g, '.')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
}

// Local part: the usual characters; domain: letters (Cyrillic too, for .рф), digits, hyphens, a dot-separated
// name with a top-level domain of two or more letters.
const EMAIL_RE =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9\u0400-\u04FF](?:[A-Za-z0-9\u0400-\u04FF-]{0,61}[A-Za-z0-9\u0400-\u04FF])?\.)+[A-Za-z\u0400-\u04FF]{2,}$/;

export function isEmail(s: string): boolean {
  return s.length <= 254 && EMAIL_RE.test(s);
}

/** E-mails in a cell, split on commas, semicolons, spaces and new lines; "Имя <a@b.ru>" and mailto: allowed. */
export function parseEmails(cell: string): { emails: string[]; invalid: string[] } {
  const emails: string[] = [];
  const invalid: string[] = [];
  if (typeof cell !== 'string') return { emails, invalid };
  const seen = new Set<string>();
  // "Иванова И.И. <ivanova@school.ru>": keep only the address in angle brackets
  const text = cell.replace(/[^<>,;\n]*<([^<>]*)>/g, ' $1 ');
  for (const raw of text.split(/[\s,;]+/)) {
    const token = raw
      .replace(/^mailto:/i, '')
      .replace(/^[<("'«]+|[>)"'».]+$/g, '')
      .trim();
    if (token === '') continue;
    if (isEmail(token)) {
      const key = token.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        emails.push(token);
      }
    } else invalid.push(token);
  }
  return { emails, invalid };
}

export interface DirectoryEntry {
  /** The name as written on the Ответственные sheet (first row wins). */
  who: string;
  emails: string[];
  invalid: string[];
}

export interface Directory {
  /** normalizeName(who) -> entry; rows with the same name are merged. */
  byName: Map<string, DirectoryEntry>;
}

/** One row of the Ответственные sheet as read. */
export interface DirectoryRow {
  who: string;
  emails: string;
}

export function buildDirectory(rows: DirectoryRow[]): Directory {
  const byName = new Map<string, DirectoryEntry>();
  for (const row of rows) {
    const who = typeof row.who === 'string' ? row.who.trim() : '';
    const key = normalizeName(who);
    if (key === '') continue;
    const parsed = parseEmails(typeof row.emails === 'string' ? row.emails : '');
    const entry = byName.get(key);
    if (!entry) {
      byName.set(key, { who, emails: parsed.emails, invalid: parsed.invalid });
      continue;
    }
    for (const e of parsed.emails) {
      if (!entry.emails.some((x) => x.toLowerCase() === e.toLowerCase())) entry.emails.push(e);
    }
    entry.invalid.push(...parsed.invalid);
  }
  return { byName };
}

/**
 * The most addresses one plan row's reminders go to. Google allows 50 recipients in one message
 * (G/services/quotas, "Current limitations": Email recipients per message, 50 on consumer and Workspace
 * accounts) and 100 a day on a consumer account (Email recipients per day): a row reaching more people
 * than one message may name is a mailing list, and one of its reminders would take half or all of a
 * school's day. A responsible with more addresses gets no reminder and its rows say why; a row whose
 * responsibles together pass the limit sends none; the rest of the plan goes on.
 */
export const MAX_ROW_RECIPIENTS = 50;

/**
 * The e-mail recipients of some names (unique, in order) and the problems: a name that is not on the
 * sheet, a name without an e-mail, an invalid e-mail, more than MAX_ROW_RECIPIENTS addresses (for one
 * name: none of its addresses; for the row: no recipient at all, since a chosen 50 would be arbitrary).
 */
export function resolve(dir: Directory, names: string[]): { recipients: string[]; problems: Problem[] } {
  const recipients: string[] = [];
  const seen = new Set<string>();
  const problems: Problem[] = [];
  const done = new Set<string>();
  const noEmail: string[] = [];
  const mailed: string[] = [];
  for (const name of names) {
    const key = normalizeName(name);
    if (key === '' || done.has(key)) continue;
    done.add(key);
    // «Кл. рук.» typed by hand finds the «Классные руководители» of the sheet
    const entry = dir.byName.get(key) ?? dir.byName.get(normalizeName(canonicalRole(name)));
    if (!entry) {
      problems.push({ code: 'responsible.unknown', params: { name } });
      continue;
    }
    for (const email of entry.invalid)
      problems.push({ code: 'responsible.badEmail', params: { name, email } });
    if (entry.emails.length === 0) {
      if (entry.invalid.length === 0) noEmail.push(name);
      continue;
    }
    if (entry.emails.length > MAX_ROW_RECIPIENTS) {
      problems.push({
        code: 'responsible.tooMany',
        params: { name, count: entry.emails.length, limit: MAX_ROW_RECIPIENTS },
      });
      continue;
    }
    mailed.push(name);
    for (const e of entry.emails) {
      const k = e.toLowerCase();
      if (!seen.has(k)) {
        seen.add(k);
        recipients.push(e);
      }
    }
  }
  // Several roles without an address are one sentence, not one each: the Problems cell stays readable.
  if (noEmail.length === 1) problems.push({ code: 'responsible.noEmail', params: { name: noEmail[0]! } });
  if (noEmail.length > 1) {
    problems.push({
      code: 'responsible.noEmails',
      params: { names: noEmail.map(quoted).join(', ') },
    });
  }
  if (recipients.length > MAX_ROW_RECIPIENTS) {
    problems.push({
      code: 'responsible.tooManyInRow',
      params: { count: recipients.length, limit: MAX_ROW_RECIPIENTS, names: mailed.map(quoted).join(', ') },
    });
    return { recipients: [], problems };
  }
  return { recipients, problems };
}
