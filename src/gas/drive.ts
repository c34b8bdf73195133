// DriveApp adapter: the report folder, finding a report doc by its name, moving it, and its PDF.
//
// Scopes, decided: the manifest keeps https://www.googleapis.com/auth/drive.file and does NOT ask for
// https://www.googleapis.com/auth/drive.
// - Google's DriveApp reference lists only …/auth/drive (and drive.readonly for reads) for its methods,
//   e.g. R/drive/folder#createFile(BlobSource) and R/drive/drive-app: drive.file is not listed for any
//   DriveApp method, so whether every call below works under drive.file alone is UNVERIFIED
//   (APPS-SCRIPT-FACTS §4).
// - The Docs API scope page (https://developers.google.com/docs/api/auth) recommends drive.file
//   ("only the specific Google Drive files you use with this app", non-sensitive), while …/auth/drive is a
//   restricted scope that a published add-on (issue 8) would need a security assessment for.
// - planbook only touches what it created: the report folder (created by it, or named by ID in the
//   Settings) and the docs it created, so drive.file is the scope that states what it does.
// Because of the UNVERIFIED point the code never depends on the folder for correctness: a failure to
// find, create or move into the folder leaves the doc where DocumentApp.create put it (My Drive root),
// the report is still built, and the result says so. The doc itself is found again by its id (script
// properties) or by its exact name anywhere in the Drive we can see.

// MimeType.GOOGLE_DOCS and MimeType.PDF as their strings (R/base/mime-type): the name MimeType is also
// the DOM's, which the Node-side type check (cli/api.ts imports src/main.ts's types) sees instead.
const GOOGLE_DOCS = 'application/vnd.google-apps.document';
const PDF = 'application/pdf';

type Folder = GoogleAppsScript.Drive.Folder;
type File = GoogleAppsScript.Drive.File;

/** Drive ids are long base64url-ish strings; a folder *name* from the Settings is anything else. */
function looksLikeId(s: string): boolean {
  return /^[A-Za-z0-9_-]{20,}$/.test(s);
}

export function folderById(id: string): Folder | null {
  try {
    return DriveApp.getFolderById(id);
  } catch (_e) {
    // "No item with the given ID could be found, or you do not have permission to access it." (R/drive/drive-app)
    return null;
  }
}

/**
 * The report folder from the Settings value (an ID or a name). Found by the remembered id first, then
 * by ID or by name; created (in My Drive root) when there is none. Returns null only when the Settings
 * name an ID that cannot be opened.
 */
export function reportFolder(setting: string, rememberedId: string | null): Folder | null {
  const wanted = setting.trim();
  if (looksLikeId(wanted)) return folderById(wanted);
  if (rememberedId) {
    const f = folderById(rememberedId);
    if (f && !f.isTrashed() && f.getName() === wanted) return f;
  }
  const it = DriveApp.getFoldersByName(wanted);
  while (it.hasNext()) {
    const f = it.next();
    if (!f.isTrashed()) return f;
  }
  return DriveApp.createFolder(wanted);
}

export function fileById(id: string): File | null {
  try {
    return DriveApp.getFileById(id);
  } catch (_e) {
    return null;
  }
}

/** Ids of the Google Docs with exactly this name that are not in the trash, oldest first as Drive lists them. */
export function docIdsByName(name: string): string[] {
  const ids: string[] = [];
  const it = DriveApp.getFilesByName(name);
  while (it.hasNext()) {
    const f = it.next();
    if (!f.isTrashed() && f.getMimeType() === GOOGLE_DOCS) ids.push(f.getId());
  }
  return ids;
}

/** Puts the file into the folder (File.moveTo: R/drive/file#moveTo(Folder)); a no-op when it is there. */
export function moveInto(file: File, folder: Folder): void {
  file.moveTo(folder);
}

/** The doc as a PDF blob (call after saveAndClose, APPS-SCRIPT-FACTS §4). */
export function pdfOf(file: File, name: string): GoogleAppsScript.Base.Blob {
  return file.getAs(PDF).setName(name + '.pdf');
}
