// The ONE scope table: for every faked method, the OAuth scopes Google's reference page lists for it
// ("Scripts that use this method require authorization with one or more of the following scopes"), any
// one of which lets the call through, and the page that says so. A row is a method name as the meter
// counts it ('DriveApp.getFolderById') or a prefix ending in '.*' ('SpreadsheetApp.*'); an exact row wins
// over a prefix. `anyOf: []` means the reference lists no scope. A method with no row is a bug of this
// table: the runtime throws, so a new fake method cannot slip through unchecked.
//
// R/ = https://developers.google.com/apps-script/reference/, CAL/ = https://developers.google.com/calendar/api/v3/reference/,
// DRV/ = https://developers.google.com/drive/api/reference/rest/v3/

export const SCOPE = {
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  spreadsheetsCurrent: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  documents: 'https://www.googleapis.com/auth/documents',
  documentsCurrent: 'https://www.googleapis.com/auth/documents.currentonly',
  drive: 'https://www.googleapis.com/auth/drive',
  driveReadonly: 'https://www.googleapis.com/auth/drive.readonly',
  driveFile: 'https://www.googleapis.com/auth/drive.file',
  calendar: 'https://www.googleapis.com/auth/calendar',
  calendarReadonly: 'https://www.googleapis.com/auth/calendar.readonly',
  calendarEvents: 'https://www.googleapis.com/auth/calendar.events',
  calendarEventsReadonly: 'https://www.googleapis.com/auth/calendar.events.readonly',
  calendarAppCreated: 'https://www.googleapis.com/auth/calendar.app.created',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  email: 'https://www.googleapis.com/auth/userinfo.email',
} as const;

export interface ScopeRow {
  /** 'Service.method' as the meter counts it, or 'Prefix.*'. */
  method: string;
  /** Any one of these scopes allows the call; [] = none needed. */
  anyOf: string[];
  /** The Google page that lists the scopes. */
  url: string;
  /** An advanced (REST) service: refused with the API's error, not Apps Script's. */
  api?: string;
}

const R = 'https://developers.google.com/apps-script/reference/';
const CAL = 'https://developers.google.com/calendar/api/v3/reference/';
const DRV = 'https://developers.google.com/drive/api/reference/rest/v3/';
const S = SCOPE;
const sheets = [S.spreadsheetsCurrent, S.spreadsheets];
const docs = [S.documentsCurrent, S.documents];
const calWrite = [S.calendar, S.calendarEvents, S.calendarAppCreated];
const calRead = [...calWrite, S.calendarReadonly, S.calendarEventsReadonly];
const driveRead = [S.driveReadonly, S.drive];
// Drive API v3 files.*: drive.file is listed for every method (DRV/files/<method>, "Authorization scopes").
const driveV3 = [S.drive, S.driveFile];
const none: string[] = [];

/**
 * An advanced (REST) service's method, 'Service.Resource.method': its reference page and the API name in
 * Google's refusal follow from it (the services' `remove` is the REST method `delete`).
 */
function advanced(method: string, anyOf: string[]): ScopeRow {
  const [service = '', resource = '', name = ''] = method.split('.');
  const path = `${resource.toLowerCase()}/${name === 'remove' ? 'delete' : name}`;
  const base = service === 'Calendar' ? CAL : DRV;
  return { method, anyOf, url: base + path, api: `${service.toLowerCase()}.${path.replace('/', '.')}` };
}

