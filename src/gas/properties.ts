// PropertiesService adapter: the plan's small state (what was sent, where a run stopped, its calendar).
// It lives in the spreadsheet's document properties: an add-on's script properties are shared by every
// document using it (G/guides/properties). Document properties are null outside a bound script or an
// add-on (R/properties/properties-service); script properties stand in there.

// The store is a port (app/ports.ts StoreOpener): use cases never choose which properties they use.
import type { KeyValueStore } from '../app/ports';
import { runsAsAddOn } from './session';

export type { KeyValueStore } from '../app/ports';

type Properties = GoogleAppsScript.Properties.Properties;

/**
 * The plan's store: its document properties, or the script's where there are none (outside a bound
 * script or an add-on). Script properties are shared by every document of an add-on.
 */
export function planStore(): KeyValueStore {
  const doc = PropertiesService.getDocumentProperties();
  if (!doc) return storeOf(PropertiesService.getScriptProperties());
  const store = storeOf(doc);
  if (!moveDue) return readThrough(doc, store);
  // The first read of the execution reads every property at once — one call, as the one read it stands
  // for would be — and the done-mark comes with it: after the move, no run pays a call for it.
  const first = (): Record<string, string> => {
    moveDue = false;
    return moveOldState(doc, doc.getProperties());
  };
  return {
    ...store,
    get: (k) => (moveDue ? (first()[k] ?? null) : store.get(k)),
    all: () => (moveDue ? first() : store.all()),
  };
}

// --- The one-time move of an old bound install's state ------------------------------------------------
// Before the plan's state moved to document properties, planbook kept it all in script properties. A
// bound install updated since would find its document properties empty: a second calendar, every
// reminder again. So the first read of the store in a writer run (under the plan's lock) moves the state
// over, once:
//   - only a bound script's (ScriptApp.getInstallationSource() NONE, R/script/installation-source): an
//     add-on's script properties are every document's, so no one document may take them;
//   - in ONE setProperties call, the done-mark with it: a kill before it leaves everything where it was,
//     a kill after it leaves only copies in script properties that nothing reads again;
//   - a key the document already has keeps its value there, and the old one stays in script properties
//     (nothing is overwritten, nothing is lost); the rest leaves script properties in one more call.

const MOVED_KEY = 'planbook:movedFromScript';
/** Set by the plan's lock once it is held (gas/lock.ts): the next read of the store checks the move. */
let moveDue = false;

/** The plan's lock is held: the first read of the store in this execution makes the one-time move. */
export function moveOldStateWhenOpened(): void {
  moveDue = true;
}

// --- Readers before the move ----------------------------------------------------------------------------
// A reader (status, the sidebar, the web app's GET: lock policy none) never makes the move: it takes no
// lock, so it never waits behind a long run (a teacher's answer page must not), and whether a bound web
// app even has a document lock is for a real account to tell (R/lock/lock-service#getDocumentLock(): null
// "from a standalone script or web app"). It writes nothing either — two readers at once could not race.
// Instead it reads through: the document's properties first, the old install's script properties for
// what the document does not have, until a writer has made the move (the done-mark is there). The first
// read is every property at once (one call, as the read it stands for); only an unmoved document pays the
// two calls of the fallback (the installation source, the script's properties), once per execution.

/** The old install's script properties while the document is unmoved ({} once moved or under an add-on). */
let unmoved: Record<string, string> | null = null;

function readThrough(doc: Properties, store: KeyValueStore): KeyValueStore {
  const first = (): Record<string, string> => {
    const have = doc.getProperties();
    if (unmoved === null) unmoved = MOVED_KEY in have || addOnOrUnknown() ? {} : scriptOld();
    return { ...unmoved, ...have };
  };
  let opened = false;
  const open = (): Record<string, string> | null => {
    if (opened) return null;
    opened = true;
    return first();
  };
  return {
    ...store,
    get: (k) => {
      const all = open();
      if (all) return all[k] ?? null;
      return store.get(k) ?? unmoved?.[k] ?? null;
    },
    all: () => open() ?? { ...unmoved, ...store.all() },
  };
}

function scriptOld(): Record<string, string> {
  return PropertiesService.getScriptProperties().getProperties();
}

/** The document's properties after the move (made now if it was not made before). */
function moveOldState(doc: Properties, have: Record<string, string>): Record<string, string> {
  if (MOVED_KEY in have) return have;
  const script = PropertiesService.getScriptProperties();
  const old = addOnOrUnknown() ? {} : script.getProperties();
  const moved: Record<string, string> = {};
  const kept: Record<string, string> = {};
  for (const [k, v] of Object.entries(old)) (k in have ? kept : moved)[k] = v;
  const count = Object.keys(moved).length;
  const mark = { [MOVED_KEY]: `${new Date().toISOString()} ${count}` };
  doc.setProperties({ ...moved, ...mark });
  unmoved = {};
  if (count) script.setProperties(kept, true);
  return { ...have, ...moved, ...mark };
}

/** An add-on (its script properties are shared); a bound script when Google cannot say (scope unticked). */
function addOnOrUnknown(): boolean {
  try {
    return runsAsAddOn();
  } catch {
    return false;
  }
}

/** The script's properties (R/properties/properties-service#getScriptProperties()). */
export function scriptStore(): KeyValueStore {
  return storeOf(PropertiesService.getScriptProperties());
}

function storeOf(p: Properties): KeyValueStore {
  return {
    get: (k) => p.getProperty(k),
    set: (k, v) => {
      p.setProperty(k, v);
    },
    setMany: (values) => {
      p.setProperties(values);
    },
    remove: (k) => {
      p.deleteProperty(k);
    },
    all: () => p.getProperties(),
  };
}

/**
 * The plan's own properties (PropertiesService.getDocumentProperties(), R/properties/properties-service):
 * they belong to the spreadsheet, so a copy of the script bound elsewhere never shares them. The same
 * store as planStore (the answer links' secret is opened through it), the one-time move included.
 */
export function documentStore(): KeyValueStore {
  return planStore();
}
