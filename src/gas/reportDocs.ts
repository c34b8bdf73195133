// The DocumentService port: the report docs (DocumentApp, gas/document.ts) and their folder (the Drive
// advanced service, gas/drive.ts: DriveApp is not covered by drive.file). Each port method is the one
// adapter call it names, so the call counts stay those of the adapters.
import type { DocumentService, DriveFile, DriveFolder, ReportDoc } from '../app/ports';
import { createDoc, openDoc, saveAndClose, writeBlocks } from './document';
import { docIdsByName, type DriveFolder as Folder, moveInto, pdfOf, reportFolder, trashFile } from './drive';

type Document = GoogleAppsScript.Document.Document;

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
    return this.folder.id;
  }
  name(): string {
    return this.folder.name;
  }
}

/** A report doc by id: moving it needs no lookup first; its PDF comes from the Document (getAs). */
function driveFile(id: string): DriveFile {
  return {
    moveTo: (folder) => {
      if (!(folder instanceof GasFolder)) throw new Error('Not a Drive folder of this adapter');
      moveInto(id, folder.folder);
    },
    pdf: (name) => ({ name: `${name}.pdf`, content: pdfOf(id, name) }),
    trash: () => trashFile(id),
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
  file: (id) => driveFile(id),
};
