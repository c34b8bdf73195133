// The manifest the bundle ships with (appsscript.json next to Code.js): which scopes the script asks for
// and which advanced services it enabled. The runtime grants exactly those (scopes.ts Grant) and puts an
// advanced service's global (Calendar, Drive) into the script only when the manifest enables it, as Apps
// Script does (https://developers.google.com/apps-script/guides/services/advanced: "you must enable it").
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Manifest {
  /** null when the manifest sets none (Apps Script then detects scopes from the code: nothing to enforce). */
  oauthScopes: string[] | null;
  /** userSymbol of each enabled advanced service, e.g. 'Calendar'. */
  advancedServices: string[];
  /** The manifest declares an add-on (addOns section). */
  addOn: boolean;
}

/** Globals that are advanced services: present only when the manifest enables them. */
export const ADVANCED_SERVICES = new Set(['Calendar', 'Drive']);

export function readManifest(distDir: string): Manifest {
  const path = join(distDir, 'appsscript.json');
  if (!existsSync(path)) return { oauthScopes: null, advancedServices: [...ADVANCED_SERVICES], addOn: false };
  const m = JSON.parse(readFileSync(path, 'utf8')) as {
    oauthScopes?: string[];
    dependencies?: { enabledAdvancedServices?: { userSymbol: string }[] };
    addOns?: unknown;
  };
  return {
    oauthScopes: Array.isArray(m.oauthScopes) ? m.oauthScopes : null,
    advancedServices: (m.dependencies?.enabledAdvancedServices ?? []).map((s) => s.userSymbol),
    addOn: m.addOns !== undefined,
  };
}
