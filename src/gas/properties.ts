// PropertiesService adapter: the script's own small state (what was sent, where a run stopped).
// Document properties would be natural for a bound script, but they are null outside bound scripts
// and add-ons (R/properties/properties-service); script properties work in both.

export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  setMany(values: Record<string, string>): void;
  remove(key: string): void;
  all(): Record<string, string>;
}

export function scriptStore(): KeyValueStore {
  return storeOf(PropertiesService.getScriptProperties());
}

function storeOf(p: GoogleAppsScript.Properties.Properties): KeyValueStore {
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
