// Drive adapter: the report folder, finding a report doc by its name, moving it, and its PDF.
//
// Scopes, decided: the manifest asks for https://www.googleapis.com/auth/drive.file only (non-sensitive;
// …/auth/drive is restricted, https://developers.google.com/docs/api/auth), so this file uses the Drive
// ADVANCED service (Drive API v3, enabled in the manifest's enabledAdvancedServices), never DriveApp:
// - DriveApp's reference lists only …/auth/drive (drive.readonly for reads) for every method
//   (R/drive/drive-app), and Google's add-on scope guide says drive.file works "using the Apps Script
//   Advanced Google Drive Service. This doesn't allow similar actions using the basic Drive service"
//   (https://developers.google.com/workspace/add-ons/concepts/workspace-scopes);
// - Drive API v3 files.list/get/create/update all list drive.file
//   (https://developers.google.com/drive/api/reference/rest/v3/files/list and siblings);
// - the PDF comes from the Document itself (Document.getAs, R/document/document#getAs(String)).
// Under drive.file, Drive shows planbook only the files it created or opened: a report folder a person
// made in the Drive UI cannot be found by its name (planbook then makes its own, and says where).
// The code never depends on the folder for correctness: a failure to find, create or move into it leaves
// the doc where DocumentApp.create put it (My Drive root); the report is still built and says so.

const FOLDER_TYPE = 'application/vnd.google-apps.folder';
const DOC_TYPE = 'application/vnd.google-apps.document';

export interface DriveFolder {
  id: string;
  name: string;
}

function files(): GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection {
  if (!Drive)
    throw new Error('Drive advanced service is not enabled (appsscript.json enabledAdvancedServices)');
  return Drive.Files;
}

/** Drive ids are long base64url-ish strings; a folder *name* from the Settings is anything else. */
function looksLikeId(s: string): boolean {
  return /^[A-Za-z0-9_-]{20,}$/.test(s);
}

/** A string literal inside a Drive query (https://developers.google.com/drive/api/guides/search-files). */
function quoted(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function folderById(id: string): DriveFolder | null {
  try {
    const f = files().get(id, { fields: 'id,name,mimeType,trashed' });
    return f.mimeType === FOLDER_TYPE && !f.trashed ? { id: f.id!, name: f.name! } : null;
  } catch (_e) {
    // "API call to drive.files.get failed with error: File not found: <id>." (not ours, or gone)
    return null;
  }
}

/**
 * The report folder from the Settings value (an ID or a name). Found by the remembered id first, then
 * by ID or by name; created (in My Drive root) when there is none. Returns null only when the Settings
 * name an ID that cannot be opened.
 */
export function reportFolder(setting: string, rememberedId: string | null): DriveFolder | null {
  const wanted = setting.trim();
  if (looksLikeId(wanted)) return folderById(wanted);
  if (rememberedId) {
    const f = folderById(rememberedId);
    if (f && f.name === wanted) return f;
  }
  const found = files().list({
    q: `name = ${quoted(wanted)} and mimeType = '${FOLDER_TYPE}' and trashed = false`,
    fields: 'files(id,name)',
    pageSize: 1,
  }).files;
  const first = found?.[0];
  if (first) return { id: first.id!, name: first.name! };
  const made = files().create({ name: wanted, mimeType: FOLDER_TYPE });
  return { id: made.id!, name: made.name ?? wanted };
}

/** Ids of the Google Docs with exactly this name that are not in the trash, oldest first. */
export function docIdsByName(name: string): string[] {
  const found = files().list({
    q: `name = ${quoted(name)} and mimeType = '${DOC_TYPE}' and trashed = false`,
    fields: 'files(id)',
    orderBy: 'createdTime',
    pageSize: 10,
  }).files;
  return (found ?? []).map((f) => f.id!);
}

/** Puts the file into the folder (files.update addParents/removeParents); a no-op when it is there. */
export function moveInto(fileId: string, folder: DriveFolder): void {
  const f = files().get(fileId, { fields: 'parents' });
  const parents = f.parents ?? [];
  if (parents.length === 1 && parents[0] === folder.id) return;
  files().update({}, fileId, null as unknown as GoogleAppsScript.Base.Blob, {
    addParents: folder.id,
    removeParents: parents.join(','),
    fields: 'id,parents',
  });
}

/** The doc as a PDF blob, from the Document itself (call after saveAndClose, APPS-SCRIPT-FACTS §4). */
export function pdfOf(docId: string, name: string): GoogleAppsScript.Base.Blob {
  return DocumentApp.openById(docId)
    .getAs('application/pdf')
    .setName(name + '.pdf');
}

/** Moves a file to the trash (files.update trashed: true; a person can restore it). */
export function trashFile(fileId: string): void {
  files().update({ trashed: true }, fileId);
}
