// The small fakes behave as the real services do where planbook relies on it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatJavaDate } from '../../localgas/javaDate';
import { GAS_ERRORS, KillSignal } from '../../localgas/meter';
import { REPO_ROOT } from '../../localgas/paths';
import { CacheFake } from '../../localgas/services/cache';
import { FileLock, LockFake } from '../../localgas/services/lock';
import { PropertiesFake } from '../../localgas/services/properties';
import { ScriptAppFake, TOO_MANY_TRIGGERS } from '../../localgas/services/scriptApp';
import { SessionFake } from '../../localgas/services/session';
import { fakeContext, tempDir } from '../helpers';

type AnyFn = (...a: unknown[]) => unknown;
const g = <T = Record<string, AnyFn>>(svc: { globals(): Record<string, unknown> }, name: string) =>
  svc.globals()[name] as T;

describe('PropertiesService', () => {
  it('returns null for a missing key and keeps values across save and load', async () => {
    const ctx = fakeContext();
    const p = new PropertiesFake(ctx);
    const store = g(p, 'PropertiesService').getScriptProperties!() as GoogleAppsScript.Properties.Properties;
    expect(store.getProperty('nope')).toBeNull();
    store.setProperty('a', '1');
    await p.save();
    const again = new PropertiesFake(ctx);
    await again.load();
    const s2 = g(again, 'PropertiesService').getScriptProperties!() as GoogleAppsScript.Properties.Properties;
    expect(s2.getProperty('a')).toBe('1');
  });

  it('throws the real quota message for a value over 9 KB', () => {
    const p = new PropertiesFake(fakeContext());
    const store = g(p, 'PropertiesService').getScriptProperties!() as GoogleAppsScript.Properties.Properties;
    expect(() => store.setProperty('big', 'x'.repeat(10 * 1024))).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
  });
});

describe('CacheService', () => {
  it('expires items on the emulator clock and misses with null', () => {
    const ctx = fakeContext();
    ctx.clock.set(Date.UTC(2026, 8, 1));
    const c = g(new CacheFake(ctx), 'CacheService').getScriptCache!() as GoogleAppsScript.Cache.Cache;
    c.put('k', 'v', 10);
    expect(c.get('k')).toBe('v');
    ctx.clock.advance(11_000);
    expect(c.get('k')).toBeNull();
  });
});

describe('fault plan', () => {
  it('throws the given message at the k-th call of a method, and kills at the k-th call overall', () => {
    const ctx = fakeContext();
    const store = g(new PropertiesFake(ctx), 'PropertiesService')
      .getScriptProperties!() as GoogleAppsScript.Properties.Properties;
    ctx.meter.setFaults([{ method: 'Properties.getProperty', nth: 2, error: GAS_ERRORS.mailQuota }]);
    expect(store.getProperty('x')).toBeNull();
    expect(() => store.getProperty('x')).toThrow(GAS_ERRORS.mailQuota);
    expect(store.getProperty('x')).toBeNull();
    ctx.meter.reset();
    ctx.meter.setFaults([{ at: 2, kill: true }]);
    store.getProperty('x');
    expect(() => store.getProperty('x')).toThrow(KillSignal);
    // Nothing runs after a kill, even if the script caught the error.
    expect(() => store.getProperty('x')).toThrow(KillSignal);
    expect(ctx.meter.snapshot().byMethod['Properties.getProperty']).toBe(2);
  });
});