export const SCOPE_TABLE: readonly ScopeRow[] = [
  // SpreadsheetApp: every method of the active spreadsheet and its sheets/ranges lists currentonly or spreadsheets…
  { method: 'SpreadsheetApp.*', anyOf: sheets, url: `${R}spreadsheet/spreadsheet-app#getactivespreadsheet` },
  // …but opening a spreadsheet by id lists only spreadsheets (users report openById fails under currentonly
  // even with the open file's own id, APPS-SCRIPT-FACTS §8).
  {
    method: 'SpreadsheetApp.openById',
    anyOf: [S.spreadsheets],
    url: `${R}spreadsheet/spreadsheet-app#openbyidid`,
  },
  {
    method: 'SpreadsheetApp.openByUrl',
    anyOf: [S.spreadsheets],
    url: `${R}spreadsheet/spreadsheet-app#openbyurlurl`,
  },
  {
    method: 'SpreadsheetApp.create',
    anyOf: [S.spreadsheets],
    url: `${R}spreadsheet/spreadsheet-app#createname`,
  },
  {
    method: 'SpreadsheetApp.newDataValidation',
    anyOf: none,
    url: `${R}spreadsheet/spreadsheet-app#newdatavalidation`,
  },
  { method: 'SpreadsheetApp.flush', anyOf: none, url: `${R}spreadsheet/spreadsheet-app#flush` },
  // DriveApp (basic service): reads list drive.readonly or drive, writes only drive; never drive.file.
  { method: 'DriveApp.*', anyOf: [S.drive], url: `${R}drive/drive-app#createfoldername` },
  { method: 'DriveApp.getFolderById', anyOf: driveRead, url: `${R}drive/drive-app#getfolderbyidid` },
  { method: 'DriveApp.getFoldersByName', anyOf: driveRead, url: `${R}drive/drive-app#getfoldersbynamename` },
  { method: 'DriveApp.getFileById', anyOf: driveRead, url: `${R}drive/drive-app#getfilebyidid` },
  { method: 'DriveApp.getFilesByName', anyOf: driveRead, url: `${R}drive/drive-app#getfilesbynamename` },
  { method: 'DriveApp.getRootFolder', anyOf: driveRead, url: `${R}drive/drive-app#getrootfolder` },
  { method: 'File.*', anyOf: driveRead, url: `${R}drive/file` },
  { method: 'File.moveTo', anyOf: [S.drive], url: `${R}drive/file#movetodestination` },
  { method: 'File.setTrashed', anyOf: [S.drive], url: `${R}drive/file#settrashedtrashed` },
  { method: 'File.setName', anyOf: [S.drive], url: `${R}drive/file#setnamename` },
  { method: 'Folder.*', anyOf: driveRead, url: `${R}drive/folder` },
  { method: 'Folder.setTrashed', anyOf: [S.drive], url: `${R}drive/folder#settrashedtrashed` },
  { method: 'FileIterator.*', anyOf: driveRead, url: `${R}drive/file-iterator` },
  { method: 'FolderIterator.*', anyOf: driveRead, url: `${R}drive/folder-iterator` },
  // Drive advanced service (Drive API v3): what drive.file covers ("using the Apps Script Advanced Google
  // Drive Service", https://developers.google.com/workspace/add-ons/concepts/workspace-scopes).
  advanced('Drive.Files.list', [...driveV3, S.driveReadonly]),
  advanced('Drive.Files.get', [...driveV3, S.driveReadonly]),
  advanced('Drive.Files.create', driveV3),
  advanced('Drive.Files.update', driveV3),
  advanced('Drive.Files.remove', driveV3),
  // DocumentApp: create and openById list documents; a Document's own methods also documents.currentonly.
  { method: 'DocumentApp.create', anyOf: [S.documents], url: `${R}document/document-app#createname` },
  { method: 'DocumentApp.openById', anyOf: [S.documents], url: `${R}document/document-app#openbyidid` },
  { method: 'Document.*', anyOf: docs, url: `${R}document/document` },
  { method: 'Body.*', anyOf: docs, url: `${R}document/body` },
  { method: 'Paragraph.*', anyOf: docs, url: `${R}document/paragraph` },
  { method: 'Table.*', anyOf: docs, url: `${R}document/table` },
  { method: 'TableRow.*', anyOf: docs, url: `${R}document/table-row` },
  { method: 'TableCell.*', anyOf: docs, url: `${R}document/table-cell` },
  { method: 'Text.*', anyOf: docs, url: `${R}document/text` },
  { method: 'Blob.*', anyOf: none, url: `${R}base/blob` },
  // Calendar advanced service (Calendar API v3), CAL/<resource>/<method>, "Authorization".
  advanced('Calendar.Events.list', calRead),
  advanced('Calendar.Events.get', calRead),
  advanced('Calendar.Events.insert', calWrite),
  advanced('Calendar.Events.update', calWrite),
  advanced('Calendar.Events.patch', calWrite),
  advanced('Calendar.Events.remove', calWrite),
  advanced('Calendar.Calendars.insert', [S.calendar, S.calendarAppCreated]),
  advanced('Calendar.Calendars.get', [S.calendar, S.calendarReadonly, S.calendarAppCreated]),
  // MailApp
  { method: 'MailApp.*', anyOf: [S.sendMail], url: `${R}mail/mail-app#sendemailmessage` },
  {
    method: 'MailApp.getRemainingDailyQuota',
    anyOf: [S.sendMail],
    url: `${R}mail/mail-app#getremainingdailyquota`,
  },
  // ScriptApp: triggers list script.scriptapp; the authorization helpers list none.
  { method: 'ScriptApp.*', anyOf: [S.scriptApp], url: `${R}script/script-app#newtriggerfunctionname` },
  {
    method: 'ScriptApp.getAuthorizationInfo',
    anyOf: none,
    url: `${R}script/script-app#getauthorizationinfoauthmode`,
  },
  {
    method: 'ScriptApp.requireAllScopes',
    anyOf: none,
    url: `${R}script/script-app#requireallscopesauthmode`,
  },
  {
    method: 'ScriptApp.requireScopes',
    anyOf: none,
    url: `${R}script/script-app#requirescopesauthmode,-oauthscopes`,
  },
  { method: 'AuthorizationInfo.*', anyOf: none, url: `${R}script/authorization-info` },
  { method: 'ScriptApp.getService', anyOf: none, url: `${R}script/script-app#getservice` },
  { method: 'Service.*', anyOf: none, url: `${R}script/service` },
  { method: 'TriggerBuilder.*', anyOf: [S.scriptApp], url: `${R}script/trigger-builder` },
  { method: 'ClockTriggerBuilder.*', anyOf: [S.scriptApp], url: `${R}script/clock-trigger-builder` },
  { method: 'Trigger.*', anyOf: [S.scriptApp], url: `${R}script/trigger` },
  // Session: the user's e-mail lists userinfo.email; the rest none.
  { method: 'Session.getActiveUser', anyOf: [S.email], url: `${R}base/session#getactiveuser` },
  { method: 'Session.getEffectiveUser', anyOf: [S.email], url: `${R}base/session#geteffectiveuser` },
  { method: 'Session.*', anyOf: none, url: `${R}base/session` },
  { method: 'User.*', anyOf: [S.email], url: `${R}base/user#getemail` },
  // Ui: dialogs and sidebars list script.container.ui; menus and alerts list none.
  { method: 'Ui.*', anyOf: none, url: `${R}base/ui` },
  { method: 'Ui.showSidebar', anyOf: [S.containerUi], url: `${R}base/ui#showsidebaruserinterface` },
  {
    method: 'Ui.showModalDialog',
    anyOf: [S.containerUi],
    url: `${R}base/ui#showmodaldialoguserinterface,-title`,
  },
  {
    method: 'Ui.showModelessDialog',
    anyOf: [S.containerUi],
    url: `${R}base/ui#showmodelessdialoguserinterface,-title`,
  },
  // Services the reference lists no scope for.
  { method: 'Utilities.*', anyOf: none, url: `${R}utilities/utilities` },
  { method: 'XmlService.*', anyOf: none, url: `${R}xml-service/xml-service` },
  { method: 'PropertiesService.*', anyOf: none, url: `${R}properties/properties-service` },
  { method: 'Properties.*', anyOf: none, url: `${R}properties/properties` },
  { method: 'LockService.*', anyOf: none, url: `${R}lock/lock-service` },
  { method: 'Lock.*', anyOf: none, url: `${R}lock/lock` },
  { method: 'CacheService.*', anyOf: none, url: `${R}cache/cache-service` },
  { method: 'Cache.*', anyOf: none, url: `${R}cache/cache` },
  { method: 'HtmlService.*', anyOf: none, url: `${R}html/html-service` },
  { method: 'HtmlOutput.*', anyOf: none, url: `${R}html/html-output` },
  { method: 'HtmlTemplate.*', anyOf: none, url: `${R}html/html-template` },
  ...[
    'CardService',
    'CardBuilder',
    'CardHeader',
    'CardSection',
    'DecoratedText',
    'TextParagraph',
    'TextButton',
    'ButtonSet',
    'Action',
    'ActionResponseBuilder',
    'Navigation',
    'Notification',
    'EditorFileScopeActionResponseBuilder',
    'Divider',
  ].map((p) => ({ method: `${p}.*`, anyOf: none, url: `${R}card-service/card-service` })),
];

