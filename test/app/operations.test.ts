// The table of operations (src/app/operations.ts) with in-memory ports: every writer takes the lock
// once, readers never; a busy lock stops a writer before it touches anything, and the on-edit trigger
// leaves a busy moment to one continuation instead of failing.
import { describe, expect, it } from 'vitest';
import { type Host, OPERATIONS, type Operation, perform } from '../../src/app/operations';
import { BusyError } from '../../src/app/ports';
import { memoryPorts } from './memoryPorts';

const SEED = [
  '1. Заключение договора о сотрудничестве – сентябрь, директор школы, директор библиотеки.',
  '2. Литературная гостиная - октябрь, работники библиотеки, организатор.',
  '3. Участие в районных мероприятиях – в течение года, классные руководители.',
].join('\n');

function setUp() {
  const m = memoryPorts();
  const host: Host = { lock: m.ports.lock, open: () => m.ports };
  perform(OPERATIONS.setup, host, []);
  perform(OPERATIONS.import, host, [SEED]);
  m.calls.reset();
  return { m, host };
}

describe('the operations table', () => {
  it('has one row per name, and a writer of the plan for each thing that writes it', () => {
    const rows = Object.entries(OPERATIONS);
    expect(new Set(rows.map(([, o]) => o.name)).size).toBe(rows.length);
    const writers = rows.filter(([, o]) => o.lock !== 'none').map(([k]) => k);
    for (const k of [
      'setup',
      'saveSetup',
      'check',
      'import',
      'sync',
      'sendReminders',
      'report',
      'edit',
      'saveAnswer',
    ])
      expect(writers).toContain(k);
    for (const k of ['status', 'previewImport', 'previewReminders', 'sidebar', 'answerForm'])
      expect(writers).not.toContain(k);
  });

  it('a writer takes the lock exactly once; a reader never', () => {
    const { m, host } = setUp();
    perform(OPERATIONS.check, host, []);
    expect(m.calls.of('lock.run')).toBe(1);
    m.calls.reset();
    const status = perform(OPERATIONS.status, host, []);
    expect(status.rows).toHaveLength(3);
    expect(m.calls.of('lock.run')).toBe(0);
  });

  it('a busy lock stops a writer before it opens the plan, with BusyError', () => {
    const { m, host } = setUp();
    m.lockBusy.busy = true;
    let opened = 0;
    const counting: Host = {
      lock: host.lock,
      open: () => {
        opened++;
        return m.ports;
      },
    };
    const writers: Operation<[], unknown>[] = [
      OPERATIONS.setup,
      OPERATIONS.check,
      OPERATIONS.sync,
      OPERATIONS.sendReminders,
    ];
    for (const o of writers) expect(() => perform(o, counting, [])).toThrow(BusyError);
    expect(opened).toBe(0);
    expect(m.calls.under('sheet.') + m.calls.under('book.') + m.calls.under('calendar.')).toBe(0);
  });

  it('the edit trigger ignores other sheets without the lock, and leaves a busy moment to one continuation', () => {
    const { m, host } = setUp();
    expect(perform(OPERATIONS.edit, host, [{ sheetName: 'Журнал', firstRow: 2, numRows: 1 }])).toBeNull();
    expect(perform(OPERATIONS.edit, host, [null])).toBeNull();
    expect(m.calls.of('lock.run')).toBe(0);
    m.lockBusy.busy = true;
    const edit = { sheetName: 'План', firstRow: 2, numRows: 1 };
    expect(perform(OPERATIONS.edit, host, [edit])).toBeNull();
    expect(perform(OPERATIONS.edit, host, [edit])).toBeNull();
    expect(m.triggers.filter((t) => t.handler === 'continueRun')).toHaveLength(1);
    expect(JSON.parse(m.store.data.get('continue:jobs') ?? '[]')).toEqual(['sync']);
  });

  it('an edit of a plan row syncs that row only: its events, found by its key', () => {
    const { m, host } = setUp();
    perform(OPERATIONS.sync, host, []);
    const before = m.events.size;
    expect(before).toBeGreaterThan(0);
    m.calls.reset();
    const r = perform(OPERATIONS.edit, host, [{ sheetName: 'План', firstRow: 3, numRows: 1 }]);
    expect(r?.rows).toBe(1);
    expect(m.calls.of('calendar.list')).toBe(1);
    expect(m.calls.of('calendar.insert') + m.calls.of('calendar.update')).toBe(0);
    expect(m.events.size).toBe(before);
  });
});
