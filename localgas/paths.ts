// The project's root (the folder with package.json), found from this file whether it runs from localgas/
// (tests) or .build/ (CLI), and dist/, where the project's build puts Code.js.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) return from;
    dir = up;
  }
  return dir;
}

export const REPO_ROOT = findRoot(__dirname);
export const DIST_DIR = join(REPO_ROOT, 'dist');
