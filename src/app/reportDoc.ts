// The doc a report is written into, made once and rebuilt in place. Idempotent against a kill at any call:
//   1. the doc is remembered in script properties (key → doc id);
//   2. a doc created but not yet remembered (killed in between) is found again by its exact, stable name
//      anywhere in the Drive planbook can see, so a re-run never makes a second;
//   3. the caller writes the content whole, so a run killed half-way is completed by the next.
import { rt } from '../domain/texts/report';
import { type AppContext, log } from './context';
import type { KeyValueStore, ReportDoc } from './ports';

export const FOLDER_KEY = 'report:folder';

/** What every report's heading says of who and when: the day, the language, the school and its partner. */
export function reportHeading(ctx: AppContext) {
  return {
    today: ctx.today,
    lang: ctx.lang,
    schoolName: ctx.settings.get('schoolName'),
    partnerName: ctx.settings.get('partnerName'),
  };
}

export interface PlacedDoc {
  doc: ReportDoc;
  id: string;
  /** True when this run made the doc (false: an existing doc is rewritten). */
  created: boolean;
  /** The folder a new doc was put in, or null. */
  folder: string | null;
  /** A sentence for the message when the folder could not be used. */
  note: string;
}

export function reportDoc(ctx: AppContext, key: string, name: string): PlacedDoc {
  const store = ctx.store();
  const known = store.get(key);
  let doc = known ? ctx.documents.open(known) : null;
  if (doc && known) return { doc, id: known, created: false, folder: null, note: '' };
  // Not remembered (or deleted since): a doc of a killed run is found by its name; else make one.
  for (const id of ctx.documents.idsByName(name)) {
    doc = ctx.documents.open(id);
    if (doc) break;
  }
  let created = false;
  if (!doc) {
    doc = ctx.documents.create(name);
    created = true;
  }
  const id = doc.id();
  const placed = placeInFolder(ctx, id, store);
  // Remembered only once the doc is in its place: a kill before this re-finds it by name and re-places it.
  store.set(key, id);
  return { doc, id, created, folder: placed.folder, note: placed.note };
}

/** Moves a new doc into the report folder; the report never fails because of the folder. */
function placeInFolder(
  ctx: AppContext,
  docId: string,
  store: KeyValueStore,
): { folder: string | null; note: string } {
  const setting = ctx.settings.get('reportFolder');
  try {
    const remembered = store.get(FOLDER_KEY);
    const folder = ctx.documents.folder(setting, remembered);
    const file = folder ? ctx.documents.file(docId) : null;
    if (!folder || !file) return { folder: null, note: rt('folderFallback', ctx.lang, { folder: setting }) };
    const folderId = folder.id();
    if (folderId !== remembered) store.set(FOLDER_KEY, folderId);
    file.moveTo(folder);
    return { folder: folder.name(), note: '' };
  } catch (e) {
    log(ctx, rt('logReport', ctx.lang), e instanceof Error ? e.message : String(e));
    return { folder: null, note: rt('folderFallback', ctx.lang, { folder: setting }) };
  }
}
