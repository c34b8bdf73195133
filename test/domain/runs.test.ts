// Every run has a label people read (src/domain/texts/runs.json): each row of the operations table and
// each job of the daily and monthly runs, and no label without its row; each trigger's function exists
// in the built script, so a renamed one cannot leave its label behind.
import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../src/app/operations';
import { dailyJobs, monthlyJobs } from '../../src/app/schedule';
import {
  capitalized,
  handlerLabel,
  jobLabel,
  operationLabel,
  TRIGGER_HANDLERS,
} from '../../src/domain/texts/runs';
import runs from '../../src/domain/texts/runs.json';
import { internalNames } from '../runNames';

describe('run labels', () => {
  it('every operation has a label and every label an operation', () => {
    expect(Object.keys(runs.operations).sort()).toEqual(Object.keys(OPERATIONS).sort());
    for (const [id, row] of Object.entries(OPERATIONS)) expect(row.name, id).toBe(id);
  });

  it('every job of the daily and monthly runs has a label', () => {
    const jobs = [...dailyJobs(), ...monthlyJobs('2027-06-01'), ...monthlyJobs('2027-02-01')].map(
      (j) => j.name,
    );
    expect(Object.keys(runs.jobs).sort()).toEqual([...new Set(jobs)].sort());
  });

  it('labels are words, not names: lower-case first, no camelCase, in both languages', () => {
    for (const section of [runs.operations, runs.jobs])
      for (const [id, e] of Object.entries(section))
        for (const text of [e.ru, e.en]) {
          expect(text, id).toMatch(/^[a-zа-яё«]/);
          expect(text, id).not.toMatch(/[a-z][A-Z]/);
        }
  });

  it('a trigger is named by its operation; its function is a top-level function of the built script', () => {
    const functions = internalNames();
    for (const [op, handler] of Object.entries(TRIGGER_HANDLERS)) {
      expect(functions, handler).toContain(handler);
      expect(handlerLabel(handler, 'ru')).toBe(operationLabel(op as keyof typeof runs.operations, 'ru'));
    }
    expect(handlerLabel('dailyRun', 'ru')).toBe('ежедневный запуск');
    expect(handlerLabel('onPlanEdit', 'en')).toBe('plan edit');
    expect(capitalized(jobLabel('sync', 'ru'))).toBe('Календарь');
    // An old record of a job since renamed keeps its name rather than show nothing.
    expect(jobLabel('someOldJob', 'ru')).toBe('someOldJob');
  });
});
