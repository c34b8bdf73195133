// localgas's names are the runtime's `product` option (localgas/product.ts): neutral without it, the
// project's with it; an event's private properties reach status() and calendar.ics as they are.
import { describe, expect, it } from 'vitest';
import { PLANBOOK } from '../../cli/product';
import { CalendarFake } from '../../localgas/services/calendar';
import { Workspace } from '../../localgas/workspace';
import { lockWorkspace } from '../../localgas/workspaceLock';
import { fakeContext, tempDir } from '../helpers';

function calendarWith(product?: typeof PLANBOOK) {
  const cal = new CalendarFake({ ...fakeContext(), ...(product ? { product } : {}) });
  const api = (cal.globals() as { Calendar: GoogleAppsScript.Calendar }).Calendar;
  const id = api.Calendars!.insert({ summary: 'План', timeZone: 'Europe/Moscow' }).id!;
  api.Events!.insert(
    {
      id: 'abcde12345',
      summary: 'x',
      start: { date: '2026-09-01' },
      end: { date: '2026-09-02' },
      extendedProperties: { private: { pbKey: 'tag123row7', 'a b': 'c' } },
    },
    id,
  );
  return cal;
}

describe("localgas's product option", () => {
  it('names the state folder: .localgas by default, the product’s when given', () => {
    const dir = tempDir();
    expect(new Workspace(dir).stateDir).toBe(`${new Workspace(dir).dir}/.localgas`);
    expect(new Workspace(dir, PLANBOOK.stateDir).stateDir).toBe(`${new Workspace(dir).dir}/.planbook`);
  });

  it('a workspace held by another process names the product', async () => {
    const ws = new Workspace(tempDir(), PLANBOOK.stateDir);
    ws.ensure();
    const held = await lockWorkspace(ws, 'planbook', 0);
    try {
      await expect(lockWorkspace(ws, 'planbook', 0)).rejects.toThrow(
        `Рабочая папка ${ws.dir} занята другим процессом planbook; попробуйте позже.`,
      );
    } finally {
      await held.release();
    }
  });

  it('status() lists private properties as they are; the .ics writes each as X-LOCALGAS-PRIVATE-<NAME>', () => {
    const cal = calendarWith();
    const [ev] = cal.status()['events'] as { privateProps: Record<string, string> }[];
    expect(ev!.privateProps).toEqual({ pbKey: 'tag123row7', 'a b': 'c' });
    const ics = cal.ics();
    expect(ics).toContain('X-LOCALGAS-PRIVATE-PBKEY:tag123row7');
    expect(ics).toContain('X-LOCALGAS-PRIVATE-A-B:c');
    expect(ics).toContain('PRODID:-//localgas//local workspace//RU');
    expect(ics).toContain('UID:abcde12345@localgas.local');
  });

  it("the .ics's PRODID and UIDs name the product when given", () => {
    const ics = calendarWith(PLANBOOK).ics();
    expect(ics).toContain('PRODID:-//planbook//local workspace//RU');
    expect(ics).toContain('UID:abcde12345@planbook.local');
  });
});
