// What the deputy head types after importing the seed: the Settings the seed does not name, and example
// addresses for its roles (example.org never receives mail).

import type { Runtime } from '../localgas/runtime';
import type { SpreadsheetService } from '../localgas/services/spreadsheet';
import { sheetNameOf } from './planSheets';

const DEMO_EMAILS: [RegExp, string][] = [
  [/^директор моу/i, 'director@example.org'],
  [/^директор библиотеки/i, 'library.director@example.org'],
  [/^работники библиотеки/i, 'librarian1@example.org, librarian2@example.org'],
  [/^классные/i, 'class.teachers@example.org'],
  [/^организатор/i, 'organizer@example.org'],
  [/^руководитель коллектива/i, 'theatre@example.org'],
];

/** Gives every role on the Responsibles sheet an address; returns how many were filled. */
export async function fillDemoEmails(rt: Runtime): Promise<number> {
  const sheet = rt.service<SpreadsheetService>('spreadsheet');
  let filled = 0;
  const name = sheetNameOf(sheet, 'responsibles');
  sheet.read(name).forEach((r, i) => {
    if (i === 0) return;
    const hit = DEMO_EMAILS.find(([re]) => re.test(String(r[0] ?? '').trim()));
    sheet.personEdit(name, i + 1, 2, [[hit ? hit[1] : `staff${i}@example.org`]]);
    filled++;
  });
  await rt.save();
  return filled;
}

/** The seed's school, partner and school year (the text names none: without a year the plan would roll
 * over to the next school year on 1 August). Only empty cells are filled. Returns what was written. */
export async function fillDemoSettings(rt: Runtime): Promise<string[]> {
  return typeSettings(rt, DEMO_SETTINGS, true);
}

/** A person types Settings values (by setting code) into the Settings sheet; with onlyEmpty, only into
 * empty cells. Returns «name: value» for each cell written. */
export async function typeSettings(
  rt: Runtime,
  pairs: [string, string][],
  onlyEmpty: boolean,
): Promise<string[]> {
  const sheet = rt.service<SpreadsheetService>('spreadsheet');
  const name = sheetNameOf(sheet, 'settings');
  const rows = sheet.read(name);
  const header = rows[0] ?? [];
  const codeCol = header.indexOf('Код') >= 0 ? header.indexOf('Код') : header.indexOf('Code');
  const written: string[] = [];
  for (const [code, value] of pairs) {
    const row = rows.findIndex((r) => r[codeCol] === code);
    if (row > 0 && (!onlyEmpty || !String(rows[row]![1] ?? '').trim())) {
      sheet.personEdit(name, row + 1, 2, [[value]]);
      written.push(`${rows[row]![0]}: ${value}`);
    }
  }
  await rt.save();
  return written;
}

/** The value of a setting (by code) as the Settings sheet holds it; '' if absent. */
export function settingOf(rt: Runtime, code: string): string {
  const sheet = rt.service<SpreadsheetService>('spreadsheet');
  const rows = sheet.read(sheetNameOf(sheet, 'settings'));
  const header = rows[0] ?? [];
  const codeCol = header.indexOf('Код') >= 0 ? header.indexOf('Код') : header.indexOf('Code');
  return String(rows.find((r, i) => i > 0 && r[codeCol] === code)?.[1] ?? '').trim();
}

const DEMO_SETTINGS: [string, string][] = [
  ['schoolName', 'МОУ «Рамешковская СОШ»'],
  ['partnerName', 'Рамешковская центральная библиотека'],
  ['schoolYear', '2026-2027'],
  ['reportRecipients', 'director@example.org'],
];
