// The plan's cache port over CacheService.getDocumentCache(): "Gets the cache instance scoped to the
// current document and script … null if there is no containing document" (R/cache/cache-service), so
// a Workspace add-on's time-driven run, which has no document, caches nothing.
import type { CacheOpener } from '../app/ports';

export const documentCache: CacheOpener = () => {
  const cache = CacheService.getDocumentCache();
  if (!cache) return null;
  return {
    get: (key) => cache.get(key),
    put: (key, value, seconds) => cache.put(key, value, seconds),
    remove: (key) => cache.remove(key),
  };
};
