// A small plan for the «Отметить результат» tests (bundle and browser): three dated rows of two people.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { instantOf } from '../localgas/clock';
import type { Runtime } from '../localgas/runtime';
import type { ScriptAppFake } from '../localgas/services/scriptApp';
import type { SpreadsheetService } from '../localgas/services/spreadsheet';

export const EXEC = 'http://127.0.0.1:8765/exec';

export const ANSWER_PLAN = [
  '№, мероприятие, сроки, ответственные.',
  '1. Экскурсия в библиотеку – 15.10.2026, Иванова.',
  '2. Конкурс чтецов – 16.10.2026, Иванова.',
  '3. Концерт для ветеранов – 20.10.2026, Петров.',
].join('\n');

export const sheet = (rt: Runtime) => rt.service<SpreadsheetService>('spreadsheet');

export function setDay(rt: Runtime, day: string): void {
  rt.clock.set(instantOf(`${day}T08:00`, 'Europe/Moscow'));
}

/** A plan of three dated rows, the e-mails filled in, the web app deployed at EXEC. */
export async function answerPlan(rt: Runtime, exec = EXEC): Promise<void> {
  await rt.call('setupSheets');
  await rt.call('importPlan', ANSWER_PLAN);
  const s = sheet(rt);
  s.read('Ответственные').forEach((r, i) => {
    if (i === 0) return;
    const who = String(r[0]).trim();
    s.personEdit('Ответственные', i + 1, 2, [
      [who === 'Иванова' ? 'ivanova@example.org' : 'petrov@example.org'],
    ]);
  });
  const settings = s.read('Настройки');
  const codeCol = settings[0]!.indexOf('Код');
  const i = settings.findIndex((r) => r[codeCol] === 'schoolYear');
  s.personEdit('Настройки', i + 1, 2, [['2026-2027']]);
  rt.service<ScriptAppFake>('scriptApp').deployWebApp(exec);
  await rt.save();
}

/** The «Отметить результат» links of a sent .eml, parsed back from the file, in item order. */
export async function linksInMail(rt: Runtime, file: string): Promise<string[]> {
  const parsed = await simpleParser(readFileSync(join(rt.workspace.outboxDir, file)));
  const html = String(parsed.html || '');
  return [...html.matchAll(/<a href="([^"]+)"><b>Отметить результат<\/b>/g)].map((m) =>
    m[1]!.replace(/&amp;/g, '&'),
  );
}

/** A plan row by its №, as heading → value. */
export function planRow(rt: Runtime, n: string): Record<string, unknown> {
  const rows = sheet(rt).read('План');
  const head = rows[0]!.map(String);
  const r = rows.find((x, i) => i > 0 && String(x[head.indexOf('№')]) === n)!;
  return Object.fromEntries(head.map((h, i) => [h, r[i]]));
}