describe('LockService', () => {
  it('excludes another process holding the same workspace lock', async () => {
    const dir = tempDir();
    const lockDir = join(dir, 'script.lock');
    // A second Node process takes the lock through the built emulator and holds it for a while.
    const child = spawn(
      process.execPath,
      [
        '-e',
        `const { FileLock } = require(${JSON.stringify(join(REPO_ROOT, '.build/cli.js'))});
         const l = new FileLock(${JSON.stringify(lockDir)});
         if (!l.acquire(1000)) process.exit(3);
         process.stdout.write('held\\n');
         setTimeout(() => { l.release(); process.exit(0); }, 1500);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((res) => child.stdout!.once('data', () => res()));
    const mine = new FileLock(lockDir);
    expect(mine.acquire(100)).toBe(false);
    expect(mine.acquire(5000)).toBe(true);
    mine.release();
    await new Promise((res) => child.once('exit', res));
    expect(child.exitCode).toBe(0);
  });

  it('waitLock throws the real timeout message; the lock is released when the execution ends', () => {
    const ctx = fakeContext();
    const a = new LockFake(ctx);
    const b = new LockFake(ctx);
    const la = g(a, 'LockService').getScriptLock!() as GoogleAppsScript.Lock.Lock;
    const lb = g(b, 'LockService').getScriptLock!() as GoogleAppsScript.Lock.Lock;
    expect(la.tryLock(0)).toBe(true);
    expect(la.hasLock()).toBe(true);
    expect(lb.tryLock(0)).toBe(false);
    expect(() => lb.waitLock(20)).toThrow('Lock timeout: another process was holding the lock for too long.');
    a.endExecution();
    expect(la.hasLock()).toBe(false);
    expect(lb.tryLock(0)).toBe(true);
    lb.releaseLock();
  });
});

describe('ScriptApp triggers', () => {
  it('refuses the 21st trigger with the real message', () => {
    const s = new ScriptAppFake(fakeContext());
    const app = g<{
      newTrigger(n: string): { timeBased(): { everyDays(n: number): { create(): unknown } } };
    }>(s, 'ScriptApp');
    for (let i = 0; i < 20; i++) app.newTrigger(`f${i}`).timeBased().everyDays(1).create();
    expect(() => app.newTrigger('f20').timeBased().everyDays(1).create()).toThrow(TOO_MANY_TRIGGERS);
  });

  it('fires a daily trigger at its hour in the zone, once a day', () => {
    const ctx = fakeContext();
    ctx.clock.set(Date.parse('2026-09-01T00:00:00Z'));
    const s = new ScriptAppFake(ctx);
    const app = g<Record<string, AnyFn>>(s, 'ScriptApp');
    const b = (app.newTrigger!('daily') as { timeBased(): Record<string, AnyFn> }).timeBased();
    ((b.everyDays!(1) as Record<string, AnyFn>).atHour!(8) as Record<string, AnyFn>).create!();
    const due = s.due(Date.parse('2026-09-01T00:00:00Z'), Date.parse('2026-09-04T00:00:00Z'));
    // 08:00 Moscow is 05:00 UTC.
    expect(due.map((d) => new Date(d.at).toISOString())).toEqual([
      '2026-09-01T05:00:00.000Z',
      '2026-09-02T05:00:00.000Z',
      '2026-09-03T05:00:00.000Z',
    ]);
  });
});

describe('Utilities and Session', () => {
  it('formatDate follows Java patterns: YYYY is the week-year, yyyy the year', () => {
    const d = new Date('2019-12-29T12:00:00Z');
    expect(formatJavaDate(d, 'UTC', 'YYYY')).toBe('2020');
    expect(formatJavaDate(d, 'UTC', 'yyyy-MM-dd')).toBe('2019-12-29');
    expect(formatJavaDate(new Date('2026-10-15T11:00:00Z'), 'Europe/Moscow', "dd.MM.yyyy 'в' HH:mm")).toBe(
      '15.10.2026 в 14:00',
    );
  });

  it('computeDigest returns signed bytes like Java', () => {
    const u = g(new SessionFake(fakeContext()), 'Utilities');
    const bytes = u.computeDigest!('MD5', 'planbook') as number[];
    expect(bytes).toHaveLength(16);
    expect(bytes.every((b) => b >= -128 && b <= 127)).toBe(true);
    expect(bytes.some((b) => b < 0)).toBe(true);
  });
});
