// dist/Code.js is what Apps Script runs: one classic script whose entry points are top-level functions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../localgas/paths';
import type { UiFake } from '../../localgas/services/ui';
import { openRuntime } from '../helpers';

const code = readFileSync(join(DIST_DIR, 'Code.js'), 'utf8');
const manifest = JSON.parse(readFileSync(join(DIST_DIR, 'appsscript.json'), 'utf8'));

/** The functions src/main.ts exports (functions, and consts made from the operations table), read from its source. */
function exportedFromMain(): string[] {
  const src = readFileSync(join(DIST_DIR, '..', 'src', 'main.ts'), 'utf8');
  return [...src.matchAll(/^export (?:function|const) (\w+)/gm)].map((m) => m[1]!);
}

describe('dist/Code.js', () => {
  it('parses as a classic script: no import, export or require', () => {
    expect(() => new vm.Script(code)).not.toThrow();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('declares every export of src/main.ts as a top-level function', () => {
    const ctx = vm.createContext({});
    vm.runInContext(code, ctx);
    const names = exportedFromMain();
    expect(names).toContain('onOpen');
    for (const n of names) {
      expect(code).toMatch(new RegExp(`^function ${n}\\(`, 'm'));
      expect(typeof ctx[n]).toBe('function');
    }
  });

  it('uses only syntax up to ES2019 (no ?. or ?? left by the bundler)', () => {
    expect(code).not.toMatch(/\?\.[a-zA-Z_$[(]/);
    expect(code).not.toMatch(/[^?]\?\?[^?]/);
  });

  it('ships a V8 manifest in Europe/Moscow with explicit scopes', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/Moscow');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.oauthScopes.length).toBeGreaterThan(0);
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
  });
});

describe('onOpen in the emulator', () => {
  it('builds the «План мероприятий» menu whose items call existing top-level functions', async () => {
    const rt = await openRuntime();
    await rt.call('onOpen', { authMode: 'LIMITED' });
    const ui = (rt.service('spreadsheet') as unknown as { ui: UiFake }).ui;
    expect(ui.menus).toHaveLength(1);
    const menu = ui.menus[0]!;
    expect(menu.title).toBe('План мероприятий');
    const names = exportedFromMain();
    const items = menu.items.filter((i) => i.functionName);
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const item of items) expect(names).toContain(item.functionName);
  });

  it('speaks English to an English locale', async () => {
    const rt = await openRuntime({ session: { locale: 'en_US' } });
    await rt.call('onOpen', { authMode: 'LIMITED' });
    const ui = (rt.service('spreadsheet') as unknown as { ui: UiFake }).ui;
    expect(ui.menus[0]!.title).toBe('Event plan');
  });

  it('needs no authorization: in AuthMode.NONE it touches no authorized service', async () => {
    const rt = await openRuntime();
    await rt.call('onOpen', { authMode: 'NONE' });
    const used = Object.keys(rt.meter.snapshot().byMethod);
    expect(used.every((m) => m.startsWith('Ui.') || m.startsWith('SpreadsheetApp.getUi'))).toBe(true);
  });
});
