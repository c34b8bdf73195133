// sync and edit: the calendar from the terminal, and a person's edit of the plan (which fires the
// installed on-edit trigger, as Google does after a person's edit).

import type { Runtime } from '../../localgas/runtime';
import type { SpreadsheetService } from '../../localgas/services/spreadsheet';
import { addDays, formatSpanRu } from '../../src/domain/days';
import { langOfLocale } from '../../src/domain/texts/ui';
import { sheetNameOf } from '../planSheets';
import { cliText } from '../texts';
import { runScript } from './script';
import { CliError, type Command, type Io } from './types';

export async function printEvents(rt: Runtime, io: Io, limit = 50): Promise<void> {
  const events = (rt.status()['events'] ?? []) as {
    title: string;
    start: string;
    end: string;
    allDay: boolean;
  }[];
  const say = cliText(langOfLocale(rt.ctx.session.locale));
  io.out(say('syncEvents', { count: events.length, file: rt.workspace.calendarPath }));
  for (const e of events.slice(0, limit)) {
    // All-day ends are exclusive in the Calendar API; people read the last day.
    const when = e.allDay
      ? formatSpanRu(e.start, addDays(e.end, -1))
      : `${formatSpanRu(e.start.slice(0, 10), e.end.slice(0, 10))} ${e.start.slice(11, 16)}–${e.end.slice(11, 16)}`;
    io.out(`  ${when}  ${e.title}`);
  }
  if (events.length > limit) io.out(`  … ${say('andMore', { count: events.length - limit })}`);
}

export const syncCmd: Command = {
  name: 'sync',
  usage: 'planbook sync',
  summary:
    'обновить календарь по плану (создать, изменить, удалить события planbook) и записать calendar.ics',
  summaryEn:
    "sync the calendar with the plan (create, change, delete planbook's events) and write calendar.ics",
  options: [],
  async run(args, io, open) {
    const rt = await open();
    const r = await runScript(rt, 'syncCalendar');
    io.out(r.message);
    io.out(`${cliText(args.lang)('calendar')}: ${r.calendarId}`);
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
    {
      name: 'force',
      help: {
        ru: 'записать, несмотря на предупреждение таблицы (как «ОК» в её предупреждении)',
        en: "write despite the sheet's warning (as OK in its warning)",
      },
    },
  ],
  async run(args, io, open) {
    const say = cliText(args.lang);
    const rowText = args.flags['row'];
    const column = args.flags['column'];
    const value = args.flags['value'];
    if (typeof rowText !== 'string' || typeof column !== 'string' || typeof value !== 'string') {
      throw new CliError(say('editUsage'), 2);
    }
    const rt = await open();
    const sheet = rt.service<SpreadsheetService>('spreadsheet');
    const sheetName =
      typeof args.flags['sheet'] === 'string' ? args.flags['sheet'] : sheetNameOf(sheet, 'plan');
    if (!sheet.sheetNames().includes(sheetName)) {
      throw new CliError(say('editNoSheet', { sheet: sheetName, sheets: sheet.sheetNames().join(', ') }), 2);
    }
    const table = sheet.read(sheetName);
    const header = (table[0] ?? []).map((h) => String(h).trim());
    const col = header.findIndex((h) => h.toLowerCase() === column.trim().toLowerCase()) + 1;
    if (col < 1) {
      const columns = header.filter((h) => h !== '').join(', ');
      throw new CliError(say('editNoColumn', { sheet: sheetName, column, columns }), 2);
    }
    const row = Number(rowText);
    const last = Math.max(table.length, 1);
    if (!/^\d+$/.test(rowText.trim()) || row < 2 || row > last + 1) {
      const key = last < 2 ? 'editRowEmpty' : 'editRowRange';
      throw new CliError(say(key, { row: rowText, sheet: sheetName, last, next: last + 1 }), 2);
    }
    const warn = sheet.personEditWarnings(sheetName, row, col, value);
    const heading = header[col - 1]!;
    const refusals: string[] = [];
    if (warn.hiddenColumn) refusals.push(say('editHidden', { column: heading }));
    if (warn.protection) refusals.push(say('editProtected', { column: heading, warning: warn.protection }));
    if (warn.invalid) {
      const list = warn.invalid.criteria === 'VALUE_IN_LIST' ? warn.invalid.values[0] : undefined;
      refusals.push(
        Array.isArray(list)
          ? say('editNotInList', { value, column: heading, list: list.map(String).join(', ') })
          : say('editInvalid', {
              value,
              column: heading,
              help:
                warn.invalid.criteria === 'NUMBER_GREATER_THAN_OR_EQUAL_TO'
                  ? say('ruleMin', { min: String(warn.invalid.values[0]) })
                  : warn.invalid.helpText || say('ruleOther'),
            }),
      );
    }
    if (refusals.length && args.flags['force'] !== true) {
      throw new CliError([...refusals, say('editForce')].join('\n'), 2);
    }
    for (const r of refusals) io.err(say('editForced', { warning: r }));
    const event = sheet.personEdit(sheetName, row, col, [[value]]);
    await rt.save();
    io.out(say('editDone', { row, column: heading, value: value === '' ? say('empty') : value }));
    const outs = await rt.fireEdit(event as unknown as Record<string, unknown>);
    if (outs.length === 0) {
      io.out(say('editNoTrigger'));
      return 0;
    }
    for (const o of outs) {
      if (o.killed) io.err(say('editKilled'));
      else if (o.error) io.err(`${say('editTrigger')}: ${o.error.message}`);
      else if (o.value && typeof o.value === 'object' && 'message' in o.value)
        io.out(`${say('editTrigger')}: ${String((o.value as { message: unknown }).message)}`);
      else io.out(`${say('editTrigger')}: ${say('editNothing')}`);
    }
    return 0;
  },
};
