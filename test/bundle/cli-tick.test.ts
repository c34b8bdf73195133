// planbook tick's warnings name the runs as people call them («ежедневный запуск»), in the user's
// language, never by their functions' names (dailyRun).
import { describe, expect, it } from 'vitest';
import { SEED_TEXT } from '../../bench/plans';
import { tick } from '../../cli/commands/remind';
import { openRuntime } from '../helpers';
import { expectNoInternalNames } from '../runNames';

describe('planbook tick', () => {
  it.each([
    ['ru_RU', /^2026-09-02 ежедневный запуск: выполнение прервано$/],
    ['en_US', /^2026-09-02 daily run: the run was killed$/],
  ])(
    'names a killed run by its label (%s)',
    async (locale, line) => {
      const rt = await openRuntime({ session: { locale }, today: '2026-09-01T12:00' });
      await rt.call('setupSheets');
      await rt.call('importPlan', SEED_TEXT());
      await rt.call('turnAutomationOn');
      // The next morning's run dies at its first calendar write.
      rt.meter.setFaults([{ method: 'Calendar.Events.insert', kill: true }]);
      const s = await tick(rt, '2026-09-02', '2026-09-02');
      expect(s.errors.length).toBeGreaterThan(0);
      expect(
        s.errors.some((e) => line.test(e)),
        s.errors.join('\n'),
      ).toBe(true);
      expectNoInternalNames(s.errors, 'planbook tick');
      await rt.close();
    },
    120_000,
  );
});
