// A menu item that asks first (the report's month, «revoke all links?») opens the spreadsheet and reads the
// Settings once, for the question and the operation together (ui/entries.ts menuAsking).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_PLAN } from '../../cli/paths';
import type { SpreadsheetService } from '../../localgas/services/spreadsheet';
import { openRuntime } from '../helpers';

describe('menu items that ask first', () => {
  it('open the spreadsheet once and still answer in the plan’s words', async () => {
    const rt = await openRuntime({ today: '2026-11-02' });
    await rt.call('setupSheets');
    await rt.call('importPlan', readFileSync(SEED_PLAN, 'utf8'));
    const ui = rt.service<SpreadsheetService>('spreadsheet').ui;
    const calls = async (fn: string, answer: unknown) => {
      ui.answers.push(answer as never);
      rt.meter.reset();
      await rt.call(fn);
      return rt.meter.snapshot().byMethod;
    };

    const report = await calls('menuBuildReport', { button: 'OK', text: '' });
    expect(report['SpreadsheetApp.getActiveSpreadsheet']).toBe(1);
    expect(report['Ui.prompt']).toBe(1);
    expect(ui.alerts.at(-1)!.prompt).toMatch(/^Отчёт за октябрь 2026 г\. готов/);

    const revoke = await calls('menuRevokeLinks', 'YES');
    expect(revoke['SpreadsheetApp.getActiveSpreadsheet']).toBe(1);
    // The Settings are read once (the revoke itself reads no other sheet).
    expect(revoke['SpreadsheetApp.Sheet.getDataRange']).toBe(1);
    expect(ui.alerts.at(-1)!.prompt).toContain('отозваны');

    // Cancelled: the question only, nothing opened for an operation.
    const cancelled = await calls('menuRevokeLinks', 'NO');
    expect(cancelled['Lock.tryLock']).toBeUndefined();
  });
});
