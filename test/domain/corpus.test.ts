// The corpus of real plans (test/fixtures/plans/, sources.json): every row's dates and responsibles,
// written by hand from reading the plan, against what the import understands. Reports the shares.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/domain/importText';
import { normalizeName, splitResponsibles } from '../../src/domain/responsibles';
import { parseTiming } from '../../src/domain/timing';
import type { Timing } from '../../src/domain/types';

const DIR = new URL('../fixtures/plans/', import.meta.url);

interface Source {
  file: string;
  url: string;
  read: string;
  schoolYear: string;
  format: string;
  rows: number;
}

const SOURCES = JSON.parse(readFileSync(new URL('sources.json', DIR), 'utf8')) as Source[];
const EVERY: Record<string, string> = {
  week: 'weekly',
  month: 'monthly',
  quarter: 'quarterly',
  half: 'half',
};

/** The same short form the expected files use. */
function whenOf(t: Timing): string {
  if (t.kind === 'year') return 'year';
  if (t.kind === 'recurring') return EVERY[t.every ?? ''] ?? 'recurring';
  if (t.kind === 'unknown') return 'unknown';
  if (t.occurrences.length === 0) return 'none';
  return t.occurrences
    .map((o) => (o.start === o.end ? o.start : o.start + '..' + o.end) + (o.time ? ' ' + o.time : ''))
    .join(', ');
}

/** Rows read right when last measured (counts of rows, out of `rows`). Raise them as the import improves. */
const MEASURED = { rows: 414, lost: 0, dates: 413, who: 409, sections: 414 };

const names = (list: string[]): string => list.map(normalizeName).join(' | ');

function check() {
  const failures: string[] = [];
  let total = 0;
  let rightDates = 0;
  let rightWho = 0;
  let rightSections = 0;
  let lost = 0;
  for (const s of SOURCES) {
    const text = readFileSync(new URL(s.file, DIR), 'utf8');
    const expected = readFileSync(new URL(s.file.replace(/\.txt$/, '.expected.tsv'), DIR), 'utf8')
      .split('\n')
      .slice(1)
      .filter((l) => l.trim() !== '')
      .map((l) => l.split('\t'));
    const sy = { startYear: Number(s.schoolYear.slice(0, 4)) };
    const got = parsePlanText(text, sy).rows;
    if (got.length !== expected.length)
      failures.push(`${s.file}: ${got.length} rows, expected ${expected.length}`);
    lost += Math.max(0, expected.length - got.length);
    expected.forEach(([n, when, who, section], i) => {
      total++;
      const r = got[i];
      if (!r) return;
      const t = parseTiming(r.period, sy, { dateCell: r.date, timeCell: r.time });
      const w = whenOf(t);
      if (w === when && r.number === n) rightDates++;
      else
        failures.push(
          `${s.file} #${i + 1} dates: ${JSON.stringify(r.period)} ${r.date} ${r.time} → ${w} (№${r.number}), expected ${when} (№${n})`,
        );
      const gotWho = names(splitResponsibles(r.responsibles));
      const wantWho = names((who ?? '').split(' | ').filter((x) => x !== ''));
      if (gotWho === wantWho) rightWho++;
      else
        failures.push(
          `${s.file} #${i + 1} who: ${JSON.stringify(r.responsibles)} → ${gotWho}, expected ${wantWho}`,
        );
      if ((r.section ?? '') === (section ?? '')) rightSections++;
      else
        failures.push(
          `${s.file} #${i + 1} section: ${JSON.stringify(r.section)}, expected ${JSON.stringify(section)}`,
        );
    });
  }
  return { total, rightDates, rightWho, rightSections, lost, failures };
}

describe('the corpus of real plans', () => {
  const r = check();
  it('is at least 12 plans with sources, read dates and expected rows', () => {
    expect(SOURCES.length).toBeGreaterThanOrEqual(12);
    for (const s of SOURCES) {
      expect(s.url).not.toBe('');
      expect(s.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
  it('reports the shares of rows understood', () => {
    const pct = (n: number) => `${n} (${((100 * n) / r.total).toFixed(1)} %)`;
    console.log(
      `corpus: ${SOURCES.length} plans, ${r.total} rows; dates right ${pct(r.rightDates)}, responsibles right ${pct(r.rightWho)}, sections right ${pct(r.rightSections)}, rows lost ${r.lost}` +
        (r.failures.length ? '\n' + r.failures.join('\n') : ''),
    );
    // The figures measured on this corpus: a change that reads fewer rows right fails here.
    expect(r.total).toBe(MEASURED.rows);
    expect(r.lost).toBeLessThanOrEqual(MEASURED.lost);
    expect(r.rightDates).toBeGreaterThanOrEqual(MEASURED.dates);
    expect(r.rightWho).toBeGreaterThanOrEqual(MEASURED.who);
    expect(r.rightSections).toBeGreaterThanOrEqual(MEASURED.sections);
  });
});
