// Terms written in a timing text: quarters and halves ("I четверть", "2-3 четверти", "до конца 1 полугодия").
import { termNumber } from './russianDates';
import { halfSpan, quarterSpan } from './schoolYear';
import { allMatches, END_WORD, type Scan } from './timingScan';
import type { Occurrence, Problem, SchoolYear } from './types';

const TERM_NUM =
  '(?:iv|iii|ii|i|[1-9]|перв(?:ая|ой|ую|ое|ого|ом)|втор(?:ая|ой|ую|ое|ого|ом)|трет(?:ья|ьей|ью|ье|ьего|ьем)|четверт(?:ая|ой|ую))';
const TERM_RE = new RegExp(
  '(?<![а-яa-z0-9])(' +
    TERM_NUM +
    '(?:\\s*(?:-|,|и|по)\\s*' +
    TERM_NUM +
    ')*)\\s*(четверт(?:ь|и|ью|ей|ям|ях)|четв\\.?|полугоди(?:е|я|ю|ем|и|ям|ях)|полугод\\.?)' +
    END_WORD,
  'g',
);

export interface TermResult {
  occ: Occurrence[];
  deadline: boolean;
}

export function scanTerms(sy: SchoolYear, scan: Scan, problems: Problem[]): TermResult | null {
  const s = scan.rest;
  const occ: Occurrence[] = [];
  let deadline = false;
  let any = false;
  for (const m of allMatches(TERM_RE, s)) {
    const start = m.index ?? 0;
    any = true;
    scan.consume(start, start + m[0].length);
    const half = (m[2] ?? '').startsWith('полугод');
    const spanOf = (n: number) => (half ? halfSpan(sy, n) : quarterSpan(sy, n));
    const isDeadline = /(?:^|[^а-я])до\s+(?:конца\s+)?$/.test(s.slice(0, start));
    const parts = allMatches(new RegExp('(' + TERM_NUM + ')(\\s*(?:-|по)\\s*)?', 'g'), m[1] ?? '');
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (!p) continue;
      const n = termNumber(p[1] ?? '');
      let last = n;
      if (p[2] && parts[i + 1]) {
        last = termNumber(parts[i + 1]?.[1] ?? '');
        i++;
      }
      const a = n === null ? null : spanOf(n);
      const b = last === null ? null : spanOf(last);
      if (!a || !b || a.start > b.start) {
        problems.push({ code: 'timing.badTerm', params: { text: m[0].trim() } });
        continue;
      }
      if (isDeadline) {
        deadline = true;
        occ.push({ start: b.end, end: b.end });
      } else occ.push({ start: a.start, end: b.end });
    }
  }
  return any ? { occ, deadline } : null;
}