const exact = new Map(SCOPE_TABLE.filter((r) => !r.method.endsWith('.*')).map((r) => [r.method, r]));
const prefixes = SCOPE_TABLE.filter((r) => r.method.endsWith('.*'))
  .map((r) => ({ prefix: r.method.slice(0, -1), row: r }))
  .sort((a, b) => b.prefix.length - a.prefix.length);

/** The row for a counted method name, or undefined when the table has none. */
export function scopeRow(method: string): ScopeRow | undefined {
  return exact.get(method) ?? prefixes.find((p) => method.startsWith(p.prefix))?.row;
}

/** The scopes the running script holds: the manifest's oauthScopes minus what the person did not tick. */
export class Grant {
  private readonly held: Set<string>;

  constructor(
    readonly declared: readonly string[],
    readonly denied: readonly string[] = [],
  ) {
    this.held = new Set(declared.filter((s) => !denied.includes(s)));
  }

  has(scope: string): boolean {
    return this.held.has(scope);
  }

  /** The declared scopes the person did not grant (ScriptApp.getAuthorizationInfo's list). */
  missing(): string[] {
    return this.declared.filter((s) => !this.held.has(s));
  }

  /**
   * Throws Google's authorization error when no scope the method needs is held.
   * Not in the manifest: "Specified permissions are not sufficient to call X. Required permissions: (a || b)";
   * declared but not granted (granular consent): "You do not have permission to call X. Required
   * permissions: …" — both seen in real logs (APPS-SCRIPT-FACTS §8). An advanced service answers as its
   * REST API does: "API call to drive.files.list failed with error: Request had insufficient
   * authentication scopes." (the API's 403 insufficientPermissions message).
   */
  check(method: string): void {
    const row = scopeRow(method);
    if (!row) throw new Error(`localgas: no scope row for ${method} (add it to localgas/scopes.ts)`);
    if (row.anyOf.length === 0 || row.anyOf.some((s) => this.held.has(s))) return;
    if (row.api)
      throw new Error(
        `API call to ${row.api} failed with error: Request had insufficient authentication scopes.`,
      );
    const name = callName(method);
    const required = row.anyOf.length === 1 ? row.anyOf[0] : `(${row.anyOf.join(' || ')})`;
    const declaredAny = row.anyOf.some((s) => this.declared.includes(s));
    throw new Error(
      declaredAny
        ? `You do not have permission to call ${name}. Required permissions: ${required}`
        : `Specified permissions are not sufficient to call ${name}. Required permissions: ${required}`,
    );
  }
}

/** The name Apps Script prints: 'SpreadsheetApp.getRange' → 'Sheet.getRange' is unknowable here; keep ours. */
function callName(method: string): string {
  return method.replace(/^Ui\.Menu\./, 'Menu.');
}
