// The DocumentService port: the report docs (DocumentApp, gas/document.ts) and their folder (DriveApp,
// gas/drive.ts). Each port method is the one adapter call it names, so the call counts stay those of
// the adapters.
import type { DocumentService, DriveFile, DriveFolder, ReportDoc } from '../app/ports';
import { createDoc, openDoc, saveAndClose, writeBlocks } from './document';
import { docIdsByName, fileById, moveInto, pdfOf, reportFolder } from './drive';

type Document = GoogleAppsScript.Document.Document;
type Folder = GoogleAppsScript.Drive.Folder;
type File = GoogleAppsScript.Drive.File;

function reportDoc(doc: Document): ReportDoc {
  return {
    id: () => doc.getId(),
    url: () => doc.getUrl(),
    write: (blocks) => writeBlocks(doc, blocks),
    saveAndClose: () => saveAndClose(doc),
  };
}

class GasFolder implements DriveFolder {
  constructor(readonly folder: Folder) {}
  id(): string {
    return this.folder.getId();
  }
  name(): string {
    return this.folder.getName();
  }
}

function driveFile(file: File): DriveFile {
  return {
    moveTo: (folder) => {
      if (!(folder instanceof GasFolder)) throw new Error('Not a Drive folder of this adapter');
      moveInto(file, folder.folder);
    },
    pdf: (name) => ({ name: `${name}.pdf`, content: pdfOf(file, name) }),
  };
}

export const gasDocuments: DocumentService = {
  open: (id) => {
    const doc = openDoc(id);
    return doc ? reportDoc(doc) : null;
  },
  create: (name) => reportDoc(createDoc(name)),
  idsByName: docIdsByName,
  folder: (setting, rememberedId) => {
    const f = reportFolder(setting, rememberedId);
    return f ? new GasFolder(f) : null;
  },
  file: (id) => {
    const f = fileById(id);
    return f ? driveFile(f) : null;
  },
};
