// PropertiesService adapter: the script's own small state (what was sent, where a run stopped).
// Document properties would be natural for a bound script, but they are null outside bound scripts
// and add-ons (R/properties/properties-service); script properties work in both.

// The store is a port (app/ports.ts StoreOpener): use cases never choose which properties they use.
import type { KeyValueStore } from '../app/ports';

export type { KeyValueStore } from '../app/ports';

type Properties = GoogleAppsScript.Properties.Properties;

/**
 * The plan's store: its document properties, or the script's where there are none (outside a bound
 * script or an add-on). Script properties are shared by every document of an add-on.
 */
export function planStore(): KeyValueStore {
  return storeOf(PropertiesService.getDocumentProperties() ?? PropertiesService.getScriptProperties());
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
 * they belong to the spreadsheet, so a copy of the script bound elsewhere never shares them. Null outside
 * a bound script or add-on; then the script's properties stand in.
 */
export function documentStore(): KeyValueStore {
  return storeOf(PropertiesService.getDocumentProperties() ?? PropertiesService.getScriptProperties());
}
