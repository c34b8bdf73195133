// .mts: an ES module by its name, so Vite loads it natively (a .ts file in a CommonJS package warns).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Bundle tests share dist/ and write workspaces under a temp folder: files in parallel are fine.
    pool: 'forks',
  },
});
