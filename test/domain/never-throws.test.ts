import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidDay } from '../../src/domain/days';
import { parsePlanText } from '../../src/domain/importText';
import { PROBLEM_TEXTS } from '../../src/domain/texts/problems';
import { analyzeTiming, parseTiming } from '../../src/domain/timing';
import type { Problem, Timing } from '../../src/domain/types';

const SEED = readFileSync(new URL('../../seeds/plan-school-library.txt', import.meta.url), 'utf8');
const SEED_LINES = SEED.split('\n').filter((l) => l.trim() !== '');
const PERIODS = [
  'сентябрь',
  'апрель-июнь',
  'в течение года',
  'Январь, март',
  '1 раз в четверть',
  'ежемесячно',
  'по мере необходимости',
  'II полугодие',
  'до 20 мая',
  '15.10.2026',
  '12 апреля',
  '15.10 в 14:00',
  '12 и 19 апреля',
  'III-IV четверть',
  'с октября по декабрь',
  'еженедельно по средам',
  '2 ноября 2026 г.',
];
const KINDS = [
  'date',
  'month',
  'range',
  'months',
  'deadline',
  'term',
  'recurring',
  'year',
  'unscheduled',
  'empty',
  'unknown',
];
const RUNS = 400;

const PIECES = [
  '-',
  '–',
  '—',
  '‑',
  ',',
  '.',
  ' ',
  '  ',
  '«',
  '»',
  '"',
  '\t',
  '\n',
  '1',
  '7',
  '13',
  '2026',
  'и',
  'в',
  'до',
  'по',
  'с',
  'I',
  'IV',
  'мая',
  'октябрь',
  ':',
  '/',
  '№',
];

type Op = { kind: 'delete' | 'insert' | 'dash' | 'upper' | 'lower'; at: number; len: number; piece: string };

const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'dash', 'upper', 'lower'),
  at: fc.nat(),
  len: fc.integer({ min: 1, max: 6 }),
  piece: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })),
});

/** Random deletions, insertions, dash swaps and case changes of a real line. */
function mutate(s: string, ops: Op[]): string {
  let t = s;
  for (const o of ops) {
    const at = t.length === 0 ? 0 : o.at % (t.length + 1);
    const end = Math.min(t.length, at + o.len);
    if (o.kind === 'delete') t = t.slice(0, at) + t.slice(end);
    else if (o.kind === 'insert') t = t.slice(0, at) + o.piece + t.slice(at);
    else if (o.kind === 'dash') t = t.replace(/[-–—‑]/, ['-', '–', '—', '‑', ' - ', ''][o.len % 6] ?? '-');
    else if (o.kind === 'upper') t = t.slice(0, at) + t.slice(at, end).toUpperCase() + t.slice(end);
    else t = t.slice(0, at) + t.slice(at, end).toLowerCase() + t.slice(end);
  }
  return t;
}

function knownCodes(problems: Problem[]): void {
  for (const p of problems) expect(Object.keys(PROBLEM_TEXTS)).toContain(p.code);
}

function wellFormed(t: Timing, text: string): void {
  expect(KINDS).toContain(t.kind);
  expect(t.text).toBe(text);
  for (const o of t.occurrences) {
    expect(isValidDay(o.start)).toBe(true);
    expect(isValidDay(o.end)).toBe(true);
    expect(o.start <= o.end).toBe(true);
    if (o.time !== undefined) expect(o.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
  }
  if (t.kind === 'empty' || t.kind === 'unknown' || t.kind === 'unscheduled')
    expect(t.occurrences).toEqual([]);
  if (t.kind === 'unknown') expect(t.problems.length).toBeGreaterThan(0);
  if (t.kind === 'recurring') expect(t.every).toBeDefined();
  knownCodes(t.problems);
}

const year = fc.integer({ min: 1995, max: 2150 }).map((startYear) => ({ startYear }));

// The parser itself (analyzeTiming), not parseTiming's catch-all: a parser that threw on every input would
// pass through the wrapper as «unknown», so the properties below would not see it.
describe('the timing parser never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), year, (s, sy) => wellFormed(analyzeTiming(s, sy), s)),
      { numRuns: RUNS },
    );
  });
  it('on arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) =>
        wellFormed(analyzeTiming(s, { startYear: 2026 }), s),
      ),
      { numRuns: RUNS },
    );
  });
  it('on mutated real periods', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERIODS), fc.array(op, { maxLength: 5 }), year, (p, ops, sy) => {
        const s = mutate(p, ops);
        wellFormed(analyzeTiming(s, sy), s);
      }),
      { numRuns: RUNS },
    );
  });
  it('on anything in the Дата cell and any time zone', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.date(), fc.double(), fc.string()),
        fc.constantFrom('Europe/Moscow', 'Asia/Vladivostok', 'UTC', 'nonsense', ''),
        (cell, timeZone) =>
          wellFormed(analyzeTiming('октябрь', { startYear: 2026 }, { dateCell: cell, timeZone }), 'октябрь'),
      ),
      { numRuns: RUNS },
    );
  });
  it('parseTiming (the wrapper) on values that are not strings at all', () => {
    for (const v of [null, undefined, 42, {}, [], new Date()]) {
      const t = parseTiming(v as unknown as string, { startYear: 2026 });
      expect(KINDS).toContain(t.kind);
    }
  });
});

describe('parsePlanText never throws', () => {
  const check = (text: string): void => {
    const r = parsePlanText(text);
    const lineCount = text.split(/\r\n|\r|\n/).length;
    for (const row of r.rows) {
      for (const f of [row.number, row.title, row.period, row.responsibles, row.place, row.notes]) {
        expect(typeof f).toBe('string');
      }
      expect(row.line).toBeGreaterThanOrEqual(1);
      expect(row.line).toBeLessThanOrEqual(lineCount);
    }
    knownCodes(r.problems);
    if (r.schoolYear) expect(Number.isInteger(r.schoolYear.startYear)).toBe(true);
  };
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), check), { numRuns: RUNS });
  });
  it('on arbitrary unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), check), { numRuns: RUNS });
  });
  it('on mutated seed lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...SEED_LINES), fc.array(op, { maxLength: 6 })), { maxLength: 8 }),
        (lines) => check(lines.map(([l, ops]) => mutate(l, ops)).join('\n')),
      ),
      { numRuns: RUNS },
    );
  });
  it('on the whole seed, mutated', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 20 }), (ops) => check(mutate(SEED, ops))),
      { numRuns: 150 },
    );
  });
  it('on tables made of random cells', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('"', '""', '"a,b"', '1.', 'октябрь', '\n'),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('\t', ',', ';'),
        fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }),
        (d, rows) =>
          check(
            ['№', 'Мероприятие', 'Сроки', 'Ответственные'].join(d) +
              '\n' +
              rows.map((r) => r.join(d)).join('\n'),
          ),
      ),
      { numRuns: RUNS },
    );
  });
});
