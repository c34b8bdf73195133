// PropertiesService: script, user and document stores, kept in <state>/properties.json.
import { type FakeService, type ServiceContext, sharedInstall } from '../service';

type Store = Record<string, string>;
type Props = Pick<
  GoogleAppsScript.Properties.Properties,
  | 'getProperty'
  | 'setProperty'
  | 'deleteProperty'
  | 'getProperties'
  | 'setProperties'
  | 'getKeys'
  | 'deleteAllProperties'
>;

const VALUE_LIMIT = 9 * 1024; // quotas page: 9 KB per value
const STORE_LIMIT = 500 * 1024; // 500 KB per store
const QUOTA_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

export class PropertiesFake implements FakeService {
  readonly name = 'properties';
  stores: Record<'script' | 'user' | 'document', Store> = { script: {}, user: {}, document: {} };

  constructor(private readonly ctx: ServiceContext) {}

  async load(): Promise<void> {
    this.stores = { ...this.stores, ...this.ctx.workspace.readState('properties', this.stores) };
    this.loadShared();
  }

  /** With --install, script properties live there, shared by every workspace of the install. */
  private loadShared(): void {
    const install = sharedInstall(this.ctx);
    if (install) this.stores.script = install.readState('script-properties', {} as Store);
  }

  beginExecution(): void {
    // Another workspace of the same install may have written since: read the shared store afresh.
    this.loadShared();
  }

  endExecution(): void {
    sharedInstall(this.ctx)?.writeState('script-properties', this.stores.script);
  }

  async save(): Promise<void> {
    const install = sharedInstall(this.ctx);
    if (install) install.writeState('script-properties', this.stores.script);
    this.ctx.workspace.writeState('properties', install ? { ...this.stores, script: {} } : this.stores);
  }

  globals(): Record<string, unknown> {
    const hit = (m: string) => this.ctx.meter.hit(`PropertiesService.${m}`);
    const counted = <T>(m: string, f: () => T): T => {
      hit(m);
      return f();
    };
    return {
      PropertiesService: {
        getScriptProperties: () => counted('getScriptProperties', () => this.props('script')),
        getUserProperties: () => counted('getUserProperties', () => this.props('user')),
        getDocumentProperties: () => counted('getDocumentProperties', () => this.props('document')),
      },
    };
  }

  private props(kind: 'script' | 'user' | 'document'): Props {
    const hit = (m: string) => this.ctx.meter.hit(`Properties.${m}`);
    const counted = <T>(m: string, f: () => T): T => {
      hit(m);
      return f();
    };
    const store = () => this.stores[kind];
    const check = (next: Store) => {
      let size = 0;
      for (const [k, v] of Object.entries(next)) {
        if (k.length + v.length > VALUE_LIMIT) throw new Error(QUOTA_MESSAGE);
        size += k.length + v.length;
      }
      if (size > STORE_LIMIT) throw new Error(QUOTA_MESSAGE);
    };
    const api: Props = {
      getProperty: (key) => counted('getProperty', () => store()[key] ?? null),
      setProperty: (key, value) => {
        hit('setProperty');
        const next = { ...store(), [key]: String(value) };
        check(next);
        this.stores[kind] = next;
        return api as GoogleAppsScript.Properties.Properties;
      },
      deleteProperty: (key) => {
        hit('deleteProperty');
        const next = { ...store() };
        delete next[key];
        this.stores[kind] = next;
        return api as GoogleAppsScript.Properties.Properties;
      },
      getProperties: () => counted('getProperties', () => ({ ...store() })),
      setProperties: (values: Record<string, string>, deleteAllOthers?: boolean) => {
        hit('setProperties');
        const next = deleteAllOthers ? {} : { ...store() };
        for (const [k, v] of Object.entries(values)) next[k] = String(v);
        check(next);
        this.stores[kind] = next;
        return api as GoogleAppsScript.Properties.Properties;
      },
      getKeys: () => counted('getKeys', () => Object.keys(store())),
      deleteAllProperties: () => {
        hit('deleteAllProperties');
        this.stores[kind] = {};
        return api as GoogleAppsScript.Properties.Properties;
      },
    };
    return api;
  }
}
