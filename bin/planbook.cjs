#!/usr/bin/env node
// The planbook CLI: drives the local Workspace (emulator) over dist/Code.js.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const cli = join(__dirname, '..', '.build', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write('planbook: сборка не найдена. Выполните `npm run build` (или `npm install`).\n');
  process.exit(2);
}
// `planbook status --json | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
require(cli)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
