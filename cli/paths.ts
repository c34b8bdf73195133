// planbook's own files in the repository (localgas/paths.ts knows only the root and dist/): the seed plan
// that the demo, the bundle tests and the bench start from.
import { join } from 'node:path';
import { REPO_ROOT } from '../localgas/paths';

export const SEEDS_DIR = join(REPO_ROOT, 'seeds');
/** A school library's plan for the year, as a school wrote it: what `planbook demo` imports. */
export const SEED_PLAN = join(SEEDS_DIR, 'plan-school-library.txt');
