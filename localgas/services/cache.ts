// CacheService: per-execution-surviving caches with expiry on the emulator clock (<state>/cache.json).
import type { FakeService, ServiceContext } from '../service';

type Entry = { value: string; expires: number };
type Cache = Pick<GoogleAppsScript.Cache.Cache, 'get' | 'put' | 'remove' | 'getAll' | 'putAll' | 'removeAll'>;

const MAX_KEY = 250;
const MAX_VALUE = 100 * 1024;
const MAX_ITEMS = 1000;
const DEFAULT_TTL = 600;
const MAX_TTL = 21600;

export class CacheFake implements FakeService {
  readonly name = 'cache';
  caches: Record<string, Record<string, Entry>> = {};

  constructor(private readonly ctx: ServiceContext) {}

  async load(): Promise<void> {
    this.caches = this.ctx.workspace.readState('cache', {});
  }
  async save(): Promise<void> {
    this.ctx.workspace.writeState('cache', this.caches);
  }

  globals(): Record<string, unknown> {
    const hit = (m: string) => this.ctx.meter.hit(`CacheService.${m}`);
    const counted = <T>(m: string, f: () => T): T => {
      hit(m);
      return f();
    };
    return {
      CacheService: {
        getScriptCache: () => counted('getScriptCache', () => this.cache('script')),
        getUserCache: () => counted('getUserCache', () => this.cache('user')),
        // "Gets the cache instance scoped to the current document and script … null if there is no
        // containing document" (R/cache/cache-service#getDocumentCache()): a Workspace add-on's
        // time-driven run has none (as SpreadsheetApp has no active spreadsheet there).
        getDocumentCache: () =>
          counted('getDocumentCache', () =>
            this.ctx.host === 'workspace-addon' && this.ctx.execution?.kind === 'time'
              ? null
              : this.cache('document'),
          ),
      },
    };
  }

  private cache(kind: string): Cache {
    const hit = (m: string) => this.ctx.meter.hit(`Cache.${m}`);
    const counted = <T>(m: string, f: () => T): T => {
      hit(m);
      return f();
    };
    const now = () => this.ctx.clock.now();
    const items = () => {
      this.caches[kind] ??= {};
      const c = this.caches[kind];
      for (const [k, e] of Object.entries(c)) if (e.expires <= now()) delete c[k];
      return c;
    };
    const put = (key: string, value: string, ttl = DEFAULT_TTL) => {
      if (key.length > MAX_KEY) throw new Error(`Argument too large: key`);
      if (value.length > MAX_VALUE) throw new Error(`Argument too large: value`);
      const secs = Math.min(Math.max(1, ttl), MAX_TTL);
      const c = items();
      c[key] = { value: String(value), expires: now() + secs * 1000 };
      const keys = Object.keys(c);
      if (keys.length > MAX_ITEMS) delete c[keys[0]!];
    };
    const api: Cache = {
      get: (key) => counted('get', () => items()[key]?.value ?? null),
      put: (key: string, value: string, ttl?: number) => {
        hit('put');
        put(key, value, ttl);
      },
      remove: (key) => {
        hit('remove');
        delete items()[key];
      },
      getAll: (keys) => {
        hit('getAll');
        const c = items();
        const out: Record<string, string> = {};
        for (const k of keys) if (c[k]) out[k] = c[k].value;
        return out;
      },
      putAll: (values: Record<string, string>, ttl?: number) => {
        hit('putAll');
        for (const [k, v] of Object.entries(values)) put(k, v, ttl);
      },
      removeAll: (keys) => {
        hit('removeAll');
        const c = items();
        for (const k of keys) delete c[k];
      },
    };
    return api;
  }
}
