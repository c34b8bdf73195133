// planbook's triggers over in-memory ports: each plan's own triggers under an add-on (the project's list
// spans documents), continuations that cannot jam, automation on under granular consent.
import { describe, expect, it } from 'vitest';
import { continueLater, requestContinuation, takeContinuation } from '../../src/app/continuation';
import { type Host, OPERATIONS, perform } from '../../src/app/operations';
import { planTriggers } from '../../src/app/planTriggers';
import { Calls, MemoryStore, memoryPorts } from './memoryPorts';

function fresh() {
  const m = memoryPorts();
  const host: Host = { lock: m.ports.lock, open: () => m.ports };
  perform(OPERATIONS.setup, host, []);
  return { m, host };
}

describe('the plan’s own triggers', () => {
  it('under an add-on each plan lists and removes only the triggers made for it', () => {
    const { m } = fresh();
    const calls = new Calls();
    const stores = [new MemoryStore(calls, 'a'), new MemoryStore(calls, 'b')];
    const [a, b] = stores.map((s) => planTriggers(m.ports.triggers, () => s, { addOn: () => true }));
    const ida = a!.daily('dailyRun', 7, 'Europe/Moscow');
    const idb = b!.daily('dailyRun', 7, 'Europe/Moscow');
    expect(m.triggers.map((t) => t.id)).toEqual([ida, idb]);
    expect(a!.list().map((t) => t.id)).toEqual([ida]);
    expect(b!.list().map((t) => t.id)).toEqual([idb]);
    a!.remove(a!.list().map((t) => t.id));
    expect(m.triggers.map((t) => t.id)).toEqual([idb]);
    expect(b!.list().map((t) => t.id)).toEqual([idb]);
    // A bound script's project triggers are all its plan's: nothing is recorded.
    const bound = planTriggers(m.ports.triggers, () => stores[0]!, { addOn: () => false });
    expect(bound.list().map((t) => t.id)).toEqual([idb]);
  });
});

describe('continuations cannot jam', () => {
  it('one live continuation; a stale one is replaced; the fired one is deleted even when the lock is taken', () => {
    const { m } = fresh();
    requestContinuation(m.ports, 'sync', 60_000);
    requestContinuation(m.ports, 'remind', 60_000);
    const once = () => m.triggers.filter((t) => t.handler === 'continueRun');
    expect(once().length).toBe(1);
    // Its time long past (it fired, or never will): a new request replaces it.
    m.store.data.set('continue:due', String(Date.now() - 3_600_000));
    const stale = once()[0]!.id;
    requestContinuation(m.ports, 'sync', 60_000);
    expect(once().map((t) => t.id)).not.toContain(stale);
    expect(once().length).toBe(1);
    // It fires while another run holds the lock: deleted all the same, one fresh trigger waits.
    const firing = once()[0]!.id;
    expect(continueLater(m.ports, { triggerUid: firing })).toEqual(['sync', 'remind']);
    expect(once().length).toBe(1);
    expect(once()[0]!.id).not.toBe(firing);
    expect(takeContinuation(m.ports, { triggerUid: once()[0]!.id })).toEqual(['sync', 'remind']);
    expect(once()).toEqual([]);
  });

  it('a busy lock sends the continue operation to its fresh trigger, not an error', () => {
    const { m, host } = fresh();
    requestContinuation(m.ports, 'sync', 60_000);
    const firing = m.triggers.find((t) => t.handler === 'continueRun')!.id;
    m.lockBusy.busy = true;
    expect(perform(OPERATIONS.continue, host, [{ triggerUid: firing }])).toEqual([]);
    const left = m.triggers.filter((t) => t.handler === 'continueRun');
    expect(left.length).toBe(1);
    expect(left[0]!.id).not.toBe(firing);
  });
});

describe('automation on under granular consent', () => {
  it('a scope not granted: nothing installed, consent asked again, the scope named in Russian', () => {
    const { m, host } = fresh();
    m.auth.missing = ['https://www.googleapis.com/auth/script.send_mail'];
    const r = perform(OPERATIONS.automationOn, host, []);
    expect(r.created).toEqual([]);
    expect(r.ungranted).toEqual(m.auth.missing);
    expect(m.auth.asked).toBe(1);
    expect(m.triggers).toEqual([]);
    expect(r.message).toContain('отправлять письма от вашего имени (script.send_mail)');
    m.auth.missing = [];
    expect(perform(OPERATIONS.automationOn, host, []).created).toEqual([
      'onPlanEdit',
      'dailyRun',
      'monthlyRun',
    ]);
  });
});
