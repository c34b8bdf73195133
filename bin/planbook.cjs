#!/usr/bin/env node
// The planbook CLI: drives the local Workspace (emulator) over dist/Code.js.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const cli = join(__dirname, '..', '.build', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write('planbook: сборка не найдена. Выполните `npm run build` (или `npm install`).\n');
  process.exit(2);
}
require(cli)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
