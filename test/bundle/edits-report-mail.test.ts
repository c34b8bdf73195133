// The report mail exactly once across MailApp and the script properties (issue 12): killed anywhere
// around the send, the daily run sends it once; more than 50 recipients go in several messages; a quota
// too small today waits for tomorrow and says so.
import { cpSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../localgas/runtime';
import type { MailFake } from '../../localgas/services/mail';
import { tempDir } from '../helpers';
import { openOn, seededPlan, setDay, setSetting, sheet } from './edits';

const reportMails = (rt: Runtime) =>
  rt.service<MailFake>('mail').state.mails.filter((m) => /отч[её]т/i.test(m.subject));

/** Recipients of the report mails, each address once per mail it was in. */
const recipients = (rt: Runtime) =>
  reportMails(rt)
    .flatMap((m) => m.to.split(','))
    .map((s) => s.trim())
    .sort();

async function prepared(addresses: string[]): Promise<string> {
  const rt = await seededPlan({ today: '2026-10-01' });
  setSetting(rt, 'reportRecipients', addresses.join(', '));
  await rt.close();
  const dir = tempDir();
  cpSync(rt.workspace.dir, dir, { recursive: true });
  return dir;
}

const open = (dir: string, day = '2026-10-01') => openOn(dir, day);

describe('the report mail', () => {
  it('killed at every call around the send, the next daily run sends it exactly once', async () => {
    const base = await prepared(['director@example.org', 'deputy@example.org']);
    const clean = await open(copy(base));
    const calls: string[] = [];
    clean.meter.onHit = (m) => calls.push(m);
    clean.meter.reset();
    await clean.call('buildReport', '2026-09');
    clean.meter.onHit = null;
    expect(recipients(clean)).toEqual(['deputy@example.org', 'director@example.org']);
    const send = calls.indexOf('MailApp.sendEmail') + 1;
    expect(send).toBeGreaterThan(0);
    await clean.close();
    for (let k = Math.max(1, send - 8); k <= Math.min(calls.length, send + 8); k++) {
      const rt = await open(copy(base));
      rt.meter.setFaults([{ at: k, kill: true }]);
      rt.meter.reset();
      const out = await rt.run('buildReport', '2026-09');
      expect(out.killed, `k=${k}`).toBe(true);
      rt.meter.setFaults([]);
      await rt.call('turnAutomationOn');
      await rt.run('dailyRun');
      await rt.run('dailyRun');
      expect(recipients(rt), `kill at call ${k} (${calls[k - 1]}), send at ${send}`).toEqual([
        'deputy@example.org',
        'director@example.org',
      ]);
      await rt.close();
    }
  }, 600_000);

  it('more than 50 recipients: several messages of at most 50, each address once', async () => {
    const many = Array.from({ length: 60 }, (_, i) => `teacher${i + 1}@example.org`);
    const rt = await open(await prepared(many));
    const r = (await rt.call('buildReport', '2026-09')) as { mailedTo: string[] };
    expect(r.mailedTo.length).toBe(60);
    const mails = reportMails(rt);
    expect(mails.length).toBe(2);
    for (const m of mails) expect(m.to.split(',').length).toBeLessThanOrEqual(50);
    expect(recipients(rt)).toEqual([...many].sort());
    await rt.call('buildReport', '2026-09');
    expect(reportMails(rt).length).toBe(2);
    await rt.close();
  });

  it('a quota too small today: nothing half-sent, the Log says why, tomorrow’s daily run sends it', async () => {
    const ten = Array.from({ length: 10 }, (_, i) => `staff${i + 1}@example.org`);
    const dir = await prepared(ten);
    const rt = await open(dir);
    rt.service<MailFake>('mail').limit = 5;
    await rt.call('buildReport', '2026-09');
    expect(reportMails(rt).length).toBe(0);
    const log = sheet(rt)
      .read('Журнал')
      .map((l) => String(l[2]));
    expect(log.some((l) => /не разослан/.test(l) && /завтра|следующим/.test(l))).toBe(true);
    await rt.call('turnAutomationOn');
    rt.service<MailFake>('mail').limit = 100;
    setDay(rt, '2026-10-02', '09:00');
    await rt.run('dailyRun');
    expect(recipients(rt)).toEqual([...ten].sort());
    await rt.close();
  });
});

function copy(dir: string): string {
  const to = tempDir();
  cpSync(dir, to, { recursive: true });
  return to;
}
