// The local workspace saved as one unit (issue 12): a process killed at any file of a save leaves the
// workspace as it was before the run or as a clean run leaves it — never properties.json newer than the
// mail, or a calendar id pointing at a calendar never saved. And a plan.xlsx a person saved meanwhile is
// read again, never overwritten.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { PLANBOOK } from '../../cli/product';
import { Runtime } from '../../localgas/runtime';
import { SaveCrash } from '../../localgas/saveTransaction';
import { openRuntime, tempDir } from '../helpers';
import { col, plan, seededPlan, setDay, sheet } from './edits';

/** What a workspace holds, as a person and the next run would read it (no file's random bytes). */
async function snapshot(dir: string): Promise<string> {
  const state = join(dir, '.planbook');
  const files: Record<string, unknown> = {};
  for (const f of readdirSync(state).sort()) {
    if (f.endsWith('.json') && f !== 'lock.json') files[f] = JSON.parse(readFileSync(join(state, f), 'utf8'));
  }
  files['outbox'] = readdirSync(join(dir, 'outbox')).sort();
  files['reports'] = readdirSync(join(dir, 'reports')).sort();
  files['calendar.ics'] = readFileSync(join(dir, 'calendar.ics'), 'utf8');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(dir, 'plan.xlsx')) as unknown as ArrayBuffer);
  files['plan.xlsx'] = wb.worksheets.map((ws) => {
    const rows: unknown[] = [];
    ws.eachRow((r) => {
      rows.push(r.values);
    });
    return [ws.name, rows];
  });
  return JSON.stringify(files);
}

function copyOf(dir: string): string {
  const to = tempDir();
  cpSync(dir, to, { recursive: true });
  return to;
}

describe('the workspace saved as one unit', () => {
  it('killed at every file of the save of a reminders run (mail, record, plan), the next open finds the old or the new workspace', async () => {
    const prep = await seededPlan();
    await prep.close();
    const base = prep.workspace.dir;
    const before = await snapshot(base);
    const run = async (dir: string, crashAt: number | null) => {
      const rt = await Runtime.open({
        product: PLANBOOK,
        workspace: dir,
        today: '2026-09-01',
        exclusive: false,
      });
      setDay(rt, '2026-09-01');
      rt.crashSaveAt = crashAt;
      try {
        await rt.run('sendReminders');
      } catch (e) {
        if (!(e instanceof SaveCrash)) throw e;
      }
      const ops = rt.lastSaveOps;
      await rt.close();
      return ops;
    };
    const cleanDir = copyOf(base);
    const ops = await run(cleanDir, null);
    const after = await snapshot(cleanDir);
    expect(after).not.toBe(before);
    expect(ops).toBeGreaterThan(8);
    const seen = { before: 0, after: 0 };
    for (let k = 1; k <= ops; k++) {
      const dir = copyOf(base);
      await run(dir, k);
      const rt = await Runtime.open({
        product: PLANBOOK,
        workspace: dir,
        today: '2026-09-01',
        exclusive: false,
      });
      await rt.close();
      const got = await snapshot(dir);
      expect([before, after], `crash at file operation ${k} of ${ops}`).toContain(got);
      seen[got === before ? 'before' : 'after']++;
      // and the next run ends as the clean run did: no mail lost, none twice
      if (got === before && seen.before === 1) {
        await run(dir, null);
        expect(await snapshot(dir), `k=${k}, run again`).toBe(after);
      }
    }
    expect(seen.before).toBeGreaterThan(0);
    expect(seen.after).toBeGreaterThan(0);
  }, 600_000);
});

describe('plan.xlsx edited by a person', () => {
  async function typeInXlsx(dir: string, row: number, column: number, text: string) {
    const path = join(dir, 'plan.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    wb.getWorksheet('План')!.getCell(row, column).value = text;
    writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  }

  it('while the workspace is open (planbook ui): the next run reads it again and keeps the edit', async () => {
    const rt = await openRuntime();
    await rt.call('setupSheets');
    await rt.call('importPlan', '1. Неделя детской книги — март — библиотекарь');
    const placeCol = col(rt, 'Место');
    await typeInXlsx(rt.workspace.dir, 2, placeCol, 'Актовый зал');
    await rt.call('checkPlan');
    expect(plan(rt)[1]![placeCol - 1]).toBe('Актовый зал');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(rt.workspace.dir, 'plan.xlsx')) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('План')!.getCell(2, placeCol).value).toBe('Актовый зал');
  });

  it('while the script’s changes wait to be saved: the save stops with a Russian message, the edit stays', async () => {
    const rt = await openRuntime({ autosave: false });
    await rt.call('setupSheets');
    await rt.save();
    await rt.call('importPlan', '1. Неделя детской книги — март — библиотекарь');
    await typeInXlsx(rt.workspace.dir, 5, 2, 'моя строка');
    await expect(rt.save()).rejects.toThrow(/изменён в другой программе/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(rt.workspace.dir, 'plan.xlsx')) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('План')!.getCell(5, 2).value).toBe('моя строка');
    expect(sheet(rt).read('План').length).toBe(2);
    rt.setAutosave(true); // close() would try the save again
  });
});
