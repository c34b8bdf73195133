// sync and edit: the calendar from the terminal, and a person's edit of the plan (which fires the
// installed on-edit trigger, as Google does after a person's edit).

import type { Runtime } from '../../localgas/runtime';
import type { SpreadsheetService } from '../../localgas/services/spreadsheet';
import { sheetNameOf } from '../planSheets';
import { runScript } from './script';
import { CliError, type Command, type Io } from './types';

interface SyncResult {
  message: string;
  calendarId: string;
  stopped: string | null;
}

export async function printEvents(rt: Runtime, io: Io, limit = 50): Promise<void> {
  const events = (rt.status()['events'] ?? []) as {
    title: string;
    start: string;
    end: string;
    allDay: boolean;
  }[];
  io.out(`Событий в календаре: ${events.length} (файл ${rt.workspace.calendarPath})`);
  for (const e of events.slice(0, limit)) {
    const when = e.allDay ? `${e.start} … ${e.end} (конец не включается)` : `${e.start} – ${e.end}`;
    io.out(`  ${when}  ${e.title}`);
  }
  if (events.length > limit) io.out(`  … и ещё ${events.length - limit}`);
}

export const syncCmd: Command = {
  name: 'sync',
  usage: 'planbook sync',
  summary:
    'обновить календарь по плану (создать, изменить, удалить события planbook) и записать calendar.ics',
  summaryEn:
    "sync the calendar with the plan (create, change, delete planbook's events) and write calendar.ics",
  options: [],
  async run(_args, io, open) {
    const rt = await open();
    const r = await runScript<SyncResult>(rt, 'syncCalendar');
    io.out(r.message);
    io.out(`Календарь: ${r.calendarId}`);
    await printEvents(rt, io);
    return 0;
  },
};

export const editCmd: Command = {
  name: 'edit',
  usage: 'planbook edit --row N --column Статус --value проведено [--sheet План]',
  summary:
    'правка ячейки плана «человеком»: срабатывает установленный триггер правки (календарь следует за планом)',
  summaryEn:
    "a person's edit of a plan cell: the installed on-edit trigger fires (the calendar follows the plan)",
  options: [
    {
      name: 'row',
      value: 'N',
      help: {
        ru: 'номер строки листа (как слева в таблице)',
        en: 'the sheet row number (as at the left of the sheet)',
      },
    },
    {
      name: 'column',
      value: 'СТОЛБЕЦ',
      help: { ru: 'заголовок столбца: Статус, Итоги, Дата…', en: 'the column heading: Статус, Итоги, Дата…' },
    },
    {
      name: 'value',
      value: 'ТЕКСТ',
      help: {
        ru: 'новое значение ячейки (--value= очищает)',
        en: 'the new value (--value= clears the cell)',
      },
    },
    {
      name: 'sheet',
      value: 'ЛИСТ',
      help: { ru: 'лист (по умолчанию План)', en: 'the sheet (default the Plan)' },
    },
  ],
  async run(args, io, open) {
    const row = Number(args.flags['row']);
    const column = args.flags['column'];
    const value = args.flags['value'];
    if (!Number.isInteger(row) || row < 2 || typeof column !== 'string' || value === undefined) {
      throw new CliError('Использование: planbook edit --row N --column Статус --value проведено', 2);
    }
    const rt = await open();
    const sheet = rt.service<SpreadsheetService>('spreadsheet');
    const sheetName =
      typeof args.flags['sheet'] === 'string' ? args.flags['sheet'] : sheetNameOf(sheet, 'plan');
    const header = (sheet.read(sheetName)[0] ?? []) as unknown[];
    const col = header.findIndex((h) => String(h).trim().toLowerCase() === column.trim().toLowerCase()) + 1;
    if (col < 1) throw new CliError(`На листе «${sheetName}» нет столбца «${column}».`);
    const event = sheet.personEdit(sheetName, row, col, [[value === true ? '' : value]]);
    await rt.save();
    io.out(`Строка ${row}, «${column}»: ${value === true ? '(пусто)' : value}`);
    const outs = await rt.fireEdit(event as unknown as Record<string, unknown>);
    if (outs.length === 0) {
      io.out('Автоматизация выключена: календарь обновится при planbook sync (или включите автоматизацию).');
      return 0;
    }
    for (const o of outs) {
      if (o.killed) io.err('Триггер правки прерван (план сбоев эмулятора).');
      else if (o.error) io.err(`Триггер правки: ${o.error.message}`);
      else if (o.value && typeof o.value === 'object' && 'message' in o.value)
        io.out(`Триггер правки: ${String((o.value as { message: unknown }).message)}`);
      else io.out('Триггер правки: нечего обновлять.');
    }
    return 0;
  },
};
