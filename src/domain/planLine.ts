// One line of a plan written as text: «1. Мероприятие – октябрь, ответственные» split into its title,
// period and responsibles; a line that begins with its day («2. 25 -26 ноября. Конкурс …»); a table
// pasted without tabs («…Косинову В.М.01.11.2023 – 30.11.2023МБУК «СОКМ»»); labelled parts («дата: 06
// марта 2022года, время: с 12-00 до 14-00 … места проведения: …»).
import { dropFinalDot, normalizeTime } from './importRow';
import { isPeriodText } from './timing';
import type { SchoolYear } from './types';

// Any school year does for telling a period from other words.
const ANY_YEAR: SchoolYear = { startYear: 2026 };

interface Sep {
  pos: number;
  kind: 'dash' | 'comma';
}

/** Dashes and commas outside quotes. A hyphen counts only with a space on at least one side. */
function separators(body: string): Sep[] {
  const out: Sep[] = [];
  let guillemets = 0;
  let straight = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (c === '«' || c === '„') guillemets++;
    else if (c === '»' || (c === '“' && guillemets > 0)) guillemets = Math.max(0, guillemets - 1);
    else if (c === '"') straight = !straight;
    if (guillemets > 0 || straight) continue;
    if (c === ',' || c === ';') out.push({ pos: i, kind: 'comma' });
    else if (c === '–' || c === '—' || c === '−' || c === '―') out.push({ pos: i, kind: 'dash' });
    else if (c === '-' || c === '‑' || c === '‐') {
      if (/\s/.test(body.charAt(i - 1) || ' ') || /\s/.test(body.charAt(i + 1) || ' '))
        out.push({ pos: i, kind: 'dash' });
    }
  }
  return out;
}

function cleanTitle(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:\-–—‑]+$/, '')
    .replace(/^[\s,;:\-–—‑]+/, '')
    .trim();
}

function cleanTail(s: string): string {
  return dropFinalDot(
    s
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[\s,;:\-–—‑]+/, '')
      .trim(),
  );
}

export interface LineParts {
  title: string;
  period: string;
  responsibles: string;
  /** From a labelled line («время: с 12-00») or a table pasted without tabs. */
  time?: string;
  place?: string;
  /** True when a known period phrase was found (not just a dash). */
  found: boolean;
}

const MAX_TRIES = 8;

function findPeriod(body: string, seps: Sep[], kind: Sep['kind']): LineParts | null {
  let tries = 0;
  for (let i = 0; i < seps.length && tries < MAX_TRIES; i++) {
    const a = seps[i];
    if (!a || a.kind !== kind) continue;
    tries++;
    let best = -1;
    for (let j = i + 1; j <= seps.length && j <= i + MAX_TRIES; j++) {
      const end = seps[j]?.pos ?? body.length;
      if (isPeriodText(body.slice(a.pos + 1, end), ANY_YEAR)) best = j;
    }
    if (best < 0) continue;
    const end = seps[best]?.pos ?? body.length;
    return {
      title: cleanTitle(body.slice(0, a.pos)),
      period: cleanTail(body.slice(a.pos + 1, end)),
      responsibles: cleanTail(body.slice(end + 1)),
      found: true,
    };
  }
  return null;
}

/**
 * Title, period and responsibles of one plan line (without its number): the period starts after the
 * first dash (outside quotes) that is followed by a known period phrase, and runs as far as the text
 * is still a period; the responsibles follow. Without a known period, the first spaced dash separates
 * the title and the period runs to the first comma.
 */
export function splitPlanLine(body: string): LineParts {
  const seps = separators(body);
  const found = findPeriod(body, seps, 'dash') ?? findPeriod(body, seps, 'comma');
  if (found) return found;
  const dash = seps.find((s) => s.kind === 'dash');
  if (dash) {
    const rest = body.slice(dash.pos + 1);
    const comma = separators(rest).find((s) => s.kind === 'comma');
    return {
      title: cleanTitle(body.slice(0, dash.pos)),
      period: cleanTail(comma ? rest.slice(0, comma.pos) : rest),
      responsibles: comma ? cleanTail(rest.slice(comma.pos + 1)) : '',
      found: false,
    };
  }
  return { title: cleanTitle(body).replace(/\.$/, ''), period: '', responsibles: '', found: false };
}

const MONTH_WORDS = '(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)';
/** «1.24 ноября. Линейка»: the number glued to the day. */
export const NUMBER_ON_DAY = new RegExp(String.raw`^\s*(\d{1,3})\.(?=\d{1,2}\s+${MONTH_WORDS})`, 'i');
/** «25 -26 ноября. Конкурс чтецов …»: a numbered line that begins with its day. */
const DAY_FIRST = new RegExp(
  String.raw`^\s*(\d{1,2}(?:\s*[-–—]\s*\d{1,2})?\s+${MONTH_WORDS}(?:\s+\d{4}\s*(?:г\.?|года)?)?)\s*[.:]\s*(\S.*)$`,
  'i',
);

/** «…, народное гулянье: дата: 06 марта 2022года, время: с 12-00 до 14-00 границы места проведения: …». */
const LABELLED =
  /^(.*?)[\s,:;]*(?<![а-яё])дата\s*:\s*(.+?)(?:[\s,;]*(?<![а-яё])время\s*:\s*(?:с\s*)?(.+?))?(?:[\s,;]*(?:границы\s+)?мест[ао]\s+проведения\s*:\s*(.*))?$/i;
/** A full date the title runs into, as a table pasted without tabs gives it: «…В.М.01.11.2023 – 30.11.2023МБУК …». */
const FULL_DATE = /\d{1,2}\.\d{1,2}\.\d{4}(?:\s*[–—-]\s*\d{1,2}\.\d{1,2}\.\d{4})?/;

function labelled(body: string): LineParts | null {
  const m = LABELLED.exec(body);
  if (!m) return null;
  return {
    title: cleanTitle(m[1] ?? ''),
    period: cleanTail((m[2] ?? '').replace(/(\d{4})(?=г)/, '$1 ')),
    responsibles: '',
    time: normalizeTime(m[3] ?? ''),
    place: cleanTail(m[4] ?? ''),
    found: true,
  };
}

/** The title, the date and the place of a line whose cells were pasted without tabs, or null. */
function runTogether(body: string, parts: LineParts): LineParts | null {
  const glued = /[^\s\d]\d{1,2}\.\d{1,2}\.\d{4}|\d{4}[А-ЯЁа-яё«"]/.test(body);
  if (parts.found && !glued) return null;
  const m = FULL_DATE.exec(body);
  if (!m || m.index === 0) return null;
  return {
    title: cleanTitle(body.slice(0, m.index)),
    period: m[0],
    responsibles: '',
    place: cleanTail(body.slice(m.index + m[0].length)),
    found: true,
  };
}

export function numberedParts(body: string): LineParts {
  const l = labelled(body);
  if (l) return l;
  const d = DAY_FIRST.exec(body);
  if (d)
    return {
      title: cleanTitle(d[2] ?? '').replace(/\.$/, ''),
      period: d[1] ?? '',
      responsibles: '',
      found: true,
    };
  const parts = splitPlanLine(body);
  return runTogether(body, parts) ?? parts;
}
