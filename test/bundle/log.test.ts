// The Журнал as people read it: a run at the last millisecond of a day is logged on that day.
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../localgas/clock';
import type { SpreadsheetService } from '../../localgas/services/spreadsheet';
import { openRuntime } from '../helpers';

describe('Журнал', () => {
  it('logs a run at 23:59:59.999 at 23:59 of that day, never 00:00 of the next', async () => {
    const rt = await openRuntime();
    expect((await rt.run('setupSheets')).error).toBeUndefined();
    rt.clock.set(instantOf('2026-09-30T00:00') - 1);
    expect((await rt.run('checkPlan')).error).toBeUndefined();
    const sheet = rt.service<SpreadsheetService>('spreadsheet');
    const shown = sheet.readDisplay('Журнал');
    const last = shown.at(-1)!;
    expect(last[1]).toBe('Проверка плана');
    expect(last[0]).toBe('29.09.2026 23:59');
    const stored = sheet.read('Журнал').at(-1)![0] as Date;
    expect(stored.getTime() % 60_000).toBe(0);
  });
});
