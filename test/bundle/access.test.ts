// «Проверка доступа» through the built bundle: one line per service, what is missing named in Russian,
// and the test event and test doc leave nothing behind.
import { describe, expect, it } from 'vitest';
import { SEED_TEXT } from '../../bench/plans';
import { callScript } from '../../cli/api';
import type { Runtime } from '../../localgas/runtime';
import { SCOPE } from '../../localgas/scopes';
import type { DriveFake } from '../../localgas/services/drive';
import { openRuntime, tempDir } from '../helpers';

async function synced(): Promise<string> {
  const dir = tempDir();
  const rt = await openRuntime({ workspace: dir });
  await rt.call('setupSheets');
  await rt.call('importPlan', SEED_TEXT());
  await rt.call('syncCalendar');
  await rt.close();
  return dir;
}

const live = (rt: Runtime) =>
  rt
    .service<DriveFake>('drive')
    .files()
    .filter((f) => !f.trashed);

describe('Проверка доступа', () => {
  it('passes every check on a full grant and leaves no test event or doc behind', async () => {
    const rt = await openRuntime({ workspace: await synced() });
    const events = (rt.status()['events'] as unknown[]).length;
    const r = await callScript(rt, 'checkAccess');
    expect(r.checks.map((c) => c.ok)).toEqual([true, true, true, true, true, true]);
    expect(r.ok).toBe(true);
    expect(r.message).toMatch(/^✓ Таблица плана: читается \(строк: 14\)\./);
    expect(r.message).toMatch(/Все проверки пройдены\.$/);
    expect((rt.status()['events'] as unknown[]).length).toBe(events);
    expect(live(rt)).toEqual([]);
  });

  it('names what is missing, one line per failing check', async () => {
    const rt = await openRuntime({
      workspace: await synced(),
      denyScopes: [SCOPE.calendarEvents, SCOPE.calendarAppCreated, SCOPE.sendMail],
    });
    const r = await callScript(rt, 'checkAccess');
    expect(r.ok).toBe(false);
    const failed = r.checks.filter((c) => !c.ok).map((c) => c.line);
    expect(failed).toHaveLength(3);
    expect(failed[0]).toMatch(
      /^Календарь \(чтение\): не работает — Google не разрешил planbook менять мероприятия/,
    );
    expect(failed[2]).toMatch(
      /^Почта: не работает — Google не разрешил planbook отправлять письма от вашего имени/,
    );
    expect(r.message).toMatch(/Не пройдено проверок: 3\./);
  });
});
