// Builds the two products of this repository:
//  - dist/: the Apps Script project (Code.js, appsscript.json, dialogs' .html) that `clasp push` uploads;
//  - .build/: the local Workspace (emulator, CLI, benchmarks) for Node.
// The entry points of dist/Code.js are read from what src/main.ts exports, so there is no second list.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const distAddon = join(root, 'dist-addon');
const GLOBAL = '__planbook';

export async function buildAppsScript() {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const result = await build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: GLOBAL,
    // Apps Script's V8 runtime runs modern JavaScript; es2019 is a level it is known to accept.
    target: 'es2019',
    platform: 'neutral',
    charset: 'utf8',
    legalComments: 'none',
  });
  const body = result.outputFiles[0].text;
  const names = entryPointNames(body);
  const wrappers = names
    .map((n) => `function ${n}() {\n  return ${GLOBAL}.${n}.apply(this, arguments);\n}`)
    .join('\n');
  const header =
    '// planbook: built by scripts/build.mjs from src/. Do not edit; edit src/ and run npm run build.\n';
  const code = `${header}${body}\n${wrappers}\n`;
  writeFileSync(join(dist, 'Code.js'), code);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  for (const f of readdirSync(join(root, 'src/ui'))) {
    if (f.endsWith('.html')) copyFileSync(join(root, 'src/ui', f), join(dist, f));
  }
  buildAddon(code, names);
  return names;
}

/**
 * The Workspace add-on target: the same Code.js with its own manifest (appsscript.addon.json) in its own
 * folder, pushed to a second, standalone script project (README: "The Workspace add-on"). Every function
 * the manifest names must be an entry point of the bundle.
 */
export function buildAddon(code, names) {
  const manifest = JSON.parse(readFileSync(join(root, 'appsscript.addon.json'), 'utf8'));
  const missing = addonFunctions(manifest).filter((f) => !names.includes(f));
  if (missing.length)
    throw new Error(`appsscript.addon.json names functions Code.js lacks: ${missing.join(', ')}`);
  rmSync(distAddon, { recursive: true, force: true });
  mkdirSync(distAddon, { recursive: true });
  writeFileSync(join(distAddon, 'Code.js'), code);
  writeFileSync(join(distAddon, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Every runFunction in a manifest's addOns section. */
export function addonFunctions(manifest) {
  const out = [];
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'runFunction' && typeof x === 'string') out.push(x);
        else walk(x);
      }
    }
  };
  walk(manifest.addOns);
  return out;
}

/** Evaluates the bundle in an empty context: main.ts must only define things at load time. */
function entryPointNames(code) {
  const ctx = vm.createContext({});
  vm.runInContext(code, ctx);
  const exported = ctx[GLOBAL];
  return Object.keys(exported).filter((k) => typeof exported[k] === 'function');
}

export async function buildNode() {
  const out = join(root, '.build');
  rmSync(out, { recursive: true, force: true });
  await build({
    entryPoints: {
      cli: join(root, 'cli/cli.ts'),
      bench: join(root, 'bench/bench.ts'),
    },
    bundle: true,
    outdir: out,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const names = await buildAppsScript();
  await buildNode();
  const size = readFileSync(join(dist, 'Code.js')).length;
  if (!process.argv.includes('--quiet')) {
    console.log(
      `dist/Code.js: ${(size / 1024).toFixed(1)} KiB, ${names.length} entry points: ${names.join(', ')}`,
    );
  }
}
