// Example addresses for the seed's roles (example.org never receives mail), typed as a person would.
import type { Runtime } from './runtime';
import type { SpreadsheetService } from './services/spreadsheet';

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
  sheet.read('Ответственные').forEach((r, i) => {
    if (i === 0) return;
    const hit = DEMO_EMAILS.find(([re]) => re.test(String(r[0] ?? '').trim()));
    sheet.personEdit('Ответственные', i + 1, 2, [[hit ? hit[1] : `staff${i}@example.org`]]);
    filled++;
  });
  await rt.save();
  return filled;
}
