// The emulator enforces the manifest's scopes as Google does: a call no granted scope covers throws
// Google's authorization error; --deny-scope plays a person who unticked a scope on the consent screen;
// an advanced service exists only when the manifest enables it.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../localgas/paths';
import { SCOPE, SCOPE_TABLE, scopeRow } from '../../localgas/scopes';
import type { DriveFake } from '../../localgas/services/drive';
import { openRuntime, tempDir } from '../helpers';

const ADDON_DIR = join(DIST_DIR, '..', 'dist-addon');

/** A script project of its own: Code.js with these functions, under a copy of a real manifest. */
function project(code: string, manifestFrom = DIST_DIR, edit?: (m: Record<string, unknown>) => void): string {
  const dir = tempDir('planbook-scopes-');
  writeFileSync(join(dir, 'Code.js'), code);
  if (edit) {
    const m = JSON.parse(readFileSync(join(manifestFrom, 'appsscript.json'), 'utf8'));
    edit(m);
    writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(m));
  } else copyFileSync(join(manifestFrom, 'appsscript.json'), join(dir, 'appsscript.json'));
  return dir;
}

const CODE = `
function folderByDriveApp() { return DriveApp.getFoldersByName('Отчёты').hasNext(); }
function folderByAdvanced() {
  return Drive.Files.list({ q: "name = 'Отчёты' and mimeType = 'application/vnd.google-apps.folder'" }).files.length;
}
function makeFolder() { return Drive.Files.create({ name: 'Отчёты', mimeType: 'application/vnd.google-apps.folder' }).id; }
function mail() { MailApp.sendEmail({ to: 'a@example.org', subject: 's', body: 'b' }); return 'sent'; }
function openOther() { return SpreadsheetApp.openById('x').getName(); }
function hasDrive() { return typeof Drive; }
`;

describe('scope enforcement', () => {
  it('DriveApp under drive.file throws Google\'s "Specified permissions are not sufficient" error', async () => {
    const rt = await openRuntime({ distDir: project(CODE) });
    const out = await rt.run('folderByDriveApp');
    expect(out.error?.message).toBe(
      'Specified permissions are not sufficient to call DriveApp.getFoldersByName. Required permissions: ' +
        '(https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)',
    );
  });

  it('the Drive advanced service works under drive.file, and sees only what the script made', async () => {
    const rt = await openRuntime({ distDir: project(CODE) });
    rt.service<DriveFake>('drive').personCreateFolder('Отчёты');
    expect(await rt.call('folderByAdvanced')).toBe(0);
    await rt.call('makeFolder');
    expect(await rt.call('folderByAdvanced')).toBe(1);
  });

  it('an advanced service the manifest does not enable is not there', async () => {
    const noDrive = project(CODE, DIST_DIR, (m) => {
      const deps = m['dependencies'] as { enabledAdvancedServices: { userSymbol: string }[] };
      deps.enabledAdvancedServices = deps.enabledAdvancedServices.filter((s) => s.userSymbol !== 'Drive');
    });
    expect(await (await openRuntime({ distDir: noDrive })).call('hasDrive')).toBe('undefined');
    expect(await (await openRuntime({ distDir: project(CODE) })).call('hasDrive')).toBe('object');
  });

  it('openById needs spreadsheets, which neither manifest asks for', async () => {
    for (const from of [DIST_DIR, ADDON_DIR]) {
      const rt = await openRuntime({ distDir: project(CODE, from) });
      expect((await rt.run('openOther')).error?.message).toMatch(
        /^Specified permissions are not sufficient to call SpreadsheetApp\.openById\. Required permissions: https:\/\/www\.googleapis\.com\/auth\/spreadsheets$/,
      );
    }
  });

  it('--deny-scope: a declared scope the person did not grant gives "You do not have permission"', async () => {
    const dir = project(CODE);
    expect(await (await openRuntime({ distDir: dir })).call('mail')).toBe('sent');
    const denied = await openRuntime({ distDir: dir, denyScopes: [SCOPE.sendMail] });
    expect((await denied.run('mail')).error?.message).toBe(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
  });

  it('a denied scope of an advanced service answers as its API does', async () => {
    const rt = await openRuntime({ distDir: project(CODE), denyScopes: [SCOPE.driveFile] });
    expect((await rt.run('folderByAdvanced')).error?.message).toBe(
      'API call to drive.files.list failed with error: Request had insufficient authentication scopes.',
    );
  });

  it('every row names a Google reference page; exact rows win over prefixes', () => {
    for (const r of SCOPE_TABLE) expect(r.url).toMatch(/^https:\/\/developers\.google\.com\//);
    expect(scopeRow('SpreadsheetApp.openById')?.anyOf).toEqual([SCOPE.spreadsheets]);
    expect(scopeRow('SpreadsheetApp.getRange')?.anyOf).toContain(SCOPE.spreadsheetsCurrent);
    expect(scopeRow('Nothing.known')).toBeUndefined();
  });
});
